import type { BaseContext } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import type { SubgraphConfig } from '../config/loadSubgraphConfig.js';
import { AgencyDirectory } from '../auth/AgencyDirectory.js';
import { internalKeyResolver } from '../auth/internalToken.js';
import type { AgencyTreeSource, RequestAccess } from '../auth/RequestAccess.js';
import { LegacyClient, type LegacyAuth } from '../http/LegacyClient.js';
import { LastGoodCache } from '../legacy/LastGoodCache.js';
import type { RequestInfo } from './requestInfo.js';
import { createSubgraphServer, type SubgraphServer } from './createSubgraphServer.js';
import type { SubgraphDeps } from './SubgraphDeps.js';

/** Id of the identity and directory system, whose agency tree scope checks read. */
const DIRECTORY_SYSTEM = 'identity-directory';

/** What every request of one subgraph process shares. */
export interface SharedState {
  /** The agency tree of scope checks (the directory's, kept for a while). */
  readonly agencies: AgencyTreeSource;
  /** The one client of the upstream system: its pool, breaker and retries span requests. */
  readonly client: LegacyClient;
  /** Last good figures, served marked stale while the system is down. */
  readonly lastGood: LastGoodCache;
  readonly now: () => Date;
}

/** Every subgraph context carries what its request may see (the field policy reads it). */
export interface AccessContext extends BaseContext {
  readonly access: RequestAccess;
}

export interface LegacySubgraphSpec<TContext extends AccessContext> {
  /** Subgraph name as in the supergraph. */
  readonly name: string;
  /** Id of the upstream system, in errors and provenance. */
  readonly system: string;
  readonly schema: GraphQLSchema;
  /** How requests to the upstream system authenticate, built from the config's credentials. Default none. */
  readonly auth?: (config: SubgraphConfig, deps: SubgraphDeps) => LegacyAuth;
  /** Builds the per-request context from what all requests share and the request's info. */
  readonly context: (shared: SharedState, request: RequestInfo) => TContext;
}

/**
 * The shape every GovGraph subgraph has: one legacy client (pool, retries, breaker) shared by all
 * requests, a fresh context (loaders) per request, and an un-started server.
 */
export function createLegacySubgraph<TContext extends AccessContext>(
  spec: LegacySubgraphSpec<TContext>,
  config: SubgraphConfig,
  deps: SubgraphDeps,
): SubgraphServer {
  const client = new LegacyClient({
    system: spec.system,
    baseUrl: config.upstreamUrl,
    attemptTimeoutMs: config.attemptTimeoutMs,
    retries: config.retries,
    breakerThreshold: config.breakerThreshold,
    breakerHalfOpenAfterMs: config.breakerHalfOpenAfterMs,
    ...(deps.dispatcher ? { dispatcher: deps.dispatcher } : {}),
    ...(spec.auth ? { auth: spec.auth(config, deps) } : {}),
  });
  // Scope checks read the agency tree from the identity directory, a system of its own: its own
  // client, so the subgraph's upstream breaker does not trip for it and the other way round.
  const directoryClient =
    deps.agencyTree === undefined
      ? new LegacyClient({
          system: DIRECTORY_SYSTEM,
          baseUrl: config.directoryUrl,
          attemptTimeoutMs: config.attemptTimeoutMs,
          retries: config.retries,
          breakerThreshold: config.breakerThreshold,
          breakerHalfOpenAfterMs: config.breakerHalfOpenAfterMs,
          connections: 2,
        })
      : undefined;
  const agencies = deps.agencyTree ?? new AgencyDirectory({ client: directoryClient as LegacyClient });
  const shared: SharedState = { client, agencies, lastGood: new LastGoodCache({ logger: deps.logger }), now: deps.now ?? (() => new Date()) };
  const server = createSubgraphServer<TContext>({
    name: spec.name,
    schema: spec.schema,
    logger: deps.logger,
    defaultBudgetMs: config.defaultBudgetMs,
    internalKeys: internalKeyResolver(deps.internalKeys ?? { jwksUrl: config.gatewayJwksUrl }),
    context: (request) => spec.context(shared, request),
    releasesOf: (context) => context.access.personalData.releases(),
  });
  return {
    async listen(port, host) {
      // Read the agency tree before serving, so the first scoped request does not wait for it; a
      // directory that is not up yet is read on first use instead.
      try {
        await agencies.tree(Date.now() + config.defaultBudgetMs);
      } catch (error) {
        deps.logger.warn({ err: error }, 'agency tree not read at start: scope checks will read it on first use');
      }
      return server.listen(port ?? config.port, host ?? config.host);
    },
    async stop() {
      await server.stop();
      await client.close();
      await directoryClient?.close();
    },
  };
}
