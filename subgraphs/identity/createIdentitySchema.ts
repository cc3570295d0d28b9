import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../common/schema/buildFederatedSchema.js';
import { identityPolicy } from './identityPolicy.js';
import type { IdentityContext } from './IdentityContext.js';
import { AccessLogResolver } from './resolvers/AccessLogResolver.js';
import { AgencyResolver } from './resolvers/AgencyResolver.js';
import { CitizenResolver, loadCitizen } from './resolvers/CitizenResolver.js';
import { OfficialResolver } from './resolvers/OfficialResolver.js';
import { Agency } from './schema/Agency.js';
import { Citizen } from './schema/Citizen.js';
import { Official } from './schema/Official.js';

/**
 * The identity subgraph's schema: agencies and officials of the directory system, citizens of the
 * registry, and the auditor's access-log lookup.
 */
export function createIdentitySchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: [AgencyResolver, OfficialResolver, CitizenResolver, AccessLogResolver], orphanedTypes: [Agency, Official, Citizen] },
    {
      Agency: {
        __resolveReference: (ref: { code: string }, ctx: IdentityContext) => ctx.loaders.agencyByCode.load(ref.code),
      },
      Official: {
        __resolveReference: (ref: { id: string }, ctx: IdentityContext) => ctx.loaders.officialById.load(ref.id),
      },
      Citizen: {
        __resolveReference: (ref: { id: string }, ctx: IdentityContext) => loadCitizen(ref.id, ctx),
      },
    },
    identityPolicy,
  );
}
