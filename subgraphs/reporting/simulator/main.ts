import { assertNodeVersion } from '../../common/runtime/assertNodeVersion.js';

assertNodeVersion();

const { readSimulatorEnv } = await import('../../common/simulator/readSimulatorEnv.js');
const { createReportingSimulator } = await import('./createReportingSimulator.js');

/** Runs the reporting simulator alone: REPORTING_SIM_PORT (default 4104), REPORTING_SIM_SCALE, REPORTING_SIM_SEED. */
let env: ReturnType<typeof readSimulatorEnv>;
try {
  env = readSimulatorEnv('REPORTING_SIM', process.env, 4104);
} catch (error) {
  // A bad setting stops the process with its precise message, not a stack trace.
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
const started = performance.now();
const simulator = createReportingSimulator({
  ...(env.seed === undefined ? {} : { seed: env.seed }),
  ...(env.scale === undefined ? {} : { scale: env.scale }),
});
const url = await simulator.listen(env.port);
console.log(`reporting-system simulator listening on ${url} (seeded in ${Math.round(performance.now() - started)} ms)`);

const stop = (): void => {
  simulator.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
