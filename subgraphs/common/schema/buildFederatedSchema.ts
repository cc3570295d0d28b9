import 'reflect-metadata';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import type { GraphQLSchema } from 'graphql';
import { gql } from 'graphql-tag';
import { enforceFieldPolicy, type FieldPolicy } from '../auth/fieldPolicy.js';
import { ANONYMOUS } from '../auth/Principal.js';
import { createRequestAccess, type RequestAccess } from '../auth/RequestAccess.js';
import type { RequestInfo } from '../server/requestInfo.js';
import { buildSchema, createResolversMap, getMetadataStorage, type BuildSchemaOptions } from 'type-graphql';

/** Federation 2 directives GovGraph subgraphs use. */
const FEDERATION_LINK = `
  extend schema
    @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@tag", "@inaccessible"])
`;

/**
 * Builds a federated subgraph schema from type-graphql classes.
 *
 * graphql's `printSchema` drops applied directives, so the type-graphql schema is printed with
 * `printSchemaWithDirectives` (keeping `@key` and `@shareable`) before `buildSubgraphSchema` reads it.
 * Every field of the result is then held to `policy` (fieldPolicy.ts): a subgraph cannot be built
 * without one, and a field the policy does not name is refused.
 */
export async function buildFederatedSchema(
  options: Omit<BuildSchemaOptions, 'skipCheck'>,
  referenceResolvers: GraphQLResolverMap<unknown>,
  policy: FieldPolicy,
): Promise<GraphQLSchema> {
  putParametersInDeclarationOrder();
  const schema = await buildSchema({ ...options, skipCheck: true, validate: false });
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<unknown>;
  for (const [typeName, fields] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...(fields as object) } as never;
  }
  const federated = buildSubgraphSchema([
    {
      typeDefs: gql`
        ${FEDERATION_LINK}
        ${printSchemaWithDirectives(schema)}
      `,
      resolvers,
    },
  ]);
  // Last, on the schema served: every field, federation's included, gets its rule (deny by default).
  return enforceFieldPolicy(federated, policy, accessOf);
}

const NO_TREE = { tree: () => Promise.reject(new Error('no agency tree in this context')) };

/**
 * The request's access. A context built without one (a test calling the schema directly) is an
 * anonymous caller's, or its request's principal's, with no agency tree: deny by default, never a crash.
 */
function accessOf(context: { access?: RequestAccess; request?: Partial<RequestInfo> } | undefined): RequestAccess {
  if (context?.access) return context.access;
  const principal = context?.request?.principal ?? ANONYMOUS;
  return createRequestAccess({ requestId: context?.request?.requestId ?? '', deadline: context?.request?.deadline ?? Date.now(), principal }, NO_TREE);
}

/**
 * Legacy (experimental) parameter decorators run from the last parameter to the first, so
 * type-graphql records a field's arguments in reverse; it sorts them by index only when a resolver
 * first runs. Sorting the metadata by parameter index before every build gives clients the order
 * the resolver declares, whether or not anything has run yet (a stable sort: only the order within
 * one resolver method matters).
 */
function putParametersInDeclarationOrder(): void {
  getMetadataStorage().params.sort((a, b) => a.index - b.index);
}
