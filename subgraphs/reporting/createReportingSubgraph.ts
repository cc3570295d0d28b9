import { createRequestAccess } from '../common/auth/RequestAccess.js';
import type { SubgraphConfig, UpstreamCredentials } from '../common/config/loadSubgraphConfig.js';
import { createLegacySubgraph } from '../common/server/createLegacySubgraph.js';
import type { SubgraphServer } from '../common/server/createSubgraphServer.js';
import type { SubgraphDeps } from '../common/server/SubgraphDeps.js';
import { createApiKeyAuth } from './adapter/createApiKeyAuth.js';
import { createLoaders } from './adapter/createLoaders.js';
import { IndicatorCatalogue } from './adapter/IndicatorCatalogue.js';
import { ReportingSystemAdapter } from './adapter/ReportingSystemAdapter.js';
import { createReportingSchema } from './createReportingSchema.js';
import type { ReportingContext } from './ReportingContext.js';
import { REPORTING_SIMULATOR_API_KEY } from './simulator/simulatorApiKey.js';

/** Id of the upstream system in errors and provenance. */
export const REPORTING_SYSTEM = 'reporting-system';

/** The simulator's built-in credentials: the embedded default's; real ones come from `REPORTING_API_KEY`. */
export const REPORTING_SIMULATOR_CREDENTIALS: UpstreamCredentials = Object.freeze({ apiKey: REPORTING_SIMULATOR_API_KEY });

/** The reporting subgraph, un-started. Its upstream authenticates with a static API key. */
export async function createReportingSubgraph(config: SubgraphConfig, deps: SubgraphDeps): Promise<SubgraphServer> {
  const catalogue = new IndicatorCatalogue();
  return createLegacySubgraph<ReportingContext>(
    {
      name: 'reporting',
      system: REPORTING_SYSTEM,
      schema: await createReportingSchema(),
      auth: ({ credentials }) => createApiKeyAuth(credentials.apiKey ?? ''),
      context: ({ client, agencies, lastGood, now }, request) => {
        const adapter = new ReportingSystemAdapter(client);
        return { request, access: createRequestAccess(request, agencies), adapter, loaders: createLoaders(adapter, request), lastGood, now, catalogue };
      },
    },
    config,
    deps,
  );
}
