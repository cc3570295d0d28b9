import type { BaseContext } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import type { SubgraphConfig } from '../config/loadSubgraphConfig.js';
import { internalKeyResolver } from '../auth/internalToken.js';
import { LegacyClient, type LegacyAuth } from '../http/LegacyClient.js';
import { LastGoodCache } from '../legacy/LastGoodCache.js';
import type { RequestInfo } from './requestInfo.js';
import { createSubgraphServer, type SubgraphServer } from './createSubgraphServer.js';
import type { SubgraphDeps } from './SubgraphDeps.js';

/** What every request of one subgraph process shares. */
export interface SharedState {
  /** The one client of the upstream system: its pool, breaker and retries span requests. */
  readonly client: LegacyClient;
  /** Last good figures, served marked stale while the system is down. */
  readonly lastGood: LastGoodCache;
  readonly now: () => Date;
}

export interface LegacySubgraphSpec<TContext extends BaseContext> {
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
export function createLegacySubgraph<TContext extends BaseContext>(
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
  const shared: SharedState = { client, lastGood: new LastGoodCache({ logger: deps.logger }), now: deps.now ?? (() => new Date()) };
  const server = createSubgraphServer<TContext>({
    name: spec.name,
    schema: spec.schema,
    logger: deps.logger,
    defaultBudgetMs: config.defaultBudgetMs,
    internalKeys: internalKeyResolver(deps.internalKeys ?? { jwksUrl: config.gatewayJwksUrl }),
    context: (request) => spec.context(shared, request),
  });
  return {
    listen: (port, host) => server.listen(port ?? config.port, host ?? config.host),
    async stop() {
      await server.stop();
      await client.close();
    },
  };
}
