import type { RequestAccess } from '../common/auth/RequestAccess.js';
import type { AccessLogStore } from '../../accessLog/AccessLogStore.js';
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
  /** The access log, for the auditor's lookup; absent when the subgraph was built without its config. */
  readonly accessLog?: AccessLogReader;
}

/** Read access to the access log the gateway writes. */
export interface AccessLogReader {
  /** The store, opened read-only at first use (a log that does not exist yet reads as empty). */
  store(): Promise<AccessLogStore>;
  /** The gateway's subject key: the lookup hashes the personal id exactly as the writer did. */
  readonly subjectKey: string;
}
