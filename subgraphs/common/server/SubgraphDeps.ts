import type { Logger } from 'pino';
import type { Dispatcher } from 'undici';
import type { InternalKeySource } from '../auth/internalToken.js';
import type { AgencyTreeSource } from '../auth/RequestAccess.js';

/** What a subgraph factory receives besides its config. */
export interface SubgraphDeps {
  readonly logger: Logger;
  /** Clock, injectable so tests agree with a simulator's fixed clock. Default: real time. */
  readonly now?: () => Date;
  /** Network injection for tests. Default: a keep-alive pool to the upstream URL. */
  readonly dispatcher?: Dispatcher;
  /**
   * Where the gateway's public keys for internal tokens come from. Default: the config's
   * `gatewayJwksUrl` (`<PREFIX>_GATEWAY_JWKS_URL`). The embedded stack and tests pass the keys.
   */
  readonly internalKeys?: InternalKeySource;
  /**
   * Where the agency tree of scope checks comes from. Default: the directory at the config's
   * `directoryUrl` (`<PREFIX>_DIRECTORY_URL`), read through AgencyDirectory. Tests may pass a fixed tree.
   */
  readonly agencyTree?: AgencyTreeSource;
}
