import type { RequestAccess } from '../common/auth/RequestAccess.js';
import type { LastGoodCache } from '../common/legacy/LastGoodCache.js';
import type { RequestInfo } from '../common/server/requestInfo.js';
import type { IdentityLoaders } from './adapter/createLoaders.js';
import type { DirectoryAdapter } from './adapter/DirectoryAdapter.js';

export interface IdentityContext {
  readonly request: RequestInfo;
  /** What this request may see: principal, purpose, agency scope, personal-data releases. */
  readonly access: RequestAccess;
  readonly adapter: DirectoryAdapter;
  readonly loaders: IdentityLoaders;
  /** The subgraph's clock: "today" for `asOf` defaults. */
  readonly now: () => Date;
  /** Last good figures of this process, for stale-if-error. */
  readonly lastGood: LastGoodCache;
}
