import { assertNodeVersion } from '../../common/runtime/assertNodeVersion.js';

assertNodeVersion();

const { readSimulatorEnv } = await import('../../common/simulator/readSimulatorEnv.js');
const { createIdentitySimulator } = await import('./createIdentitySimulator.js');

/** Runs the identity and directory simulator alone: IDENTITY_SIM_PORT (default 4101), IDENTITY_SIM_SCALE, IDENTITY_SIM_SEED. */
let env: ReturnType<typeof readSimulatorEnv>;
try {
  env = readSimulatorEnv('IDENTITY_SIM', process.env, 4101);
} catch (error) {
  // A bad setting stops the process with its precise message, not a stack trace.
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
const simulator = createIdentitySimulator({
  ...(env.seed === undefined ? {} : { seed: env.seed }),
  ...(env.scale === undefined ? {} : { scale: env.scale }),
});
const url = await simulator.listen(env.port);
console.log(`identity-directory simulator listening on ${url}`);

const stop = (): void => {
  simulator.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
