/**
 * The client the simulated portal knows out of the box, so the embedded stack and tests can get
 * tokens without configuration. Not a secret: it only opens a simulator on loopback.
 */
export const SIMULATOR_CLIENT_ID = 'govgraph-dossiers';
export const SIMULATOR_CLIENT_SECRET = 'simulated-portal-secret';
