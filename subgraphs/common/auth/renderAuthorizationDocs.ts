import { isObjectType, type GraphQLSchema } from 'graphql';
import { UNLISTED, type FieldPolicy } from './fieldPolicy.js';

/** One subgraph as the documentation shows it. */
export interface PolicyDocSource {
  readonly name: string;
  readonly schema: GraphQLSchema;
  readonly policy: FieldPolicy;
}

const INTRODUCTION = `# Who may read what

<!-- Generated from the subgraphs' field policies by \`npm run schema:compose\`. Do not edit. -->

Every subgraph holds every field of its schema to a rule (\`subgraphs/common/auth/fieldPolicy.ts\`):
a field without one is refused, so the tables below are complete. A refusal is an error on that
field only: \`UNAUTHENTICATED\` without a token, \`FORBIDDEN\` with one; the rest of the answer comes.

**Callers.** Anonymous (no token: public fields only, and the gateway refuses anything else before
any subgraph runs), officials (an agency and roles LEADER, OFFICIAL, AUDITOR), citizens (VNeID
identity level 1 or 2) and partner systems (bound to the partner contract).

**Agency scope** (\`agencyScope.ts\`). An official sees their agency and every unit under it at any
time; the city level (the top of the directory's tree, \`000.00.00.H26\`) sees everything; history
follows successors: an official also sees every abolished unit that names their agency (or,
transitively, one of its predecessors) as a successor, that unit alone. Roles do not widen a scope.
The tree comes from the identity directory (\`<PREFIX>_DIRECTORY_URL\`), read at start and every
ten minutes.

**Personal data** (\`personalData.ts\`). Citizens' fields and a citizen applicant's name and id are
masked — personal id \`001******345\`, name \`Nguyễn V** A**\` (family name and initials), phone
\`09******78\`, address down to its commune, no birth date or sex (the birth year stays) — unless the
caller has identity level 2 and either is that citizen, or is an official with the \`personal-data\`
scope who declared a purpose from the catalogue (\`x-govgraph-purpose\`). Each field shown in clear is
reported to the gateway (\`extensions.govgraphReleases\`, stripped before the client) for the access
log. A level-1 citizen reads their own records with their personal fields masked.
`;

function typesOf(schema: GraphQLSchema) {
  return Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .filter((type) => !type.name.startsWith('__') && type.name !== '_Service')
    .sort((a, b) => (a.name === 'Query' ? -1 : b.name === 'Query' ? 1 : a.name.localeCompare(b.name)));
}

/** `schema/AUTHORIZATION.md`: every subgraph's fields and who may read them. */
export function renderAuthorizationDocs(sources: readonly PolicyDocSource[]): string {
  const lines = [INTRODUCTION];
  for (const { name, schema, policy } of sources) {
    lines.push(`## ${name}`, '', '| field | who may read it |', '|---|---|');
    for (const type of typesOf(schema)) {
      const others: string[] = [];
      for (const field of Object.keys(type.getFields())) {
        const own = policy[`${type.name}.${field}`];
        if (own === undefined) others.push(field);
        else lines.push(`| \`${type.name}.${field}\` | ${own.description} |`);
      }
      if (others.length > 0) {
        const rule = policy[`${type.name}.*`] ?? UNLISTED;
        lines.push(`| \`${type.name}\`: ${others.map((field) => `\`${field}\``).join(', ')} | ${rule.description} |`);
      }
    }
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
