import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../common/schema/buildFederatedSchema.js';
import type { DossiersContext } from './DossiersContext.js';
import { AgencyDossiersResolver } from './resolvers/AgencyDossiersResolver.js';
import { DossierResolver, loadDossier } from './resolvers/DossierResolver.js';
import { loadProcedure, ProcedureResolver } from './resolvers/ProcedureResolver.js';
import { Agency, agencyRef } from './schema/Agency.js';
import { Dossier } from './schema/Dossier.js';
import { Procedure } from './schema/Procedure.js';

/** The dossiers subgraph's schema: dossiers, procedures, and dossier figures on Agency. */
export function createDossiersSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: [AgencyDossiersResolver, DossierResolver, ProcedureResolver], orphanedTypes: [Agency, Dossier, Procedure] },
    {
      // Agency's own fields live in the identity subgraph; here the key is all it takes.
      Agency: { __resolveReference: (ref: { code: string }) => agencyRef(ref.code) },
      Dossier: { __resolveReference: (ref: { code: string }, ctx: DossiersContext) => loadDossier(ref.code, ctx) },
      Procedure: { __resolveReference: (ref: { code: string }, ctx: DossiersContext) => loadProcedure(ref.code, ctx) },
    },
  );
}
