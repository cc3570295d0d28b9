import { createRequestAccess } from '../common/auth/RequestAccess.js';
import type { AccessLogStore } from '../../accessLog/AccessLogStore.js';
import { openAccessLogStore } from '../../accessLog/openAccessLogStore.js';
import type { AccessLogReadConfig, SubgraphConfig } from '../common/config/loadSubgraphConfig.js';
import { createLegacySubgraph } from '../common/server/createLegacySubgraph.js';
import type { SubgraphServer } from '../common/server/createSubgraphServer.js';
import type { SubgraphDeps } from '../common/server/SubgraphDeps.js';
import { createLoaders } from './adapter/createLoaders.js';
import { DirectoryAdapter } from './adapter/DirectoryAdapter.js';
import { createIdentitySchema } from './createIdentitySchema.js';
import type { AccessLogReader, IdentityContext } from './IdentityContext.js';

/** Id of the upstream system in errors and provenance. */
export const IDENTITY_SYSTEM = 'identity-directory';

/** The identity subgraph, un-started. */
export async function createIdentitySubgraph(config: SubgraphConfig, deps: SubgraphDeps): Promise<SubgraphServer> {
  const accessLog = config.accessLog ? lazyAccessLog(config.accessLog) : undefined;
  const server = createLegacySubgraph<IdentityContext>(
    {
      name: 'identity',
      system: IDENTITY_SYSTEM,
      schema: await createIdentitySchema(),
      context: ({ client, agencies, lastGood, now }, request) => {
        const adapter = new DirectoryAdapter(client);
        return { request, access: createRequestAccess(request, agencies), adapter, loaders: createLoaders(adapter, request), lastGood, now, ...(accessLog ? { accessLog } : {}) };
      },
    },
    config,
    deps,
  );
  return {
    listen: (port, host) => server.listen(port, host),
    async stop() {
      await server.stop();
      await accessLog?.close();
    },
  };
}

/**
 * The access log is opened at the first auditor query, not at start: most requests never need it,
 * and a database that is briefly down must not keep the directory from serving. A failed open is
 * retried by the next query.
 */
function lazyAccessLog(config: AccessLogReadConfig): AccessLogReader & { close(): Promise<void> } {
  let opening: Promise<AccessLogStore> | undefined;
  return {
    subjectKey: config.subjectKey,
    store() {
      opening ??= openAccessLogStore({ file: config.file, postgresUrl: config.postgresUrl, readOnly: true }).catch((error: unknown) => {
        opening = undefined;
        throw error;
      });
      return opening;
    },
    async close() {
      const store = await opening?.catch(() => undefined);
      await store?.close();
    },
  };
}
