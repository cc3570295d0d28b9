import { assertNodeVersion } from '../../common/runtime/assertNodeVersion.js';

assertNodeVersion();

const { runSimulator } = await import('../../common/simulator/runSimulator.js');
const { createReportingSimulator } = await import('./createReportingSimulator.js');

/** Runs the reporting simulator alone: REPORTING_SIM_PORT (default 4104), REPORTING_SIM_SCALE, REPORTING_SIM_SEED. */
await runSimulator({ system: 'reporting-system', envPrefix: 'REPORTING_SIM', defaultPort: 4104, create: createReportingSimulator });
