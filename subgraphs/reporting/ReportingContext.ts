import type { RequestAccess } from '../common/auth/RequestAccess.js';
import type { LastGoodCache } from '../common/legacy/LastGoodCache.js';
import type { RequestInfo } from '../common/server/requestInfo.js';
import type { ReportingLoaders } from './adapter/createLoaders.js';
import type { IndicatorCatalogue } from './adapter/IndicatorCatalogue.js';
import type { ReportingSystemAdapter } from './adapter/ReportingSystemAdapter.js';

export interface ReportingContext {
  readonly request: RequestInfo;
  /** What this request may see: principal, purpose, agency scope, personal-data releases. */
  readonly access: RequestAccess;
  readonly adapter: ReportingSystemAdapter;
  readonly loaders: ReportingLoaders;
  /** The subgraph's clock: the as-of instant of values whose reporting deadline has not passed. */
  readonly now: () => Date;
  /** Last good figures of this process, for stale-if-error. */
  readonly lastGood: LastGoodCache;
  /** The catalogue of indicators this process keeps, for search (shared by all requests). */
  readonly catalogue: IndicatorCatalogue;
}
