import { readFileSync } from 'node:fs';
import { buildSchema, getIntrospectionQuery, parse, specifiedRules, validate, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadConfig, type GatewayConfig } from '../config.js';
import { createOperationLimits } from './operationLimits.js';
import { exceedsTokenLimit } from './requestLimits.js';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

const SUPERGRAPH = buildSchema(read('../../schema/supergraph.graphql'));
const LEADER_DASHBOARD = read('../../schema/operations/LeaderDashboard.graphql');
const README = read('../../README.md');

/** The README's curl examples, as a dashboard developer would copy them. */
const README_EXAMPLES = {
  'the Querying curl example': JSON.parse(/-d '\{"query":\s*("(?:[^"\\]|\\.)*")\}'/.exec(README)?.[1] ?? 'null') as string,
  'listing communes': `{ ${/`(agencies\(level: COMMUNE\) \{[^`]*\})`/.exec(README)?.[1]} }`,
};

/** ARCHITECTURE.md §6: a page of 100 tasks with their lead agencies and source documents. */
const HUNDRED_TASKS = `{ agency(code: "000.00.00.H26") {
  tasks(first: 100) { totalCount nodes { id leadAgency { code name } sourceDocument { number subject } } }
} }`;

const DEFAULTS = loadConfig({});

type Limits = Pick<GatewayConfig, 'maxDepth' | 'maxAliases' | 'maxCost' | 'maxDirectives' | 'maxTokens'>;

const halved = (limits: Limits): Limits => ({
  maxDepth: Math.floor(limits.maxDepth / 2),
  maxAliases: Math.floor(limits.maxAliases / 2),
  maxCost: Math.floor(limits.maxCost / 2),
  maxDirectives: Math.floor(limits.maxDirectives / 2),
  maxTokens: Math.floor(limits.maxTokens / 2),
});

/** What the operation limits say about `query`: its errors as `{ code, message }`, tokens included. */
function limitErrors(query: string, limits: Limits, schema: GraphQLSchema = SUPERGRAPH) {
  if (exceedsTokenLimit(query, limits.maxTokens)) return [{ code: 'OPERATION_LIMIT_EXCEEDED', message: 'tokens' }];
  const { validationRules } = createOperationLimits({ ...limits, hideSuggestions: false });
  return validate(schema, parse(query), [...specifiedRules, ...validationRules]).map((error) => ({
    code: error.extensions['code'],
    message: error.message,
  }));
}

describe('the default operation limits', () => {
  it('finds the README examples it is given', () => {
    expect(README_EXAMPLES['the Querying curl example']).toMatch(/^\{ agency\(code: "000\.00\.00\.H26"\) \{ .*taskSummary/);
    expect(README_EXAMPLES['listing communes']).toBe('{ agencies(level: COMMUNE) { nodes { code name } } }');
  });

  it('let the committed LeaderDashboard operation through, with room to spare: even at half of every limit', () => {
    expect(validate(SUPERGRAPH, parse(LEADER_DASHBOARD))).toEqual([]);
    expect(limitErrors(LEADER_DASHBOARD, DEFAULTS)).toEqual([]);
    expect(limitErrors(LEADER_DASHBOARD, halved(DEFAULTS))).toEqual([]);
  });

  it.each(Object.entries(README_EXAMPLES))('let %s through, even at half of every limit', (_name, query) => {
    expect(limitErrors(query, DEFAULTS)).toEqual([]);
    expect(limitErrors(query, halved(DEFAULTS))).toEqual([]);
  });

  it('let a page of 100 tasks with their lead agencies and source documents through (ARCHITECTURE.md §6)', () => {
    expect(limitErrors(HUNDRED_TASKS, DEFAULTS)).toEqual([]);
  });

  it("let GraphiQL's introspection query through (introspection is only on outside production)", () => {
    const introspection = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
    });
    expect(limitErrors(introspection, DEFAULTS)).toEqual([]);
  });
});

describe('createOperationLimits', () => {
  const SCHEMA = buildSchema(`
    type Query { agency(code: ID): Agency agencies(first: Int, last: Int): [Agency!]! }
    type Agency { code: ID name: String parent: Agency units(first: Int): [Agency!]! }
  `);
  const LIMITS: Limits = { maxDepth: 3, maxAliases: 2, maxCost: 1000, maxDirectives: 2, maxTokens: 1000 };
  const errorsOf = (query: string) => limitErrors(query, LIMITS, SCHEMA);
  const refusal = (message: string) => [{ code: 'OPERATION_LIMIT_EXCEEDED', message }];

  it('depth: up to the limit passes, one more level is refused with a coded error naming the limit', () => {
    expect(errorsOf('{ agency { parent { code } } }')).toEqual([]);
    expect(errorsOf('{ agency { parent { parent { code } } } }')).toEqual(refusal('The operation exceeds the depth limit of 3.'));
  });

  it('aliases: up to the limit passes, one more is refused; __typename aliases are free', () => {
    expect(errorsOf('{ a: agency { code } b: agency { code } t1: __typename t2: __typename t3: __typename }')).toEqual([]);
    expect(errorsOf('{ a: agency { code } b: agency { code } c: agency { code } }')).toEqual(
      refusal('The operation exceeds the alias limit of 2.'),
    );
  });

  it('directives: up to the limit passes, one more is refused', () => {
    expect(errorsOf('{ agency { code @include(if: true) name @skip(if: false) } }')).toEqual([]);
    expect(errorsOf('{ agency @include(if: true) { code @include(if: true) name @skip(if: false) } }')).toEqual(
      refusal('The operation exceeds the directive limit of 2.'),
    );
  });

  it('cost: a literal page size multiplies the cost of what it selects', () => {
    expect(errorsOf('{ agencies(first: 10) { units(first: 10) { code } } }')).toEqual([]);
    expect(errorsOf('{ agencies(first: 20) { units(first: 20) { code } } }')).toEqual(
      refusal('The operation exceeds the cost limit of 1000.'),
    );
  });

  it('cost: a page size above what subgraphs give (100) costs what 100 does, in fragments too', () => {
    // agencies(first: 100) { code } costs 350; through a fragment, 528; uncapped, 1000 times that.
    const limits = { ...LIMITS, maxCost: 600 };
    for (const query of [
      '{ agencies(first: 100) { code } }',
      '{ agencies(first: 100000) { code } }',
      '{ agencies(last: 100000) { code } }',
      '{ ...Page } fragment Page on Query { agencies(first: 100000) { code } }',
      '{ ... on Query { agencies(first: 100000) { code } } }',
    ]) {
      expect(limitErrors(query, limits, SCHEMA), query).toEqual([]);
    }
    expect(limitErrors('{ agencies(first: 100000) { code name parent { code } } }', limits, SCHEMA)).toEqual(
      refusal('The operation exceeds the cost limit of 600.'),
    );
  });

  it('depth: a fragment adds no level of its own', () => {
    expect(errorsOf('{ agency { ...Parent } } fragment Parent on Agency { parent { code } }')).toEqual([]);
    expect(errorsOf('{ agency { ...Parent } } fragment Parent on Agency { parent { parent { code } } }')).toEqual(
      refusal('The operation exceeds the depth limit of 3.'),
    );
  });

  it('lets graphql-js report a fragment cycle, without looping', () => {
    const cycle = '{ agency { ...A } } fragment A on Agency { parent { ...B } } fragment B on Agency { parent { ...A } }';
    expect(errorsOf(cycle)).toEqual([{ code: undefined, message: 'Cannot spread fragment "A" within itself via "B".' }]);
  });

  it('hides field suggestions only when asked to', () => {
    expect(createOperationLimits({ ...LIMITS, hideSuggestions: false }).plugins).toEqual([]);
    expect(createOperationLimits({ ...LIMITS, hideSuggestions: true }).plugins).toHaveLength(1);
  });
});

describe('exceedsTokenLimit', () => {
  it('counts tokens up to the limit and stops past it', () => {
    expect(exceedsTokenLimit('{ a b c }', 5)).toBe(false);
    expect(exceedsTokenLimit('{ a b c d }', 5)).toBe(true);
    expect(exceedsTokenLimit(`{ ${'a '.repeat(1_000_000)}}`, 5)).toBe(true);
  });

  it('leaves a syntax error within the limit to the parser that reports it', () => {
    expect(exceedsTokenLimit('{ a b', 5)).toBe(false);
  });
});
