import {
  Kind,
  buildASTSchema,
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  isUnionType,
  parse,
  printSchema,
  validateSchema,
  visit,
  type DefinitionNode,
  type DirectiveNode,
  type DocumentNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';

/** Options of `filterContract`. */
export interface FilterContractOptions {
  /** The `@tag` names the contract includes, e.g. `['partner']`. */
  readonly includeTags: readonly string[];
  /** The contract's name, written in the generated file's header. Default: the tags joined by `, `. */
  readonly name?: string;
}

/** Directives a client may see in the contract: graphql's own. Every other directive is machinery. */
const KEPT_DIRECTIVES = new Set(['deprecated', 'specifiedBy', 'oneOf']);

/**
 * Filters a composed supergraph down to the API schema of a contract: what a client bound to the
 * contract may validate and introspect against. Apollo's contract semantics with an include list,
 * with `--hide-unreachable-types`:
 *
 * - A field of an object or interface type is in the contract when the field, or its type's
 *   definition, carries an included `@tag` (tagging a type tags every field of it, as in Apollo).
 * - An object or interface type is in the contract when it keeps at least one field and is
 *   reachable from `Query` through fields of the contract; a field whose type keeps no field is
 *   left out too (repeated until nothing changes). A union keeps its members that are in the
 *   contract, and is left out with none.
 * - Enums, scalars and input types need no tag: they follow, whole, the fields and arguments that
 *   use them. A kept field keeps all its arguments, since leaving out an argument could leave out a
 *   required one, and an operation valid against the contract must stay valid against the supergraph.
 * - The federation machinery is removed: `join__*` and `link__*` types, `@link`, `@join__*`, `@tag`
 *   and every other non-standard directive, and the schema definition.
 *
 * The result is checked with graphql's schema validation; an invalid contract is a start-up
 * (compose) error, never a silently broken file.
 *
 * @returns the contract's SDL, with a header saying it is generated
 * @throws Error when no root field is tagged or the filtered schema is not valid
 */
export function filterContract(supergraphSdl: string, options: FilterContractOptions): string {
  const included = new Set(options.includeTags);
  const document = parse(supergraphSdl);
  const supergraph = buildSchema(supergraphSdl, { assumeValidSDL: true });

  const isIncluded = (directives: readonly DirectiveNode[] | undefined) => hasTag(directives, included);
  const typeTagged = (type: GraphQLNamedType) => isIncluded(type.astNode?.directives);

  // Fields that may be in the contract by their tags, before reachability and emptiness are applied.
  const candidates = new Map<string, Set<string>>();
  for (const type of Object.values(supergraph.getTypeMap())) {
    if (!isObjectType(type) && !isInterfaceType(type)) continue;
    const whole = typeTagged(type);
    const fields = Object.values(type.getFields()).filter((field) => whole || isIncluded(field.astNode?.directives));
    candidates.set(type.name, new Set(fields.map((field) => field.name)));
  }

  const queryType = supergraph.getQueryType();
  if (!queryType || (candidates.get(queryType.name)?.size ?? 0) === 0) {
    throw new Error(`The contract ${describe(options)} has no root field: tag at least one Query field with @tag(name: "${[...included][0] ?? ''}").`);
  }

  // Leave out fields whose type keeps nothing, until no more change; then walk from the roots.
  const keptFields = (type: GraphQLNamedType): GraphQLField<unknown, unknown>[] => {
    if (!isObjectType(type) && !isInterfaceType(type)) return [];
    const names = candidates.get(type.name) ?? new Set<string>();
    return Object.values(type.getFields()).filter((field) => names.has(field.name));
  };
  const unionMembers = (type: GraphQLNamedType) => (isUnionType(type) ? type.getTypes().filter((member) => hasContent(member)) : []);
  const hasContent = (type: GraphQLNamedType): boolean => {
    if (isObjectType(type) || isInterfaceType(type)) return (candidates.get(type.name)?.size ?? 0) > 0;
    if (isUnionType(type)) return type.getTypes().some((member) => (candidates.get(member.name)?.size ?? 0) > 0);
    return true;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (const [typeName, names] of candidates) {
      const type = supergraph.getType(typeName) as GraphQLNamedType;
      for (const field of keptFields(type)) {
        if (!hasContent(getNamedType(field.type))) {
          names.delete(field.name);
          changed = true;
        }
      }
    }
  }

  const reachable = new Set<string>();
  const pending: GraphQLNamedType[] = [queryType];
  while (pending.length > 0) {
    const type = pending.pop() as GraphQLNamedType;
    if (reachable.has(type.name)) continue;
    reachable.add(type.name);
    const next: GraphQLNamedType[] = [];
    for (const field of keptFields(type)) {
      next.push(getNamedType(field.type));
      for (const arg of field.args) next.push(getNamedType(arg.type));
    }
    if (isObjectType(type)) next.push(...type.getInterfaces().filter((iface) => hasContent(iface)));
    if (isUnionType(type)) next.push(...unionMembers(type));
    if (isInputObjectType(type)) for (const field of Object.values(type.getFields())) next.push(getNamedType(field.type));
    pending.push(...next.filter((named) => !reachable.has(named.name)));
  }

  const inContract = (definition: DefinitionNode): boolean => {
    if (!('name' in definition) || !definition.name) return false;
    const type = supergraph.getType(definition.name.value);
    if (!type || !reachable.has(type.name)) return false;
    if (isScalarType(type) && isSpecifiedScalarType(type)) return false;
    return isObjectType(type) || isInterfaceType(type) || isUnionType(type) || isEnumType(type) || isScalarType(type) || isInputObjectType(type);
  };

  const filtered: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: document.definitions
      .filter((definition) => definition.kind !== Kind.SCHEMA_DEFINITION && definition.kind !== Kind.DIRECTIVE_DEFINITION)
      .filter(inContract)
      .map((definition) =>
        visit(definition, {
          Directive: (node) => (KEPT_DIRECTIVES.has(node.name.value) ? undefined : null),
          ObjectTypeDefinition: (node) => ({ ...node, fields: node.fields?.filter((field) => candidates.get(node.name.value)?.has(field.name.value)) }),
          InterfaceTypeDefinition: (node) => ({ ...node, fields: node.fields?.filter((field) => candidates.get(node.name.value)?.has(field.name.value)) }),
        }),
      )
      .map((definition) => {
        // Interfaces and union members outside the contract are dropped from the references too.
        if (definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.INTERFACE_TYPE_DEFINITION) {
          return { ...definition, interfaces: definition.interfaces?.filter((iface) => reachable.has(iface.name.value)) };
        }
        if (definition.kind === Kind.UNION_TYPE_DEFINITION) {
          return { ...definition, types: definition.types?.filter((member) => reachable.has(member.name.value)) };
        }
        return definition;
      }),
  };

  let contract: GraphQLSchema;
  try {
    contract = buildASTSchema(filtered);
  } catch (error) {
    throw new Error(`The contract ${describe(options)} is not a valid schema: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const errors = validateSchema(contract);
  if (errors.length > 0) {
    throw new Error(`The contract ${describe(options)} is not a valid schema:\n${errors.map((error) => `  - ${error.message}`).join('\n')}`);
  }
  return [
    `# The "${options.name ?? options.includeTags.join(', ')}" contract: the API schema filtered to the elements tagged ${options.includeTags.map((tag) => `"${tag}"`).join(', ')}.`,
    '# Generated from supergraph.graphql by `npm run schema:compose` (schema/filterContract.ts). Do not edit.',
    '',
    printSchema(contract).trim(),
    '',
  ].join('\n');
}

/** Whether the directives hold `@tag(name: …)` with one of `names` (contracts and the public-field list alike). */
export function hasTag(directives: readonly DirectiveNode[] | undefined, names: ReadonlySet<string>): boolean {
  return (directives ?? []).some((directive) => {
    if (directive.name.value !== 'tag') return false;
    const name = directive.arguments?.find((arg) => arg.name.value === 'name')?.value;
    return name?.kind === Kind.STRING && names.has(name.value);
  });
}

function describe(options: FilterContractOptions): string {
  return `"${options.name ?? options.includeTags.join(', ')}"`;
}
