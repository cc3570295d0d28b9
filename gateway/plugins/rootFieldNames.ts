import { Kind, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

/**
 * The root field names of the operation that runs (every operation when `operationName` is not
 * given), fragments expanded, each fragment once: the document may not have been validated yet, so
 * fragment cycles and unknown fragments are possible and simply end the walk.
 */
export function rootFieldNames(document: DocumentNode, operationName?: string): string[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const names: string[] = [];
  const expanded = new Set<string>();
  const collect = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) names.push(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) collect(selection.selectionSet);
      else if (!expanded.has(selection.name.value)) {
        expanded.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) collect(fragment.selectionSet);
      }
    }
  };
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    if (operationName !== undefined && definition.name?.value !== operationName) continue;
    collect(definition.selectionSet);
  }
  return names;
}

/** True when every root field is an introspection field (`__schema`, `__type`, `__typename`): the operation reads the schema, no data. */
export function isIntrospectionOnly(document: DocumentNode, operationName?: string): boolean {
  const names = rootFieldNames(document, operationName);
  return names.length > 0 && names.every((name) => name.startsWith('__'));
}
