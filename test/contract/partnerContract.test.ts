import { readFile } from 'node:fs/promises';
import {
  buildSchema,
  getNamedType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  parse,
  print,
  validate,
  validateSchema,
  type GraphQLField,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { composeSchemaFiles } from '../../schema/composeSchema.js';
import { filterContract } from '../../schema/filterContract.js';

const schemaDirectory = new URL('../../schema/', import.meta.url);
const committed = await readFile(new URL('contracts/partner.graphql', schemaDirectory), 'utf8');
const supergraphSdl = await readFile(new URL('supergraph.graphql', schemaDirectory), 'utf8');
const contract = buildSchema(committed);
const supergraph = buildSchema(supergraphSdl);

/** Types that hold personal data or internal work: none may be in a partner's schema. */
const FORBIDDEN_TYPES = ['Citizen', 'Official', 'Task', 'Document', 'Dossier', 'Feedback', 'Procedure', 'ReportForm', 'Signer'];

describe('the partner contract, schema/contracts/partner.graphql', () => {
  it('is what `npm run schema:compose` generates from the code', async () => {
    expect(committed).toBe((await composeSchemaFiles())['contracts/partner.graphql']);
  });

  it('is a valid schema without federation machinery', () => {
    expect(validateSchema(contract)).toEqual([]);
    expect(committed).not.toMatch(/join__|link__|@link|@tag|@key/);
  });

  it('holds no personal-data or internal type, nor any type whose name starts like one', () => {
    const names = Object.keys(contract.getTypeMap()).filter((name) => !name.startsWith('__'));
    for (const forbidden of FORBIDDEN_TYPES) {
      expect(names.filter((name) => name.startsWith(forbidden)), forbidden).toEqual([]);
    }
  });

  it('exposes exactly the partner root fields and the partner fields of Agency and Indicator', () => {
    expect(Object.keys(contract.getQueryType()!.getFields()).sort()).toEqual(['agency', 'sharedIndicators']);
    expect(contract.getMutationType()).toBeUndefined();
    const fieldsOf = (name: string) => Object.keys((contract.getType(name) as { getFields(): object }).getFields()).sort();
    expect(fieldsOf('Agency')).toEqual(['code', 'indexScores', 'indicatorValues', 'level', 'name', 'shortName']);
    expect(fieldsOf('Indicator')).toEqual(['aggregation', 'code', 'name', 'periodicity', 'sharedWithGovernment', 'unit']);
  });

  it('is a subset of the supergraph: every field with the same type and arguments, so what validates here validates there', () => {
    for (const type of Object.values(contract.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      const original = supergraph.getType(type.name);
      expect(original?.constructor, type.name).toBe(type.constructor);
      if (!isObjectType(type) && !isInterfaceType(type) && !isInputObjectType(type)) continue;
      const originalFields = (original as { getFields(): Record<string, GraphQLField<unknown, unknown>> }).getFields();
      for (const field of Object.values(type.getFields())) {
        const counterpart = originalFields[field.name];
        expect(String(counterpart?.type), `${type.name}.${field.name}`).toBe(String(field.type));
        const args = (field as GraphQLField<unknown, unknown>).args ?? [];
        expect(args.map((arg) => `${arg.name}: ${String(arg.type)}`), `${type.name}.${field.name}`).toEqual(
          (counterpart?.args ?? []).map((arg) => `${arg.name}: ${String(arg.type)}`),
        );
      }
    }
  });

  it.each(['PartnerSharedIndicators', 'PartnerIndicatorValues', 'PartnerIndexScores'])('validates the partner operation %s', async (name) => {
    const operation = parse(await readFile(new URL(`operations/${name}.graphql`, schemaDirectory), 'utf8'));
    expect(validate(contract, operation)).toEqual([]);
  });

  it.each([
    ['an internal field of Agency', '{ agency(code: "000.00.00.H26") { tasks { totalCount } } }', 'Cannot query field "tasks" on type "Agency".'],
    ['a personal-data root field', '{ official(id: "1") { id } }', 'Cannot query field "official" on type "Query".'],
    ['the full indicator search', '{ indicators(search: "thu") { totalCount } }', 'Cannot query field "indicators" on type "Query".'],
    ['an indicator\'s report form', '{ sharedIndicators { form { code } } }', 'Cannot query field "form" on type "Indicator".'],
    ['a fragment on a type outside the contract', '{ agency(code: "x") { ... on Official { id } } }', 'Unknown type "Official".'],
  ])('rejects %s', (_label, query, message) => {
    expect(validate(contract, parse(query)).map((error) => error.message)).toEqual([message]);
  });

  it('does not validate the LeaderDashboard, which reads internal figures', async () => {
    const operation = parse(await readFile(new URL('operations/LeaderDashboard.graphql', schemaDirectory), 'utf8'));
    expect(validate(contract, operation).length).toBeGreaterThan(0);
  });
});

describe('filterContract, on a small supergraph', () => {
  const supergraphOf = (body: string) => `
    schema @link(url: "https://specs.apollo.dev/link/v1.0") @link(url: "https://specs.apollo.dev/tag/v0.3") { query: Query }
    directive @link(url: String, as: String, for: link__Purpose, import: [link__Import]) repeatable on SCHEMA
    directive @tag(name: String!) repeatable on FIELD_DEFINITION | OBJECT | INTERFACE | UNION | ARGUMENT_DEFINITION | SCALAR | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION | SCHEMA
    scalar link__Import
    enum link__Purpose { SECURITY EXECUTION }
    ${body}`;
  const filter = (body: string) => print(parse(filterContract(supergraphOf(body), { includeTags: ['p'] })));

  it('keeps a tagged type whole, tagged fields of other types, and what their arguments use', () => {
    const sdl = filter(`
      type Query { a(filter: Filter): A @tag(name: "p") b: B @tag(name: "q") secret: String }
      type A @tag(name: "p") { x: Int y: Kind }
      type B { z: Int @tag(name: "p") }
      input Filter { kind: Kind }
      enum Kind { ONE TWO }
    `);
    expect(sdl).toBe(print(parse(`
      type Query { a(filter: Filter): A }
      type A { x: Int y: Kind }
      input Filter { kind: Kind }
      enum Kind { ONE TWO }
    `)));
  });

  it('leaves out a field whose type keeps no field, and a tagged type no kept field reaches', () => {
    const sdl = filter(`
      type Query { a: A @tag(name: "p") b: B @tag(name: "p") }
      type A { x: Int @tag(name: "p") hidden: Hidden }
      type B { y: Int }
      type Hidden { z: Int }
      type Orphan @tag(name: "p") { w: Int }
    `);
    expect(sdl).toBe(print(parse('type Query { a: A } type A { x: Int }')));
  });

  it('refuses a contract with no root field', () => {
    expect(() => filter('type Query { a: Int } type A @tag(name: "p") { x: Int }')).toThrow(/has no root field/);
  });
});
