import { assertNodeVersion } from '../../common/runtime/assertNodeVersion.js';

assertNodeVersion();

const { readSimulatorEnv } = await import('../../common/simulator/readSimulatorEnv.js');
const { createFeedbackSimulator, FEEDBACK_SYSTEM } = await import('./createFeedbackSimulator.js');

/**
 * Runs the citizen-feedback simulator alone: FEEDBACK_SIM_PORT (default 4105), FEEDBACK_SIM_SCALE,
 * FEEDBACK_SIM_SEED, FEEDBACK_SIM_BAD_GATEWAY_RATE (0–1, default 0.005).
 */
let env: ReturnType<typeof readSimulatorEnv>;
let badGatewayRate: number | undefined;
try {
  env = readSimulatorEnv('FEEDBACK_SIM', process.env, 4105);
  const raw = process.env['FEEDBACK_SIM_BAD_GATEWAY_RATE'];
  if (raw !== undefined && raw.trim() !== '') {
    badGatewayRate = Number(raw);
    if (!(badGatewayRate >= 0 && badGatewayRate <= 1)) throw new Error(`invalid environment:\n  FEEDBACK_SIM_BAD_GATEWAY_RATE=${raw}: must be a number from 0 to 1`);
  }
} catch (error) {
  // A bad setting stops the process with its precise message, not a stack trace.
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
const started = performance.now();
const simulator = createFeedbackSimulator({
  ...(env.seed === undefined ? {} : { seed: env.seed }),
  ...(env.scale === undefined ? {} : { scale: env.scale }),
  ...(badGatewayRate === undefined ? {} : { badGatewayRate }),
});
const url = await simulator.listen(env.port);
console.log(`${FEEDBACK_SYSTEM} simulator listening on ${url} (seeded in ${Math.round(performance.now() - started)} ms)`);

const stop = (): void => {
  simulator.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
