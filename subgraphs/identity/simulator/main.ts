import { assertNodeVersion } from '../../common/runtime/assertNodeVersion.js';

assertNodeVersion();

const { runSimulator } = await import('../../common/simulator/runSimulator.js');
const { createIdentitySimulator } = await import('./createIdentitySimulator.js');

/** Runs the identity and directory simulator alone: IDENTITY_SIM_PORT (default 4101), IDENTITY_SIM_SCALE, IDENTITY_SIM_SEED. */
await runSimulator({ system: 'identity-directory', envPrefix: 'IDENTITY_SIM', defaultPort: 4101, create: createIdentitySimulator });
