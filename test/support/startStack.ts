import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { loadConfig } from '../../gateway/config.js';
import { createGateway } from '../../gateway/createGateway.js';
import { loadSubgraphConfig } from '../../subgraphs/common/config/loadSubgraphConfig.js';
import type { SubgraphServer } from '../../subgraphs/common/server/createSubgraphServer.js';
import { subgraphConfigDefaults, subgraphRegistry } from '../../subgraphs/registry.js';
import type { DevPrincipalName } from '../../subgraphs/identity/simulator/devPrincipals.js';
import type { IdentitySimulator } from '../../subgraphs/identity/simulator/createIdentitySimulator.js';
import { postGraphQL, type GraphQLResponse } from './graphqlClient.js';
import { testInternalKeys } from './internalTokens.js';
import { SimulatorAdmin } from './simulatorAdmin.js';

/** The instant every test stack agrees is "now": simulators and subgraphs share it. */
export const TEST_NOW = new Date('2026-11-20T10:00:00+07:00');

export interface StackOptions {
  /** Simulator scale; small seeds keep tests fast. Default 0.01. */
  readonly scale?: number;
  /** Seed of every simulator. Default 1. */
  readonly seed?: number;
  /** Simulator latency. Default none: tests count, they do not time. */
  readonly latency?: { readonly medianMs: number; readonly p99Ms: number };
  /** The instant simulators and subgraphs take as now. Default {@link TEST_NOW}. */
  readonly now?: Date;
  /** Extra `<PREFIX>_*` subgraph settings, e.g. `{ DOCUMENTS_RETRIES: '0' }`. */
  readonly env?: Record<string, string>;
  /** Extra `GATEWAY_*` settings, e.g. `{ GATEWAY_MAX_DEPTH: '4' }`. */
  readonly gatewayEnv?: Record<string, string>;
}

/** Who a test request is sent as: a seeded principal, or `null` for no token at all. */
export type SendAs = DevPrincipalName | null;

export interface QueryOptions {
  /** Default `city-leader`, who sees every agency. */
  readonly as?: SendAs;
  /** Extra headers (e.g. `x-govgraph-purpose`). */
  readonly headers?: Record<string, string>;
}

export interface TestStack {
  readonly gatewayUrl: string;
  readonly subgraphUrls: Readonly<Record<string, string>>;
  /** The access log this stack's gateway writes and its identity subgraph reads (a temporary file). */
  readonly accessLogFile: string;
  /** The identity provider's issuer (the identity simulator's base URL). */
  readonly issuer: string;
  /** The identity simulator: its provider signs custom tokens and rotates keys for tests. */
  readonly identity: IdentitySimulator;
  /** A bearer token of a seeded principal (cached while valid). */
  token(principal: DevPrincipalName): Promise<string>;
  /** POSTs an operation to the gateway with a seeded principal's token (default `city-leader`). */
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, options?: QueryOptions): Promise<GraphQLResponse<T>>;
  /** The admin endpoint of one subgraph's simulator, by subgraph name. */
  simulator(name: string): SimulatorAdmin;
  stop(): Promise<void>;
}

const quiet = pino({ level: 'silent' });

/**
 * Starts the whole stack over real HTTP on loopback, every server on port 0: every simulator,
 * every subgraph, and the gateway serving the committed supergraph with its routing URLs
 * overridden to the ports actually taken.
 */
