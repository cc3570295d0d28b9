/**
 * Deny by default for callers without a token: an anonymous operation may select only public
 * fields, those the subgraphs tag `@tag(name: "public")` (the agency directory, published index
 * scores). Anything else refuses the whole operation with HTTP 401 `UNAUTHENTICATED` before a
 * single subgraph is called, naming the fields that need a token. The subgraphs check the same
 * rule again on the principal inside the internal token.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  TypeInfo,
  parse,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { hasTag } from '../../schema/filterContract.js';
import type { Principal } from '../../subgraphs/common/auth/Principal.js';

/** The tag that marks a field (or every field of a type) as readable without a token. */
export const PUBLIC_TAG = 'public';
const PUBLIC_TAGS: ReadonlySet<string> = new Set([PUBLIC_TAG]);

/**
 * The field coordinates (`Type.field`) tagged public in a supergraph: fields carrying the tag, and
 * every field of a type carrying it.
 */
export function publicCoordinatesOf(supergraphSdl: string): ReadonlySet<string> {
  const coordinates = new Set<string>();
  const document = parse(supergraphSdl, { noLocation: true });
  for (const definition of document.definitions) {
    if (
      definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
      definition.kind !== Kind.OBJECT_TYPE_EXTENSION &&
      definition.kind !== Kind.INTERFACE_TYPE_DEFINITION
    ) {
      continue;
    }
    const wholeType = hasTag(definition.directives, PUBLIC_TAGS);
    for (const field of definition.fields ?? []) {
      if (wholeType || hasTag(field.directives, PUBLIC_TAGS)) coordinates.add(`${definition.name.value}.${field.name.value}`);
    }
  }
  return coordinates;
}

/**
 * The coordinates an operation selects that are not public. Introspection (`__schema`, `__type`,
 * `__typename` and everything under them) counts as public: it is off in production anyway.
 */
export function nonPublicFieldsOf(document: DocumentNode, schema: GraphQLSchema, publicCoordinates: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        const name = node.name.value;
        if (!parent || name.startsWith('__') || parent.name.startsWith('__')) {
          // Nothing under an introspection field reads data.
          return name.startsWith('__') && name !== '__typename' ? false : undefined;
        }
        const coordinate = `${parent.name}.${name}`;
        if (!publicCoordinates.has(coordinate)) found.add(coordinate);
        return undefined;
      },
    }),
  );
  return [...found];
}

/** Options of `publicAccessPlugin`. */
export interface PublicAccessPluginOptions<TContext> {
  /** Coordinates anonymous callers may read (`publicCoordinatesOf(supergraph)`). */
  readonly publicCoordinates: () => ReadonlySet<string>;
  /** The caller of a request. */
  readonly principalOf: (context: TContext) => Principal;
}

const SHOWN = 5;

/** Refuses anonymous operations that select non-public fields (HTTP 401 `UNAUTHENTICATED`). */
export function publicAccessPlugin<TContext extends object>(options: PublicAccessPluginOptions<TContext>): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document, schema }) {
          if (options.principalOf(contextValue).kind !== 'anonymous') return;
          const closed = nonPublicFieldsOf(document, schema, options.publicCoordinates());
          if (closed.length === 0) return;
          const listed = closed.slice(0, SHOWN).join(', ') + (closed.length > SHOWN ? ` and ${closed.length - SHOWN} more` : '');
          throw new GraphQLError(
            `This operation reads data that needs an access token (${listed}). ` +
              'Without a token only the agency directory and published index scores answer; send Authorization: Bearer <token>.',
            { extensions: { code: 'UNAUTHENTICATED', reason: 'missing', http: { status: 401, headers: new Map([['www-authenticate', 'Bearer realm="govgraph"']]) } } },
          );
        },
      };
    },
  };
}
