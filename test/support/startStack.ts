import { pino } from 'pino';
import { loadConfig } from '../../gateway/config.js';
import { createGateway } from '../../gateway/createGateway.js';
import { loadSubgraphConfig } from '../../subgraphs/common/config/loadSubgraphConfig.js';
import type { SubgraphServer } from '../../subgraphs/common/server/createSubgraphServer.js';
import { createDocumentsSimulator } from '../../subgraphs/documents/simulator/createDocumentsSimulator.js';
import { createIdentitySimulator } from '../../subgraphs/identity/simulator/createIdentitySimulator.js';
import { defaultUpstreamUrl, subgraphConfigDefaults, subgraphRegistry } from '../../subgraphs/registry.js';
import { SimulatorAdmin } from './simulatorAdmin.js';

/** The instant every test stack agrees is "now": simulators and subgraphs share it. */
export const TEST_NOW = new Date('2026-11-20T10:00:00+07:00');

export interface StackOptions {
  /** Simulator scale; small seeds keep tests fast. Default 0.01. */
  readonly scale?: number;
  /** Seed of both simulators. Default 1. */
  readonly seed?: number;
  /** Simulator latency. Default none: tests count, they do not time. */
  readonly latency?: { readonly medianMs: number; readonly p99Ms: number };
  /** The instant simulators and subgraphs take as now. Default {@link TEST_NOW}. */
  readonly now?: Date;
  /** Extra `<PREFIX>_*` subgraph settings, e.g. `{ DOCUMENTS_RETRIES: '0' }`. */
  readonly env?: Record<string, string>;
}

export interface TestStack {
  readonly gatewayUrl: string;
  readonly subgraphUrls: Readonly<Record<string, string>>;
  readonly simulators: { readonly identity: SimulatorAdmin; readonly documents: SimulatorAdmin };
  stop(): Promise<void>;
}

const quiet = pino({ level: 'silent' });

/**
 * Starts the whole stack over real HTTP on loopback, every server on port 0: both simulators,
 * both subgraphs, and the gateway serving the committed supergraph with its routing URLs
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
  const identitySimulator = createIdentitySimulator(simulatorOptions);
  const documentsSimulator = createDocumentsSimulator(simulatorOptions);
  const upstreams: Record<string, string> = {
    identity: await identitySimulator.listen(0, '127.0.0.1'),
    documents: await documentsSimulator.listen(0, '127.0.0.1'),
  };

  const subgraphs: SubgraphServer[] = [];
  const subgraphUrls: Record<string, string> = {};
  const env: Record<string, string> = {};
  for (const entry of subgraphRegistry) {
    const config = loadSubgraphConfig(
      entry.envPrefix,
      {
        [`${entry.envPrefix}_UPSTREAM_URL`]: upstreams[entry.name] ?? defaultUpstreamUrl(entry),
        [`${entry.envPrefix}_TIMEOUT_MS`]: options.latency ? '3000' : '500',
        [`${entry.envPrefix}_BREAKER_THRESHOLD`]: '1000',
        ...options.env,
      },
      subgraphConfigDefaults(entry, 0),
    );
    const server = await entry.create(config, { logger: quiet, now: () => now });
    subgraphs.push(server);
    subgraphUrls[entry.name] = await server.listen(0, '127.0.0.1');
    env[`GATEWAY_SUBGRAPH_${entry.envPrefix}_URL`] = subgraphUrls[entry.name] as string;
  }

  // The gateway serves the committed supergraph, as in production (the drift test keeps it equal
  // to the code); only the routing URLs are overridden to the ports actually taken.
  const gateway = createGateway(
    loadConfig({ ...env, GATEWAY_PORT: '0', GATEWAY_LOG_LEVEL: 'silent' }, []),
    { logger: quiet },
  );
  const { url } = await gateway.listen();

  return {
    gatewayUrl: `${url}/graphql`,
    subgraphUrls,
    simulators: { identity: new SimulatorAdmin(upstreams['identity'] as string), documents: new SimulatorAdmin(upstreams['documents'] as string) },
    async stop() {
      await gateway.stop();
      await Promise.all(subgraphs.map((server) => server.stop()));
      await Promise.all([identitySimulator.close(), documentsSimulator.close()]);
    },
  };
}
