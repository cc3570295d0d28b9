import { createRequestAccess } from '../common/auth/RequestAccess.js';
import type { SubgraphConfig, UpstreamCredentials } from '../common/config/loadSubgraphConfig.js';
import { OAuth2ClientCredentials } from '../common/http/OAuth2ClientCredentials.js';
import { createLegacySubgraph } from '../common/server/createLegacySubgraph.js';
import type { SubgraphServer } from '../common/server/createSubgraphServer.js';
import type { SubgraphDeps } from '../common/server/SubgraphDeps.js';
import { createLoaders } from './adapter/createLoaders.js';
import { OneStopShopAdapter } from './adapter/OneStopShopAdapter.js';
import { createDossiersSchema } from './createDossiersSchema.js';
import type { DossiersContext } from './DossiersContext.js';
import { SIMULATOR_CLIENT_ID, SIMULATOR_CLIENT_SECRET } from './simulator/simulatorClient.js';

/** Id of the upstream system in errors and provenance. */
export const DOSSIERS_SYSTEM = 'one-stop-shop';

/** The simulator's built-in OAuth2 client: the embedded default's credentials. */
export const DOSSIERS_SIMULATOR_CREDENTIALS: UpstreamCredentials = Object.freeze({
  clientId: SIMULATOR_CLIENT_ID,
  clientSecret: SIMULATOR_CLIENT_SECRET,
});

/**
 * OAuth2 client credentials from the config (`DOSSIERS_CLIENT_ID`, `DOSSIERS_CLIENT_SECRET`,
 * `DOSSIERS_TOKEN_URL`, default `<upstream>/oauth2/token`). Missing credentials stop start-up.
 */
export function dossiersAuth(config: SubgraphConfig, deps: SubgraphDeps): OAuth2ClientCredentials {
  const { clientId, clientSecret, tokenUrl } = config.credentials;
  if (clientId === undefined || clientSecret === undefined) {
    throw new Error('Invalid dossiers configuration: DOSSIERS_CLIENT_ID and DOSSIERS_CLIENT_SECRET are required (OAuth2 client credentials of the one-stop-shop system).');
  }
  return new OAuth2ClientCredentials({
    system: DOSSIERS_SYSTEM,
    tokenUrl: tokenUrl ?? new URL('/oauth2/token', config.upstreamUrl).toString(),
    clientId,
    clientSecret,
    timeoutMs: config.attemptTimeoutMs,
    ...(deps.dispatcher ? { dispatcher: deps.dispatcher } : {}),
  });
}

/** The dossiers subgraph, un-started. */
export async function createDossiersSubgraph(config: SubgraphConfig, deps: SubgraphDeps): Promise<SubgraphServer> {
  return createLegacySubgraph<DossiersContext>(
    {
      name: 'dossiers',
      system: DOSSIERS_SYSTEM,
      schema: await createDossiersSchema(),
      auth: dossiersAuth,
      context: ({ client, agencies, lastGood, now }, request) => {
        const adapter = new OneStopShopAdapter(client);
        return { request, access: createRequestAccess(request, agencies), adapter, loaders: createLoaders(adapter, request), lastGood, now };
      },
    },
    config,
    deps,
  );
}
