import type { RequestAccess } from '../common/auth/RequestAccess.js';
import type { LastGoodCache } from '../common/legacy/LastGoodCache.js';
import type { RequestInfo } from '../common/server/requestInfo.js';
import type { DossiersLoaders } from './adapter/createLoaders.js';
import type { OneStopShopAdapter } from './adapter/OneStopShopAdapter.js';

export interface DossiersContext {
  readonly request: RequestInfo;
  /** What this request may see: principal, purpose, agency scope, personal-data releases. */
  readonly access: RequestAccess;
  readonly adapter: OneStopShopAdapter;
  readonly loaders: DossiersLoaders;
  /** The subgraph's clock: the as-of instant of summaries of periods not yet ended. */
  readonly now: () => Date;
  /** Last good figures of this process, for stale-if-error. */
  readonly lastGood: LastGoodCache;
}
