import type { Logger } from 'pino';
import type { Dispatcher } from 'undici';

/** What a subgraph factory receives besides its config. */
export interface SubgraphDeps {
  readonly logger: Logger;
  /** Clock, injectable so tests agree with a simulator's fixed clock. Default: real time. */
  readonly now?: () => Date;
  /** Network injection for tests. Default: a keep-alive pool to the upstream URL. */
  readonly dispatcher?: Dispatcher;
}
