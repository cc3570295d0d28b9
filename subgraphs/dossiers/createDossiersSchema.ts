import type { GraphQLSchema } from 'graphql';
import { visibleReference } from '../common/auth/fieldPolicy.js';
import { buildFederatedSchema } from '../common/schema/buildFederatedSchema.js';
import { canSeeDossier, dossiersPolicy } from './dossiersPolicy.js';
import type { DossiersContext } from './DossiersContext.js';
import { AgencyDossiersResolver } from './resolvers/AgencyDossiersResolver.js';
import { ApplicantResolver } from './resolvers/ApplicantResolver.js';
import { CitizenDossiersResolver } from './resolvers/CitizenDossiersResolver.js';
import { DossierResolver, loadDossier } from './resolvers/DossierResolver.js';
import { loadProcedure, ProcedureResolver } from './resolvers/ProcedureResolver.js';
import { Agency, agencyRef } from './schema/Agency.js';
import { Applicant } from './schema/Applicant.js';
import { Citizen, citizenRef } from './schema/Citizen.js';
import { Dossier } from './schema/Dossier.js';
import { Procedure } from './schema/Procedure.js';

/** The dossiers subgraph's schema: dossiers and their applicants, procedures, dossier figures on Agency, a citizen's dossiers. */
export function createDossiersSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [AgencyDossiersResolver, DossierResolver, ProcedureResolver, ApplicantResolver, CitizenDossiersResolver],
      orphanedTypes: [Agency, Dossier, Procedure, Applicant, Citizen],
    },
    {
      // Agency's own fields live in the identity subgraph; here the key is all it takes.
      Agency: { __resolveReference: (ref: { code: string }) => agencyRef(ref.code) },
      // A citizen's own fields live in the identity subgraph; here the key is all it takes.
      Citizen: { __resolveReference: (ref: { id: string }) => citizenRef(ref.id) },
      Dossier: {
        __resolveReference: async (ref: { code: string }, ctx: DossiersContext) =>
          visibleReference(ctx.access, 'Dossier', await loadDossier(ref.code, ctx), canSeeDossier),
      },
      Procedure: { __resolveReference: (ref: { code: string }, ctx: DossiersContext) => loadProcedure(ref.code, ctx) },
    },
    dossiersPolicy,
  );
}
