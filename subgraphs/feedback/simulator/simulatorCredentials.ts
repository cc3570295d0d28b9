/**
 * The key the simulated feedback system knows out of the box: the embedded default and tests sign
 * with it. A real deployment sets FEEDBACK_HMAC_KEY_ID and FEEDBACK_HMAC_SECRET instead.
 */
export const SIMULATOR_HMAC_KEY = Object.freeze({
  keyId: 'govgraph-feedback',
  secret: 'simulated-feedback-secret-not-for-production',
});
