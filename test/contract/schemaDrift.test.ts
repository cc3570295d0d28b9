import { readFile } from 'node:fs/promises';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { composeSchemaFiles } from '../../schema/composeSchema.js';

const schemaDirectory = new URL('../../schema/', import.meta.url);

describe('the committed schema contract', async () => {
  const generated = await composeSchemaFiles();

  it.each(Object.keys(generated))('schema/%s matches the code (run `npm run schema:compose` if not)', async (name) => {
    const committed = await readFile(new URL(name, schemaDirectory), 'utf8');
    expect(committed).toBe(generated[name]);
  });

  it('keeps the @key of every entity in the emitted subgraph SDL', () => {
    expect(generated['identity.graphql']).toMatch(/type Agency @key\(fields: "code"\)/);
    expect(generated['identity.graphql']).toMatch(/type Official @key\(fields: "id"\)/);
    expect(generated['documents.graphql']).toMatch(/type Agency @key\(fields: "code"\)/);
    expect(generated['documents.graphql']).toMatch(/type Document @key\(fields: "id"\)/);
    expect(generated['documents.graphql']).toMatch(/type Task @key\(fields: "id"\)/);
  });

  it('answers the single call of the foundation: every field it asks for exists in the supergraph', async () => {
    const apiSchema = buildSchema(generated['supergraph.graphql'] as string);
    const query = parse(`{ agency(code: "000.00.00.H26") { code name level
      taskSummary(from: "2025-01-01", to: "2025-12-31") { total doneOnTime doneLate openOnTrack openOverdue provenance { system asOf stale } }
      tasks(status: OPEN_OVERDUE, first: 5) { totalCount nodes { id title dueDate leadAgency { code name } sourceDocument { number subject } } }
      documentSummary(from: "2025-01-01", to: "2025-12-31") { incoming outgoing digitallySignedRate } } }`);
    expect(validate(apiSchema, query)).toEqual([]);
  });
});
