import 'reflect-metadata';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph';
import { MapperKind, mapSchema, printSchemaWithDirectives } from '@graphql-tools/utils';
import type { GraphQLSchema } from 'graphql';
import { gql } from 'graphql-tag';
import { buildSchema, createResolversMap, type BuildSchemaOptions } from 'type-graphql';

/** Federation 2 directives GovGraph subgraphs use. */
const FEDERATION_LINK = `
  extend schema
    @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@tag"])
`;

/**
 * Builds a federated subgraph schema from type-graphql classes.
 *
 * graphql's `printSchema` drops applied directives, so the type-graphql schema is printed with
 * `printSchemaWithDirectives` (keeping `@key` and `@shareable`) before `buildSubgraphSchema` reads it.
 */
export async function buildFederatedSchema(
  options: Omit<BuildSchemaOptions, 'skipCheck'>,
  referenceResolvers: GraphQLResolverMap<unknown> = {},
): Promise<GraphQLSchema> {
  const schema = inDeclarationOrder(await buildSchema({ ...options, skipCheck: true, validate: false }));
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<unknown>;
  for (const [typeName, fields] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...(fields as object) } as never;
  }
  return buildSubgraphSchema([
    {
      typeDefs: gql`
        ${FEDERATION_LINK}
        ${printSchemaWithDirectives(schema)}
      `,
      resolvers,
    },
  ]);
}

/**
 * Legacy (experimental) parameter decorators run from the last parameter to the first, so
 * type-graphql registers a field's arguments in reverse. Clients read the schema: restore the order
 * in which the resolver declares them.
 */
function inDeclarationOrder(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (field) =>
      field.args ? { ...field, args: Object.fromEntries(Object.entries(field.args).reverse()) } : field,
  });
}
