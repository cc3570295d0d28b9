import { assertNodeVersion } from '../../common/runtime/assertNodeVersion.js';

assertNodeVersion();

const { runSimulator } = await import('../../common/simulator/runSimulator.js');
const { createIdentitySimulator, IDENTITY_SYSTEM } = await import('./createIdentitySimulator.js');
type IdentitySimulatorOptions = import('./createIdentitySimulator.js').IdentitySimulatorOptions;
const { readIdentityProviderEnv } = await import('./readIdentityProviderEnv.js');

/**
 * Runs the identity and directory simulator alone: IDENTITY_SIM_PORT (default 4101),
 * IDENTITY_SIM_SCALE, IDENTITY_SIM_SEED, and the identity provider's IDENTITY_SIM_ISSUER,
 * IDENTITY_SIM_AUDIENCE, IDENTITY_SIM_TOKEN_TTL_SECONDS, IDENTITY_SIM_PARTNER_CLIENT_SECRET.
 */
await runSimulator<IdentitySimulatorOptions>({
  system: IDENTITY_SYSTEM,
  envPrefix: 'IDENTITY_SIM',
  defaultPort: 4101,
  create: createIdentitySimulator,
  readExtra: readIdentityProviderEnv,
});
