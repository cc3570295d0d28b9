import { assertNodeVersion } from '../../common/runtime/assertNodeVersion.js';

assertNodeVersion();

const { runSimulator } = await import('../../common/simulator/runSimulator.js');
const { createDocumentsSimulator } = await import('./createDocumentsSimulator.js');

/** Runs the document management simulator alone: DOCUMENTS_SIM_PORT (default 4102), DOCUMENTS_SIM_SCALE, DOCUMENTS_SIM_SEED. */
await runSimulator({ system: 'document-management', envPrefix: 'DOCUMENTS_SIM', defaultPort: 4102, create: createDocumentsSimulator });
