import { assertNodeVersion } from '../../common/runtime/assertNodeVersion.js';

assertNodeVersion();

const { runSimulator } = await import('../../common/simulator/runSimulator.js');
const { createDossiersSimulator } = await import('./createDossiersSimulator.js');

/** Runs the one-stop-shop simulator alone: DOSSIERS_SIM_PORT (default 4103), DOSSIERS_SIM_SCALE, DOSSIERS_SIM_SEED. */
await runSimulator({ system: 'one-stop-shop', envPrefix: 'DOSSIERS_SIM', defaultPort: 4103, create: createDossiersSimulator });