export async function startStack(options: StackOptions = {}): Promise<TestStack> {
  const now = options.now ?? TEST_NOW;
  const simulatorOptions = {
    scale: options.scale ?? 0.01,
    seed: options.seed ?? 1,
    now,
    latency: options.latency ?? { medianMs: 0, p99Ms: 0 },
  };
  const simulators = subgraphRegistry.map((entry) => entry.createSimulator(simulatorOptions));
  const upstreams: Record<string, string> = {};
  for (const [index, entry] of subgraphRegistry.entries()) {
    upstreams[entry.name] = await (simulators[index] as (typeof simulators)[number]).listen(0, '127.0.0.1');
  }

  const internalKeys = await testInternalKeys();
  const issuer = upstreams['identity'] as string;
  const identity = simulators[subgraphRegistry.findIndex((entry) => entry.name === 'identity')] as unknown as IdentitySimulator;
  const tokens = new Map<DevPrincipalName, { token: string; until: number }>();
  async function token(principal: DevPrincipalName): Promise<string> {
    const cached = tokens.get(principal);
    if (cached && cached.until > Date.now()) return cached.token;
    const issued = await identity.identityProvider.issueDevToken(principal);
    tokens.set(principal, { token: issued.accessToken, until: Date.now() + (issued.expiresIn - 60) * 1000 });
    return issued.accessToken;
  }

  const logDir = await mkdtemp(path.join(tmpdir(), 'govgraph-stack-'));
  const accessLogFile = path.join(logDir, 'access-log.jsonl');

  const subgraphs: SubgraphServer[] = [];
  const subgraphUrls: Record<string, string> = {};
  const env: Record<string, string> = {};
  for (const entry of subgraphRegistry) {
    const config = loadSubgraphConfig(
      entry.envPrefix,
      {
        [`${entry.envPrefix}_UPSTREAM_URL`]: upstreams[entry.name] as string,
        // Agency scopes come from the identity directory, whichever system the subgraph wraps.
        [`${entry.envPrefix}_DIRECTORY_URL`]: upstreams['identity'] as string,
        [`${entry.envPrefix}_TIMEOUT_MS`]: options.latency ? '3000' : '500',
        [`${entry.envPrefix}_BREAKER_THRESHOLD`]: '1000',
        IDENTITY_ACCESS_LOG_FILE: accessLogFile,
        ...options.env,
      },
      subgraphConfigDefaults(entry, 0),
    );
    const server = await entry.create(config, { logger: quiet, now: () => now, internalKeys: internalKeys.source });
    subgraphs.push(server);
    subgraphUrls[entry.name] = await server.listen(0, '127.0.0.1');
    env[`GATEWAY_SUBGRAPH_${entry.envPrefix}_URL`] = subgraphUrls[entry.name] as string;
  }

  // The gateway serves the committed supergraph, as in production (the drift test keeps it equal
  // to the code); only the routing URLs are overridden to the ports actually taken.
  const gateway = createGateway(
    loadConfig(
      {
        ...env,
        GATEWAY_PORT: '0',
        GATEWAY_LOG_LEVEL: 'silent',
        GATEWAY_AUTH_ISSUER: issuer,
        GATEWAY_AUTH_JWKS_COOLDOWN_MS: '0',
        GATEWAY_ACCESS_LOG_FILE: accessLogFile,
        ...options.gatewayEnv,
      },
      [],
    ),
    { logger: quiet, internalKey: internalKeys },
  );
  const { url } = await gateway.listen();
  const gatewayUrl = `${url}/graphql`;

  return {
    gatewayUrl,
    subgraphUrls,
    accessLogFile,
    issuer,
    identity,
    token,
    async query(query, variables, queryOptions = {}) {
      const as = queryOptions.as === undefined ? 'city-leader' : queryOptions.as;
      const authorization: Record<string, string> = as === null ? {} : { authorization: `Bearer ${await token(as)}` };
      return postGraphQL(gatewayUrl, query, variables, { ...authorization, ...queryOptions.headers });
    },
    simulator(name) {
      const url = upstreams[name];
      if (!url) throw new Error(`no simulator for subgraph ${name}`);
      return new SimulatorAdmin(url);
    },
    async stop() {
      await gateway.stop();
      await Promise.all(subgraphs.map((server) => server.stop()));
      await Promise.all(simulators.map((simulator) => simulator.close()));
      await rm(logDir, { recursive: true, force: true });
    },
  };
}
