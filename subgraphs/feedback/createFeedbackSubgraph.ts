import { createRequestAccess } from '../common/auth/RequestAccess.js';
import type { SubgraphConfig, UpstreamCredentials } from '../common/config/loadSubgraphConfig.js';
import { HmacRequestSigner } from '../common/http/HmacRequestSigner.js';
import { createLegacySubgraph } from '../common/server/createLegacySubgraph.js';
import type { SubgraphServer } from '../common/server/createSubgraphServer.js';
import type { SubgraphDeps } from '../common/server/SubgraphDeps.js';
import { createLoaders } from './adapter/createLoaders.js';
import { FeedbackSystemAdapter } from './adapter/FeedbackSystemAdapter.js';
import { createFeedbackSchema } from './createFeedbackSchema.js';
import type { FeedbackContext } from './FeedbackContext.js';
import { SIMULATOR_HMAC_KEY } from './simulator/simulatorCredentials.js';

/** Id of the upstream system in errors and provenance. */
export const FEEDBACK_SYSTEM = 'citizen-feedback';

/** The simulator's built-in key: the default of FEEDBACK_HMAC_KEY_ID / FEEDBACK_HMAC_SECRET in the embedded stack. */
export const FEEDBACK_SIMULATOR_CREDENTIALS: UpstreamCredentials = Object.freeze({
  hmacKeyId: SIMULATOR_HMAC_KEY.keyId,
  hmacSecret: SIMULATOR_HMAC_KEY.secret,
});

/** Every request to the feedback system is HMAC-signed with the configured key. */
function hmacAuth(config: SubgraphConfig): HmacRequestSigner {
  const { hmacKeyId, hmacSecret } = config.credentials;
  if (!hmacKeyId || !hmacSecret) {
    // A start-up error: the system refuses every unsigned request, so the subgraph cannot work.
    throw new Error('The feedback subgraph needs FEEDBACK_HMAC_KEY_ID and FEEDBACK_HMAC_SECRET to sign its requests to the citizen-feedback system.');
  }
  return new HmacRequestSigner({ keyId: hmacKeyId, secret: hmacSecret });
}

/** The feedback subgraph, un-started. */
export async function createFeedbackSubgraph(config: SubgraphConfig, deps: SubgraphDeps): Promise<SubgraphServer> {
  return createLegacySubgraph<FeedbackContext>(
    {
      name: 'feedback',
      system: FEEDBACK_SYSTEM,
      schema: await createFeedbackSchema(),
      auth: hmacAuth,
      context: ({ client, agencies, lastGood, now }, request) => {
        const adapter = new FeedbackSystemAdapter(client);
        return { request, access: createRequestAccess(request, agencies), adapter, loaders: createLoaders(adapter, request), lastGood, now };
      },
    },
    config,
    deps,
  );
}
