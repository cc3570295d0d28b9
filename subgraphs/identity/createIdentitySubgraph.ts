import { createRequestAccess } from '../common/auth/RequestAccess.js';
import type { SubgraphConfig } from '../common/config/loadSubgraphConfig.js';
import { createLegacySubgraph } from '../common/server/createLegacySubgraph.js';
import type { SubgraphServer } from '../common/server/createSubgraphServer.js';
import type { SubgraphDeps } from '../common/server/SubgraphDeps.js';
import { createLoaders } from './adapter/createLoaders.js';
import { DirectoryAdapter } from './adapter/DirectoryAdapter.js';
import { createIdentitySchema } from './createIdentitySchema.js';
import type { IdentityContext } from './IdentityContext.js';

/** Id of the upstream system in errors and provenance. */
export const IDENTITY_SYSTEM = 'identity-directory';

/** The identity subgraph, un-started. */
export async function createIdentitySubgraph(config: SubgraphConfig, deps: SubgraphDeps): Promise<SubgraphServer> {
  return createLegacySubgraph<IdentityContext>(
    {
      name: 'identity',
      system: IDENTITY_SYSTEM,
      schema: await createIdentitySchema(),
      context: ({ client, agencies, lastGood, now }, request) => {
        const adapter = new DirectoryAdapter(client);
        return { request, access: createRequestAccess(request, agencies), adapter, loaders: createLoaders(adapter, request), lastGood, now };
      },
    },
    config,
    deps,
  );
}
