import { assertNodeVersion } from '../subgraphs/common/runtime/assertNodeVersion.js';

assertNodeVersion();

const { performance } = await import('node:perf_hooks');
const { loadConfig } = await import('../gateway/config.js');
const { createGateway } = await import('../gateway/createGateway.js');
const { loadSubgraphConfig } = await import('../subgraphs/common/config/loadSubgraphConfig.js');
const { createLogger } = await import('../subgraphs/common/runtime/createLogger.js');
const { subgraphConfigDefaults, subgraphRegistry } = await import('../subgraphs/registry.js');
const { generateInternalSigningKey } = await import('../subgraphs/common/auth/internalToken.js');

/**
 * The embedded default: every simulator, every subgraph and the gateway on loopback, in one
 * process, talking real HTTP to each other. Each piece can also run alone (see README).
 */
const started = performance.now();
const env = process.env;
const logger = createLogger('stack', env['STACK_LOG_LEVEL'] ?? 'info');
const scale = Number(env['STACK_SCALE'] ?? '1');
const seed = Number(env['STACK_SEED'] ?? '1');
if (!(scale > 0 && scale <= 4) || !Number.isInteger(seed)) {
  console.error('STACK_SCALE must be a number in (0, 4] and STACK_SEED a whole number.');
  process.exit(1);
}

const closers: (() => Promise<void>)[] = [];
// One process: the gateway's internal-token key is handed to the subgraphs directly. Run apart,
// subgraphs fetch it from the gateway's /internal/jwks.json (<PREFIX>_GATEWAY_JWKS_URL).
const internalKey = await generateInternalSigningKey();
const lines: string[] = [];

for (const entry of subgraphRegistry) {
  // A subgraph pointed at a real upstream system (…_UPSTREAM_URL set) gets no simulator.
  if (env[`${entry.envPrefix}_UPSTREAM_URL`]) continue;
  const t0 = performance.now();
  const simulator = entry.createSimulator({ scale, seed });
  const url = await simulator.listen(entry.defaultPort + 100, '127.0.0.1');
  closers.push(() => simulator.close());
  lines.push(`simulator ${entry.name.padEnd(10)} ${url}  (seeded in ${Math.round(performance.now() - t0)} ms)`);
}

for (const entry of subgraphRegistry) {
  // Agency scopes come from the identity directory: where the identity subgraph's upstream is,
  // unless a subgraph is told otherwise.
  const directoryUrl = env['IDENTITY_UPSTREAM_URL'];
  const config = loadSubgraphConfig(
    entry.envPrefix,
    directoryUrl === undefined ? env : { [`${entry.envPrefix}_DIRECTORY_URL`]: directoryUrl, ...env },
    subgraphConfigDefaults(entry),
  );
  const server = await entry.create(config, {
    logger: createLogger(entry.name, config.logLevel),
    internalKeys: { jwks: { keys: [internalKey.publicJwk] } },
  });
  const url = await server.listen();
  closers.push(() => server.stop());
  lines.push(`subgraph  ${entry.name.padEnd(10)} ${url}  -> ${config.upstreamUrl}`);
}

const gateway = createGateway(loadConfig(env, process.argv.slice(2)), {
  logger: createLogger('gateway', env['GATEWAY_LOG_LEVEL'] ?? 'info'),
  internalKey,
});
const { url } = await gateway.listen();
closers.unshift(() => gateway.stop());

console.log(
  [
    '',
    'GovGraph is up (embedded default: simulated upstream systems on loopback).',
    ...lines.map((line) => `  ${line}`),
    `  gateway             ${url}/graphql   (GraphiQL: open it in a browser)`,
    `  started in ${Math.round(performance.now() - started)} ms; RSS ${Math.round(process.memoryUsage().rss / 1048576)} MiB`,
    '',
  ].join('\n'),
);
logger.info({ startupMs: Math.round(performance.now() - started) }, 'stack started');

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'stopping');
  for (const close of closers) await close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
