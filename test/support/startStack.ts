import { pino } from 'pino';
import { loadConfig } from '../../gateway/config.js';
import { createGateway } from '../../gateway/createGateway.js';
import { loadSubgraphConfig } from '../../subgraphs/common/config/loadSubgraphConfig.js';
import type { SubgraphServer } from '../../subgraphs/common/server/createSubgraphServer.js';
import { subgraphConfigDefaults, subgraphRegistry } from '../../subgraphs/registry.js';
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
}

export interface TestStack {
  readonly gatewayUrl: string;
  readonly subgraphUrls: Readonly<Record<string, string>>;
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

  const subgraphs: SubgraphServer[] = [];
  const subgraphUrls: Record<string, string> = {};
  const env: Record<string, string> = {};
  for (const entry of subgraphRegistry) {
    const config = loadSubgraphConfig(
      entry.envPrefix,
      {
        [`${entry.envPrefix}_UPSTREAM_URL`]: upstreams[entry.name] as string,
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
    simulator(name) {
      const url = upstreams[name];
      if (!url) throw new Error(`no simulator for subgraph ${name}`);
      return new SimulatorAdmin(url);
    },
    async stop() {
      await gateway.stop();
      await Promise.all(subgraphs.map((server) => server.stop()));
      await Promise.all(simulators.map((simulator) => simulator.close()));
    },
  };
}
