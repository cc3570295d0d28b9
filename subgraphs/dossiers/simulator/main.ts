import { assertNodeVersion } from '../../common/runtime/assertNodeVersion.js';

assertNodeVersion();

const { readSimulatorEnv } = await import('../../common/simulator/readSimulatorEnv.js');
const { createDossiersSimulator } = await import('./createDossiersSimulator.js');

/** Runs the one-stop-shop simulator alone: DOSSIERS_SIM_PORT (default 4103), DOSSIERS_SIM_SCALE, DOSSIERS_SIM_SEED. */
let env: ReturnType<typeof readSimulatorEnv>;
try {
  env = readSimulatorEnv('DOSSIERS_SIM', process.env, 4103);
} catch (error) {
  // A bad setting stops the process with its precise message, not a stack trace.
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
const started = performance.now();
const simulator = createDossiersSimulator({
  ...(env.seed === undefined ? {} : { seed: env.seed }),
  ...(env.scale === undefined ? {} : { scale: env.scale }),
});
const url = await simulator.listen(env.port);
console.log(`one-stop-shop simulator listening on ${url} (seeded in ${Math.round(performance.now() - started)} ms)`);

const stop = (): void => {
  simulator.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
