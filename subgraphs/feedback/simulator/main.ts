import { assertNodeVersion } from '../../common/runtime/assertNodeVersion.js';

assertNodeVersion();

const { runSimulator } = await import('../../common/simulator/runSimulator.js');
const { createFeedbackSimulator, FEEDBACK_SYSTEM } = await import('./createFeedbackSimulator.js');

/**
 * Runs the citizen-feedback simulator alone: FEEDBACK_SIM_PORT (default 4105), FEEDBACK_SIM_SCALE,
 * FEEDBACK_SIM_SEED, FEEDBACK_SIM_BAD_GATEWAY_RATE (0–1, default 0.005).
 */
await runSimulator<NonNullable<Parameters<typeof createFeedbackSimulator>[0]>>({
  system: FEEDBACK_SYSTEM,
  envPrefix: 'FEEDBACK_SIM',
  defaultPort: 4105,
  create: createFeedbackSimulator,
  readExtra: (env) => {
    const raw = env['FEEDBACK_SIM_BAD_GATEWAY_RATE'];
    if (raw === undefined || raw.trim() === '') return {};
    const badGatewayRate = Number(raw);
    if (!(badGatewayRate >= 0 && badGatewayRate <= 1)) {
      throw new Error(`invalid environment:\n  FEEDBACK_SIM_BAD_GATEWAY_RATE=${raw}: must be a number from 0 to 1`);
    }
    return { badGatewayRate };
  },
});
