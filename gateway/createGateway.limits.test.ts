import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { createGateway, type Gateway } from './createGateway.js';
import {
  FEDERATION_LINK,
  captureLogger,
  composeSupergraph,
  createTempDir,
  httpRequest,
  postGraphQL,
  startFakeSubgraph,
  type HttpAnswer,
  type RunningServer,
} from './test/fakeSubgraphs.js';
import { testTokenKeys } from './test/testTokens.js';

const SDL = `${FEDERATION_LINK}
type Query { agency(code: ID!): Agency agencies(first: Int, level: Level, period: Period): [Agency!]! }
type Mutation { touch: Int }
enum Level { CITY DEPARTMENT COMMUNE }
input Period { from: String to: String }
type Agency @key(fields: "code") { code: ID! name: String parent: Agency units(first: Int): [Agency!]! }
`;

const AGENCY = { code: 'A1', name: 'Sở Nội vụ' };
let touches = 0;

const resolvers = {
  Query: { agency: () => AGENCY, agencies: () => [AGENCY] },
  Mutation: { touch: () => ++touches },
  Agency: { __resolveReference: () => AGENCY, parent: () => AGENCY, units: () => [AGENCY] },
};

const NORMAL_QUERY = '{ agency(code: "A1") { code name } }';
const NORMAL_ANSWER = { data: { agency: { code: 'A1', name: 'Sở Nội vụ' } } };

/** What must never reach a client: stack traces, file names, HTML error pages. */
const LEAKS = /stacktrace|exception|\n\s+at |node_modules|\.[jt]s:\d+|<html|<!doctype/i;

const nested = (field: string, levels: number, leaf: string) => `${`${field} { `.repeat(levels)}${leaf}${' }'.repeat(levels)}`;
const aliases = (count: number) => Array.from({ length: count }, (_, i) => `a${i}: agency(code: "A1") { code }`).join(' ');

/** Asserts a refusal: its status, JSON content type, exactly these errors, and nothing leaked. */
function expectRefusal(response: HttpAnswer, status: number, errors: { code: string; message: string }[]): void {
  expect(response.status).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/json/);
  expect(response.json).toEqual({
    errors: errors.map(({ code, message }) => ({
      message,
      ...(code === 'GRAPHQL_VALIDATION_FAILED' ? { locations: expect.any(Array) } : {}),
      extensions: { code, requestId: expect.stringMatching(/\S/) },
    })),
  });
  expect(response.text).not.toMatch(LEAKS);
}

const limit = (message: string) => ({ code: 'OPERATION_LIMIT_EXCEEDED', message });
const badRequest = (message: string) => ({ code: 'BAD_REQUEST', message });

