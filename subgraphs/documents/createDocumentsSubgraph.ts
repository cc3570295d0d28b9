import { createRequestAccess } from '../common/auth/RequestAccess.js';
import type { SubgraphConfig } from '../common/config/loadSubgraphConfig.js';
import { createLegacySubgraph } from '../common/server/createLegacySubgraph.js';
import type { SubgraphServer } from '../common/server/createSubgraphServer.js';
import type { SubgraphDeps } from '../common/server/SubgraphDeps.js';
import { createLoaders } from './adapter/createLoaders.js';
import { DocumentSystemAdapter } from './adapter/DocumentSystemAdapter.js';
import { createDocumentsSchema } from './createDocumentsSchema.js';
import type { DocumentsContext } from './DocumentsContext.js';

/** Id of the upstream system in errors and provenance. */
export const DOCUMENTS_SYSTEM = 'document-management';

/** The documents subgraph, un-started. */
export async function createDocumentsSubgraph(config: SubgraphConfig, deps: SubgraphDeps): Promise<SubgraphServer> {
  return createLegacySubgraph<DocumentsContext>(
    {
      name: 'documents',
      system: DOCUMENTS_SYSTEM,
      schema: await createDocumentsSchema(),
      context: ({ client, agencies, lastGood, now }, request) => {
        const adapter = new DocumentSystemAdapter(client);
        return { request, access: createRequestAccess(request, agencies), adapter, loaders: createLoaders(adapter, request), lastGood, now };
      },
    },
    config,
    deps,
  );
}
