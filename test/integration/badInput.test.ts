import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorSummary } from '../support/graphqlClient.js';
import { startStack, type TestStack } from '../support/startStack.js';

describe('bad client input gets a coded error with a clear message, never a stack trace', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startStack();
  });

  afterAll(async () => {
    await stack?.stop();
  });

  const noStack = (text: string) => {
    expect(text).not.toMatch(/stacktrace/);
    expect(text).not.toMatch(/\n\s+at /);
    expect(text).not.toMatch(/node_modules|\.ts:\d+/);
  };

  it('malformed GraphQL: GRAPHQL_PARSE_FAILED with the place of the error', async () => {
    const response = await stack.query('{ agency(code: "000.00.00.H26") { code ');
    expect(response.status).toBe(400);
    expect(errorSummary(response)).toEqual([{ code: 'GRAPHQL_PARSE_FAILED', path: undefined }]);
    expect(response.body.errors?.[0]?.message).toMatch(/Syntax Error/);
    noStack(response.text);
  });

  it('an unknown field: GRAPHQL_VALIDATION_FAILED', async () => {
    const response = await stack.query('{ agency(code: "000.00.00.H26") { budget } }');
    expect(response.status).toBe(400);
    expect(errorSummary(response)).toEqual([{ code: 'GRAPHQL_VALIDATION_FAILED', path: undefined }]);
    noStack(response.text);
  });

  it('a variable of the wrong type: BAD_USER_INPUT naming the variable', async () => {
    const response = await stack.query('query Q($first: Int!) { agency(code: "000.00.00.H26") { tasks(first: $first) { totalCount } } }',
      { first: 'five' },
    );
    expect(response.status).toBe(400);
    expect(errorSummary(response)).toEqual([{ code: 'BAD_USER_INPUT', path: undefined }]);
    expect(response.body.errors?.[0]?.message).toMatch(/\$first/);
    noStack(response.text);
  });

  it('an unknown agency code: NOT_FOUND on the field', async () => {
    const response = await stack.query('{ agency(code: "999.00.00.H26") { code name } }');
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual({ agency: null });
    expect(errorSummary(response)).toEqual([{ code: 'NOT_FOUND', path: 'agency', subgraph: 'identity' }]);
    expect(response.body.errors?.[0]?.message).toBe('No agency has the code 999.00.00.H26.');
  });

  it('a malformed agency code: BAD_USER_INPUT explaining the form', async () => {
    const response = await stack.query('{ agency(code: "Hà Nội") { code } }');
    expect(errorSummary(response)).toEqual([{ code: 'BAD_USER_INPUT', path: 'agency', subgraph: 'identity' }]);
    expect(response.body.errors?.[0]?.message).toMatch(/electronic agency code like 000\.00\.00\.H26/);
  });

  it('first: 100000: BAD_USER_INPUT with the accepted range; the other fields still answer', async () => {
    const response = await stack.query('{ agency(code: "000.00.00.H26") { name tasks(first: 100000) { totalCount } } }',
    );
    expect(response.body.data).toEqual({ agency: { name: 'Ủy ban nhân dân thành phố Hà Nội', tasks: null } });
    expect(errorSummary(response)).toEqual([{ code: 'BAD_USER_INPUT', path: 'agency.tasks', subgraph: 'documents' }]);
    expect(response.body.errors?.[0]?.message).toBe('Argument "first" must be between 0 and 100, got 100000.');
  });

  it.each([
    ['an impossible date', '2025-02-30', '2025-12-31', /calendar date/],
    ['an empty period', '2025-12-31', '2025-01-01', /is after/],
    ['not a date', 'last year', '2025-12-31', /calendar date/],
  ])('%s in a period: BAD_USER_INPUT on that field only', async (_what, from, to, message) => {
    const response = await stack.query(`{ agency(code: "000.00.00.H26") { code taskSummary(from: "${from}", to: "${to}") { total } } }`,
    );
    expect(response.body.data).toEqual({ agency: { code: '000.00.00.H26', taskSummary: null } });
    expect(errorSummary(response)).toEqual([{ code: 'BAD_USER_INPUT', path: 'agency.taskSummary', subgraph: 'documents' }]);
    expect(response.body.errors?.[0]?.message).toMatch(message);
  });

  it('a cursor the API never gave out: BAD_USER_INPUT', async () => {
    const response = await stack.query('{ agency(code: "000.00.00.H26") { tasks(after: "garbage") { totalCount } } }');
    expect(errorSummary(response)).toEqual([{ code: 'BAD_USER_INPUT', path: 'agency.tasks', subgraph: 'documents' }]);
  });

  it('a body that is not JSON: BAD_REQUEST', async () => {
    const response = await request(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    const text = await response.body.text();
    expect(response.statusCode).toBe(400);
    noStack(text);
  });
});
