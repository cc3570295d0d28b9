import type { RequestAccess } from '../common/auth/RequestAccess.js';
import type { LastGoodCache } from '../common/legacy/LastGoodCache.js';
import type { RequestInfo } from '../common/server/requestInfo.js';
import type { DocumentsLoaders } from './adapter/createLoaders.js';
import type { DocumentSystemAdapter } from './adapter/DocumentSystemAdapter.js';

export interface DocumentsContext {
  readonly request: RequestInfo;
  /** What this request may see: principal, purpose, agency scope, personal-data releases. */
  readonly access: RequestAccess;
  readonly adapter: DocumentSystemAdapter;
  readonly loaders: DocumentsLoaders;
  /** The subgraph's clock: the as-of instant of summaries of periods not yet ended, and of task statuses. */
  readonly now: () => Date;
  /** Last good figures of this process, for stale-if-error. */
  readonly lastGood: LastGoodCache;
}
