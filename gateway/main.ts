/**
 * Runs the gateway alone: `npm run gateway -- --supergraph PATH --port N --host H`.
 * The only gateway file that reads `process.env` and `process.argv`, and that listens.
 */
import { assertNodeVersion } from '../subgraphs/common/runtime/assertNodeVersion.js';

// Checked before anything else loads: the rest is imported dynamically below, so an older Node
// stops here with a clear message instead of failing somewhere inside a dependency.
assertNodeVersion();

const { pino } = await import('pino');
const { loadConfig } = await import('./config.js');
const { createGateway } = await import('./createGateway.js');

let config;
try {
  config = loadConfig(process.env, process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

const logger = pino({ level: config.logLevel, base: { service: 'govgraph-gateway' } });
const gateway = createGateway(config, { logger });

let url: string;
try {
  ({ url } = await gateway.listen());
} catch (error) {
  // Start-up errors already name the file or key at fault and the fix; a stack trace adds nothing.
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
console.log(`GovGraph gateway ready at ${url}/graphql${config.graphiql ? ` (GraphiQL: ${url}/graphiql)` : ''}`);

let stopping = false;
async function shutdown(signal: NodeJS.Signals): Promise<void> {
  // A second signal while draining means "now": leave without waiting for in-flight requests.
  if (stopping) {
    logger.warn({ signal }, 'second signal: exiting without waiting');
    process.exit(1);
  }
  stopping = true;
  logger.info({ signal }, 'stopping: no new connections, finishing in-flight requests');
  try {
    await gateway.stop();
    process.exit(0);
  } catch (error) {
    logger.error({ err: error }, 'error while stopping');
    process.exit(1);
  }
}
process.on('SIGINT', (signal) => void shutdown(signal));
process.on('SIGTERM', (signal) => void shutdown(signal));
