import type { SubgraphEntry } from '../../registry.js';
import { subgraphConfigDefaults } from '../../registry.js';
import { loadSubgraphConfig } from '../config/loadSubgraphConfig.js';
import { createLogger } from './createLogger.js';

/** Runs one subgraph alone from its environment, until SIGINT/SIGTERM. Only main.ts files call it. */
export async function runSubgraph(entry: SubgraphEntry, env: NodeJS.ProcessEnv): Promise<void> {
  let config;
  try {
    config = loadSubgraphConfig(entry.envPrefix, env, subgraphConfigDefaults(entry));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  const logger = createLogger(entry.name, config.logLevel);
  const server = await entry.create(config, { logger });
  const url = await server.listen();
  logger.info({ url, upstream: config.upstreamUrl }, `${entry.name} subgraph listening`);
  const stop = async () => {
    await server.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}