describe('the gateway under abusive requests', () => {
  const log = captureLogger();
  let temp: Awaited<ReturnType<typeof createTempDir>>;
  let subgraph: RunningServer;
  let supergraphPath: string;
  const gateways: Gateway[] = [];

  /** Starts a gateway over the fake subgraph with these settings; it is stopped after all tests. */
  async function startGateway(env: Record<string, string> = {}): Promise<string> {
    const gateway = createGateway(
      loadConfig({
        GATEWAY_PORT: '0',
        GATEWAY_SUPERGRAPH: supergraphPath,
        GATEWAY_SUBGRAPH_AGENCIES_URL: subgraph.url,
        GATEWAY_ACCESS_LOG_FILE: path.join(temp.dir, `access-${randomUUID()}.jsonl`),
        ...env,
      }),
      { logger: log.logger, tokenKeys: testTokenKeys },
    );
    gateways.push(gateway);
    const { url } = await gateway.listen();
    return `${url}/graphql`;
  }

  beforeAll(async () => {
    temp = await createTempDir();
    subgraph = await startFakeSubgraph(SDL, resolvers);
    supergraphPath = await temp.write('supergraph.graphql', composeSupergraph({ agencies: SDL }));
  });

  afterAll(async () => {
    await Promise.all(gateways.map((gateway) => gateway.stop()));
    await subgraph?.stop();
    await temp?.cleanup();
  });

  describe('with the default limits', () => {
    let graphql: string;

    beforeAll(async () => {
      graphql = await startGateway({ NODE_ENV: 'development' });
    });

    afterEach(async () => {
      const response = await postGraphQL(graphql, { query: NORMAL_QUERY });
      expect(response.status, 'the gateway still answers a normal query').toBe(200);
      expect(response.json).toEqual(NORMAL_ANSWER);
    });

    it('answers a normal query', async () => {
      expect((await postGraphQL(graphql, { query: NORMAL_QUERY })).json).toEqual(NORMAL_ANSWER);
    });

    it('a depth bomb: 400 OPERATION_LIMIT_EXCEEDED naming the depth limit (and the cost it would have)', async () => {
      const response = await postGraphQL(graphql, { query: `{ agency(code: "A1") { ${nested('parent', 30, 'code')} } }` });
      expectRefusal(response, 400, [
        limit('The operation exceeds the depth limit of 10.'),
        limit('The operation exceeds the cost limit of 10000.'),
      ]);
    });

    it('1,000 aliases: 400 OPERATION_LIMIT_EXCEEDED, refused by the token limit before any parsing', async () => {
      const response = await postGraphQL(graphql, { query: `{ ${aliases(1000)} }` });
      expectRefusal(response, 400, [limit('The operation exceeds the token limit of 1000.')]);
    });

    it('31 aliases: 400 OPERATION_LIMIT_EXCEEDED naming the alias limit', async () => {
      const response = await postGraphQL(graphql, { query: `{ ${aliases(31)} }` });
      expectRefusal(response, 400, [limit('The operation exceeds the alias limit of 30.')]);
    });

    it('fragment cycles: 400 GRAPHQL_VALIDATION_FAILED naming the cycle, without hanging', async () => {
      const response = await postGraphQL(graphql, {
        query: '{ agency(code: "A1") { ...A } } fragment A on Agency { parent { ...B } } fragment B on Agency { parent { ...A } }',
      });
      expectRefusal(response, 400, [{ code: 'GRAPHQL_VALIDATION_FAILED', message: 'Cannot spread fragment "A" within itself via "B".' }]);
    });

    it('a fragment fan-out bomb (each fragment spreading the next twice, 20 deep): 400 on depth and cost', async () => {
      const fragments = Array.from({ length: 20 }, (_, i) => `fragment F${i} on Agency { parent { ...F${i + 1} ...F${i + 1} } }`);
      const response = await postGraphQL(graphql, {
        query: `{ agency(code: "A1") { ...F0 } } ${fragments.join(' ')} fragment F20 on Agency { code }`,
      });
      expectRefusal(response, 400, [
        limit('The operation exceeds the depth limit of 10.'),
        limit('The operation exceeds the cost limit of 10000.'),
      ]);
    });

    it('nested pages: 400 OPERATION_LIMIT_EXCEEDED naming the cost limit', async () => {
      const response = await postGraphQL(graphql, { query: '{ agencies(first: 100) { units(first: 100) { code name } } }' });
      expectRefusal(response, 400, [limit('The operation exceeds the cost limit of 10000.')]);
    });

    it('a page size above what subgraphs give is left to the subgraph, not counted as 100000 items', async () => {
      const response = await postGraphQL(graphql, { query: '{ agencies(first: 100000) { code } }' });
      expect(response.status).toBe(200);
      expect(response.json).toEqual({ data: { agencies: [{ code: 'A1' }] } });
    });

    it('a 2 MB query: 413 BAD_REQUEST naming the body size limit', async () => {
      const response = await postGraphQL(graphql, { query: `${NORMAL_QUERY} # ${'x'.repeat(2 * 1024 * 1024)}` });
      expectRefusal(response, 413, [badRequest('The request body exceeds the limit of 102400 bytes.')]);
    });

    it('1 MB of variables: 413 BAD_REQUEST naming the body size limit', async () => {
      const response = await postGraphQL(graphql, {
        query: 'query Q($code: ID!) { agency(code: $code) { code } }',
        variables: { code: 'x'.repeat(1024 * 1024) },
      });
      expectRefusal(response, 413, [badRequest('The request body exceeds the limit of 102400 bytes.')]);
    });

    it('an array of 100 batched operations: 400 BAD_REQUEST, batching is off', async () => {
      const response = await httpRequest(graphql, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(Array.from({ length: 100 }, () => ({ query: NORMAL_QUERY }))),
      });
      expectRefusal(response, 400, [
        badRequest('Batched requests (a JSON array of operations) are turned off on this gateway; send one operation per request.'),
      ]);
    });

    it('a GET mutation: 405 BAD_REQUEST, and the mutation does not run', async () => {
      const before = touches;
      const response = await httpRequest(`${graphql}?query=${encodeURIComponent('mutation { touch }')}`, {
        headers: { 'apollo-require-preflight': 'true' },
      });
      expectRefusal(response, 405, [badRequest('GET requests only support query operations, not mutation operations')]);
      expect(response.headers['allow']).toBe('POST');
      expect(touches).toBe(before);
    });

    it.each([
      ['text/plain', { 'content-type': 'text/plain' }],
      ['text/plain with a CSRF preflight header', { 'content-type': 'text/plain', 'apollo-require-preflight': 'true' }],
      ['application/xml', { 'content-type': 'application/xml' }],
      ['a form', { 'content-type': 'application/x-www-form-urlencoded' }],
      ['no content type', {}],
    ])('a POST with %s: 415 BAD_REQUEST', async (_what, headers: Record<string, string>) => {
      const response = await httpRequest(graphql, { method: 'POST', headers, body: JSON.stringify({ query: NORMAL_QUERY }) });
      expectRefusal(response, 415, [
        badRequest('A POST to the GraphQL endpoint must carry a JSON body with content-type: application/json.'),
      ]);
    });

    it('CSRF prevention stays on: a GET query without a preflight header is refused', async () => {
      const response = await httpRequest(`${graphql}?query=${encodeURIComponent(NORMAL_QUERY)}`);
      expect(response.status).toBe(400);
      expect(response.json.errors[0].extensions.code).toBe('BAD_REQUEST');
      expect(response.json.errors[0].message).toMatch(/Cross-Site Request Forgery/);
    });

    it('too many directives: 400 OPERATION_LIMIT_EXCEEDED naming the directive limit', async () => {
      const response = await postGraphQL(graphql, { query: `{ agency(code: "A1") { ${'code @include(if: true) '.repeat(21)}} }` });
      expectRefusal(response, 400, [limit('The operation exceeds the directive limit of 20.')]);
    });

    it('too many tokens: 400 OPERATION_LIMIT_EXCEEDED naming the token limit, by POST and by GET', async () => {
      const query = `{ agency(code: "A1") { ${'code '.repeat(1000)}} }`;
      expectRefusal(await postGraphQL(graphql, { query }), 400, [limit('The operation exceeds the token limit of 1000.')]);
      const byGet = await httpRequest(`${graphql}?query=${encodeURIComponent(query)}`, { headers: { 'apollo-require-preflight': 'true' } });
      expectRefusal(byGet, 400, [limit('The operation exceeds the token limit of 1000.')]);
    });

    it('a syntax error within the token limit is still reported by the parser, with its place', async () => {
      const response = await postGraphQL(graphql, { query: '{ agency(code: "A1") { code ' });
      expect(response.status).toBe(400);
      expect(response.json.errors).toEqual([
        {
          message: 'Syntax Error: Expected Name, found <EOF>.',
          locations: [{ line: 1, column: 29 }],
          extensions: { code: 'GRAPHQL_PARSE_FAILED', requestId: expect.any(String) },
        },
      ]);
    });

    it('logs every refusal with its code, whether Apollo or the request limits refused it', async () => {
      await postGraphQL(graphql, { query: `{ ${aliases(31)} }` }, { 'x-request-id': 'req-aliases' });
      await postGraphQL(graphql, { query: `{ agency(code: "A1") { ${'code '.repeat(1000)}} }` }, { 'x-request-id': 'req-tokens' });
      const lineOf = (requestId: string) => log.lines.find((line) => line['requestId'] === requestId && line['msg'] !== 'operation not in the trusted documents');
      expect(lineOf('req-aliases')).toMatchObject({ msg: 'graphql request', status: 400, errorCodes: ['OPERATION_LIMIT_EXCEEDED'] });
      expect(lineOf('req-tokens')).toMatchObject({ msg: 'http request refused', status: 400, errorCodes: ['OPERATION_LIMIT_EXCEEDED'] });
    });
  });

  describe('with batching on (GATEWAY_MAX_BATCH=3) and a high token limit', () => {
    let graphql: string;

    beforeAll(async () => {
      graphql = await startGateway({ GATEWAY_MAX_BATCH: '3', GATEWAY_MAX_TOKENS: '50000' });
    });

    afterEach(async () => {
      expect((await postGraphQL(graphql, { query: NORMAL_QUERY })).json).toEqual(NORMAL_ANSWER);
    });

    const postBatch = (size: number) =>
      httpRequest(graphql, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(Array.from({ length: size }, () => ({ query: NORMAL_QUERY }))),
      });

    it('answers a batch of 3', async () => {
      const response = await postBatch(3);
      expect(response.status).toBe(200);
      expect(response.json).toEqual([NORMAL_ANSWER, NORMAL_ANSWER, NORMAL_ANSWER]);
    });

    it('an array of 100 batched operations: 400 OPERATION_LIMIT_EXCEEDED naming the batch limit', async () => {
      expectRefusal(await postBatch(100), 400, [limit('The batch exceeds the limit of 3 operations.')]);
    });

    it('1,000 aliases within the token limit: 400 OPERATION_LIMIT_EXCEEDED naming the alias limit', async () => {
      const response = await postGraphQL(graphql, { query: `{ ${aliases(1000)} }` });
      expectRefusal(response, 400, [limit('The operation exceeds the alias limit of 30.')]);
    });
  });

  describe('in production', () => {
    let graphql: string;

    beforeAll(async () => {
      graphql = await startGateway({ NODE_ENV: 'production', GATEWAY_ACCESS_LOG_SUBJECT_KEY: 'test-subject-key-of-at-least-32-characters' });
    });

    it.each([
      ['an unknown field', '{ agency(code: "A1") { nam } }', 'Cannot query field "nam" on type "Agency".'],
      ['an unknown type', '{ agency(code: "A1") { ... on Agncy { code } } }', 'Unknown type "Agncy".'],
      ['an unknown enum value', '{ agencies(level: COMUNE) { code } }', 'Value "COMUNE" does not exist in "Level" enum.'],
    ])('%s: a validation error with no suggestion', async (_what, query, message) => {
      const response = await postGraphQL(graphql, { query });
      expect(response.status).toBe(400);
      expect(response.json.errors).toEqual([
        { message, locations: expect.any(Array), extensions: { code: 'GRAPHQL_VALIDATION_FAILED', requestId: expect.any(String) } },
      ]);
      expect(response.text).not.toMatch(/did you mean|suggestion|"name"|"Agency"\?|COMMUNE/i);
    });

    it('a variable with an unknown input field: BAD_USER_INPUT with the suggestion hidden', async () => {
      const response = await postGraphQL(graphql, {
        query: 'query Q($period: Period) { agencies(period: $period) { code } }',
        variables: { period: { fro: '2025-01-01' } },
      });
      expect(response.status).toBe(400);
      expect(response.json.errors).toEqual([
        {
          message: 'Variable "$period" got invalid value { fro: "2025-01-01" }; Field "fro" is not defined by type "Period". [Suggestion hidden]?',
          locations: expect.any(Array),
          extensions: { code: 'BAD_USER_INPUT', requestId: expect.any(String) },
        },
      ]);
    });

    it.each([
      ['__schema', '{ __schema { types { name } } }'],
      ['__type', '{ __type(name: "Agency") { fields { name } } }'],
    ])('no introspection through %s', async (_what, query) => {
      const response = await postGraphQL(graphql, { query });
      expect(response.status).toBe(400);
      expect(response.json.data).toBeUndefined();
      expect(response.json.errors.map((error: { extensions: { code: string } }) => error.extensions.code)).toEqual([
        'GRAPHQL_VALIDATION_FAILED',
      ]);
      expect(response.text).not.toMatch(/"fields"|"types"/);
    });

    it('the limits apply, and a normal query answers', async () => {
      const response = await postGraphQL(graphql, { query: `{ agency(code: "A1") { ${nested('parent', 11, 'code')} } }` });
      expectRefusal(response, 400, [limit('The operation exceeds the depth limit of 10.')]);
      expect((await postGraphQL(graphql, { query: NORMAL_QUERY })).json).toEqual(NORMAL_ANSWER);
    });
  });
});
