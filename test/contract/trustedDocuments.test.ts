import { readFile } from 'node:fs/promises';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildTrustedDocuments, sha256Hex, type TrustedDocumentManifest } from '../../schema/buildTrustedDocuments.js';
import { composeSchemaFiles } from '../../schema/composeSchema.js';

const schemaDirectory = new URL('../../schema/', import.meta.url);
const text = await readFile(new URL('trusted-documents.json', schemaDirectory), 'utf8');
const manifest = JSON.parse(text) as TrustedDocumentManifest;
const supergraph = buildSchema(await readFile(new URL('supergraph.graphql', schemaDirectory), 'utf8'));
const contract = buildSchema(await readFile(new URL('contracts/partner.graphql', schemaDirectory), 'utf8'));

describe('the trusted documents, schema/trusted-documents.json', () => {
  it('is what `npm run schema:compose` builds from schema/operations/', async () => {
    expect(text).toBe((await composeSchemaFiles())['trusted-documents.json']);
  });

  it('is an Apollo persisted-query manifest whose ids are the sha256 of the bodies', () => {
    expect(manifest.format).toBe('apollo-persisted-query-manifest');
    expect(manifest.version).toBe(1);
    expect(manifest.operations.map((operation) => operation.name)).toEqual([
      'LeaderDashboard',
      'PartnerIndexScores',
      'PartnerIndicatorValues',
      'PartnerSharedIndicators',
    ]);
    for (const operation of manifest.operations) {
      expect(operation.id, operation.name).toBe(sha256Hex(operation.body));
      expect(operation.id).toMatch(/^[0-9a-f]{64}$/);
      expect(operation.type).toBe('query');
    }
  });

  it('holds only operations valid against the supergraph', () => {
    for (const operation of manifest.operations) {
      expect(validate(supergraph, parse(operation.body)), operation.name).toEqual([]);
    }
  });

  it('holds partner operations valid against the partner contract', () => {
    const partner = manifest.operations.filter((operation) => operation.name.startsWith('Partner'));
    expect(partner).toHaveLength(3);
    for (const operation of partner) expect(validate(contract, parse(operation.body)), operation.name).toEqual([]);
  });

  it('refuses an operation file that holds several operations or is misnamed', () => {
    expect(() => buildTrustedDocuments([{ fileName: 'A.graphql', text: 'query A { a } query B { b }' }])).toThrow(
      'schema/operations/A.graphql must hold exactly one operation, named A.',
    );
    expect(() => buildTrustedDocuments([{ fileName: 'A.graphql', text: 'query B { b }' }])).toThrow(/named A/);
    expect(() => buildTrustedDocuments([{ fileName: 'A.graphql', text: '{ a }' }])).toThrow(/named A/);
  });
});
