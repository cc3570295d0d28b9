import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { GraphQLError } from 'graphql';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type GatewayConfig } from './config.js';
import { createGateway, type Gateway } from './createGateway.js';
import {
  FEDERATION_LINK,
  captureLogger,
  composeSupergraph,
  createTempDir,
  deferred,
  httpRequest,
  postGraphQL,
  startFakeSubgraph,
  startHttpServer,
  type RunningServer,
} from './test/fakeSubgraphs.js';
import { signTestToken, testTokenKeys } from './test/testTokens.js';

const AGENCIES_SDL = `${FEDERATION_LINK}
type Query {
  agency(code: ID!): Agency
  slowTaskCount: Int
  timeoutField: String
  plainError: String
  rejected: String
  uncatalogued: String
  tasks(first: Int!): [String!]
  seenHeaders: SeenHeaders
}
type SeenHeaders { requestId: String deadline: String }
type Agency @key(fields: "code") { code: ID! name: String }
`;

const TASKS_SDL = `${FEDERATION_LINK}
type Query { taskTotal: Int }
type Agency @key(fields: "code") { code: ID! openTasks: Int }
`;

const DOWN_SDL = `${FEDERATION_LINK}
type Query { downField: String }
`;

const LEGACY_SDL = `${FEDERATION_LINK}
type Query { legacyField: String }
`;

/** Stands for a subgraph that holds a request until the test releases it. */
const slow = { arrived: deferred(), release: deferred() };

const agenciesResolvers = {
  Query: {
    agency: (_: unknown, { code }: { code: string }) => ({ code, name: 'Sở Nội vụ' }),
    slowTaskCount: async () => {
      slow.arrived.resolve();
      await slow.release.promise;
      return 7;
    },
    timeoutField: () => {
      throw new GraphQLError('Hệ thống x không trả lời kịp.', { extensions: { code: 'UPSTREAM_TIMEOUT', system: 'x' } });
    },
    plainError: () => {
      throw new Error('connection to db://admin:hunter2@10.0.0.5 failed');
    },
    rejected: () => {
      throw new GraphQLError('Hệ thống x từ chối yêu cầu.', {
        extensions: { code: 'UPSTREAM_REJECTED', system: 'x', legacyBody: '<html>Lỗi 400 tại 10.0.0.5</html>' },
      });
    },
    uncatalogued: () => {
      throw new GraphQLError('weird thing at 10.0.0.5', { extensions: { code: 'WEIRD_CODE', debug: { sql: 'SELECT 1' } } });
    },
    tasks: (_: unknown, { first }: { first: number }) => {
      if (first < 1 || first > 100) {
        throw new GraphQLError('`first` must be between 1 and 100.', { extensions: { code: 'BAD_USER_INPUT' } });
      }
      return ['NV1'];
    },
    seenHeaders: (_: unknown, __: unknown, context: { headers: http.IncomingHttpHeaders }) => ({
      requestId: context.headers['x-request-id'],
      deadline: context.headers['x-govgraph-deadline'],
    }),
  },
  Agency: {
    __resolveReference: ({ code }: { code: string }) => ({ code, name: 'Sở Nội vụ' }),
  },
};

const tasksResolvers = {
  Query: { taskTotal: () => 42 },
  Agency: { __resolveReference: ({ code }: { code: string }) => ({ code, openTasks: 3 }) },
};

const REQUEST_TIMEOUT_MS = 10_000;

describe('createGateway over fake subgraphs', () => {
  const log = captureLogger();
  let temp: Awaited<ReturnType<typeof createTempDir>>;
  let agencies: RunningServer;
  let tasks: RunningServer;
  let legacy: RunningServer;
  let downUrl: string;
  let config: GatewayConfig;
  let gateway: Gateway;
  let url: string;
  let graphql: string;

  beforeAll(async () => {
    temp = await createTempDir();
    agencies = await startFakeSubgraph(AGENCIES_SDL, agenciesResolvers);
    tasks = await startFakeSubgraph(TASKS_SDL, tasksResolvers);
    // A proxy in front of a dead subgraph: HTTP 502 with an HTML page, not a GraphQL answer.
    legacy = await startHttpServer((_req, res) => {
      res.writeHead(502, { 'content-type': 'text/html' }).end('<html><body>502 Bad Gateway nginx 10.0.0.7</body></html>');
    });
    // A subgraph that was running and stopped: its port now refuses connections.
    const down = await startFakeSubgraph(DOWN_SDL, { Query: { downField: () => 'up' } });
    downUrl = down.url;
    await down.stop();

    const supergraphPath = await temp.write(
      'supergraph.graphql',
      composeSupergraph({ agencies: AGENCIES_SDL, tasks: TASKS_SDL, down: DOWN_SDL, legacy: LEGACY_SDL }),
    );
    config = loadConfig(
      {
        GATEWAY_ACCESS_LOG_FILE: path.join(temp.dir, 'access.jsonl'),
        GATEWAY_PORT: '0',
        GATEWAY_SUPERGRAPH: supergraphPath,
        GATEWAY_REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
        GATEWAY_SUBGRAPH_AGENCIES_URL: agencies.url,
        GATEWAY_SUBGRAPH_TASKS_URL: tasks.url,
        GATEWAY_SUBGRAPH_DOWN_URL: downUrl,
        GATEWAY_SUBGRAPH_LEGACY_URL: legacy.url,
        NODE_ENV: 'development',
      },
      [],
    );
    gateway = createGateway(config, { logger: log.logger, tokenKeys: testTokenKeys });
    await gateway.start();
    ({ url } = await gateway.listen());
    graphql = `${url}/graphql`;
  });

  afterAll(async () => {
    slow.release.resolve();
    await gateway?.stop();
    await Promise.all([agencies?.stop(), tasks?.stop(), legacy?.stop()]);
    await temp?.cleanup();
  });

  it('listens on the configured host with the port taken', () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(url).not.toBe('http://127.0.0.1:0');
  });

  it('answers a query across two subgraphs, routed to the overridden URLs', async () => {
    const response = await postGraphQL(graphql, { query: '{ agency(code: "A1") { code name openTasks } taskTotal }' });
    expect(response.status).toBe(200);
    expect(response.json).toEqual({ data: { agency: { code: 'A1', name: 'Sở Nội vụ', openTasks: 3 }, taskTotal: 42 } });
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('passes the request id and the deadline on to subgraphs', async () => {
    const before = Date.now();
    const response = await postGraphQL(graphql, { query: '{ seenHeaders { requestId deadline } }' }, { 'x-request-id': 'dash-42' });
    const after = Date.now();
    expect(response.headers['x-request-id']).toBe('dash-42');
    const seen = response.json.data.seenHeaders;
    expect(seen.requestId).toBe('dash-42');
    expect(seen.deadline).toMatch(/^\d+$/);
    expect(Number(seen.deadline)).toBeGreaterThanOrEqual(before + REQUEST_TIMEOUT_MS);
    expect(Number(seen.deadline)).toBeLessThanOrEqual(after + REQUEST_TIMEOUT_MS);
  });

  it('replaces a client request id that does not look sane', async () => {
    const response = await postGraphQL(graphql, { query: '{ seenHeaders { requestId } }' }, { 'x-request-id': 'bad id\twith spaces' });
    const generated = response.headers['x-request-id'];
    expect(generated).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.json.data.seenHeaders.requestId).toBe(generated);
  });

  it('keeps a catalogued subgraph error: code, system, subgraph (not serviceName), request id', async () => {
    const response = await postGraphQL(graphql, { query: '{ timeoutField agency(code: "A1") { code } }' }, { 'x-request-id': 'req-timeout' });
    expect(response.status).toBe(200);
    expect(response.json).toEqual({
      data: { timeoutField: null, agency: { code: 'A1' } },
      errors: [
        {
          message: 'Hệ thống x không trả lời kịp.',
          path: ['timeoutField'],
          extensions: { code: 'UPSTREAM_TIMEOUT', subgraph: 'agencies', system: 'x', requestId: 'req-timeout' },
        },
      ],
    });
  });

  it('drops extensions outside the public set, such as a legacy body', async () => {
    const response = await postGraphQL(graphql, { query: '{ rejected }' }, { 'x-request-id': 'req-rejected' });
    expect(response.json.errors).toEqual([
      {
        message: 'Hệ thống x từ chối yêu cầu.',
        path: ['rejected'],
        extensions: { code: 'UPSTREAM_REJECTED', subgraph: 'agencies', system: 'x', requestId: 'req-rejected' },
      },
    ]);
    expect(response.text).not.toContain('10.0.0.5');
  });

  it('masks a plain Error thrown in a subgraph, stack trace and all, and logs it in full', async () => {
    const response = await postGraphQL(graphql, { query: '{ plainError }' }, { 'x-request-id': 'req-plain' });
    expect(response.status).toBe(200);
    expect(response.json).toEqual({
      data: { plainError: null },
      errors: [
        {
          message: 'Internal server error.',
          path: ['plainError'],
          extensions: { code: 'INTERNAL_SERVER_ERROR', subgraph: 'agencies', requestId: 'req-plain' },
        },
      ],
    });
    expect(response.text).not.toMatch(/stacktrace|hunter2|\n\s+at /);
    const logged = log.lines.find((line) => line['requestId'] === 'req-plain' && line['level'] === 50);
    expect(logged?.['msg']).toBe('masked an error without a catalogued code');
    expect(JSON.stringify(logged)).toContain('hunter2');
  });

  it('masks an error whose code is not in the catalogue', async () => {
    const response = await postGraphQL(graphql, { query: '{ uncatalogued }' }, { 'x-request-id': 'req-weird' });
    expect(response.json.errors).toEqual([
      {
        message: 'Internal server error.',
        path: ['uncatalogued'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', subgraph: 'agencies', requestId: 'req-weird' },
      },
    ]);
    expect(response.text).not.toMatch(/WEIRD_CODE|SELECT|10\.0\.0\.5/);
    expect(log.lines.some((line) => line['requestId'] === 'req-weird' && line['code'] === 'WEIRD_CODE')).toBe(true);
  });

  it('passes BAD_USER_INPUT from a subgraph through with its message', async () => {
    const response = await postGraphQL(graphql, { query: '{ tasks(first: 0) }' }, { 'x-request-id': 'req-input' });
    expect(response.json).toEqual({
      data: { tasks: null },
      errors: [
        {
          message: '`first` must be between 1 and 100.',
          path: ['tasks'],
          extensions: { code: 'BAD_USER_INPUT', subgraph: 'agencies', requestId: 'req-input' },
        },
      ],
    });
  });

  it('gives SUBGRAPH_UNAVAILABLE naming a stopped subgraph, without its address; the rest still answers', async () => {
    const response = await postGraphQL(graphql, { query: '{ downField taskTotal }' }, { 'x-request-id': 'req-down' });
    expect(response.status).toBe(200);
    expect(response.json).toEqual({
      data: { downField: null, taskTotal: 42 },
      errors: [
        {
          message: 'Subgraph "down" is unavailable.',
          extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'down', requestId: 'req-down' },
        },
      ],
    });
    expect(response.text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1/);
    const logged = log.lines.find((line) => line['requestId'] === 'req-down' && line['msg'] === 'subgraph unavailable');
    expect(JSON.stringify(logged)).toContain('ECONNREFUSED');
  });

  it('gives SUBGRAPH_UNAVAILABLE when a subgraph answers with something that is not GraphQL', async () => {
    const response = await postGraphQL(graphql, { query: '{ legacyField }' }, { 'x-request-id': 'req-proxy' });
    expect(response.json).toEqual({
      data: { legacyField: null },
      errors: [
        {
          message: 'Subgraph "legacy" is unavailable.',
          extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'legacy', requestId: 'req-proxy' },
        },
      ],
    });
    expect(response.text).not.toMatch(/html|nginx|502|10\.0\.0\.7/i);
  });

  it('malformed GraphQL: 400 GRAPHQL_PARSE_FAILED with the place of the error', async () => {
    const response = await postGraphQL(graphql, { query: '{ agency(code: "A1") { code ' }, { 'x-request-id': 'req-parse' });
    expect(response.status).toBe(400);
    expect(response.json).toEqual({
      errors: [
        {
          message: 'Syntax Error: Expected Name, found <EOF>.',
          locations: [{ line: 1, column: 29 }],
          extensions: { code: 'GRAPHQL_PARSE_FAILED', requestId: 'req-parse' },
        },
      ],
    });
  });

  it('an unknown field: 400 GRAPHQL_VALIDATION_FAILED', async () => {
    const response = await postGraphQL(graphql, { query: '{ agency(code: "A1") { budget } }' }, { 'x-request-id': 'req-valid' });
    expect(response.status).toBe(400);
    expect(response.json.errors).toEqual([
      {
        message: 'Cannot query field "budget" on type "Agency".',
        locations: [{ line: 1, column: 24 }],
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED', requestId: 'req-valid' },
      },
    ]);
  });

  it('a variable of the wrong type: 400 BAD_USER_INPUT naming the variable', async () => {
    const response = await postGraphQL(
      graphql,
      { query: 'query Q($first: Int!) { tasks(first: $first) }', variables: { first: 'five' } },
      { 'x-request-id': 'req-var' },
    );
    expect(response.status).toBe(400);
    expect(response.json).toEqual({
      errors: [
        {
          message: 'Variable "$first" got invalid value "five"; Int cannot represent non-integer value: "five"',
          locations: [{ line: 1, column: 9 }],
          extensions: { code: 'BAD_USER_INPUT', requestId: 'req-var' },
        },
      ],
    });
  });

  it('a body that is not JSON: 400 BAD_REQUEST in GraphQL shape, not an HTML error page', async () => {
    const response = await httpRequest(graphql, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'req-json' },
      body: '{"query": "{ taskTotal }"',
    });
    expect(response.status).toBe(400);
    expect(response.json).toEqual({
      errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST', requestId: 'req-json' } }],
    });
  });

  it('CSRF prevention: a GET query without a preflight header is refused', async () => {
    const query = encodeURIComponent('{ taskTotal }');
    const refused = await httpRequest(`${graphql}?query=${query}`, { headers: { accept: 'application/json', 'x-request-id': 'req-csrf' } });
    expect(refused.status).toBe(400);
    expect(refused.json.errors).toHaveLength(1);
    expect(refused.json.errors[0].extensions).toEqual({ code: 'BAD_REQUEST', requestId: 'req-csrf' });
    expect(refused.json.errors[0].message).toMatch(/Cross-Site Request Forgery/);
    expect(refused.text).not.toContain('42');

    const allowed = await httpRequest(`${graphql}?query=${query}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(allowed.status).toBe(200);
    expect(allowed.json).toEqual({ data: { taskTotal: 42 } });
  });

  it('never sends a stack trace, whatever the error', async () => {
    const response = await postGraphQL(graphql, {
      query: '{ timeoutField plainError rejected uncatalogued downField legacyField tasks(first: 0) }',
    });
    expect(response.json.errors).toHaveLength(7);
    expect(response.text).not.toMatch(/stacktrace|exception|serviceName|\.ts:\d+|node_modules/);
  });

  it('logs one line per request with id, operation, duration and codes, never variables or headers', async () => {
    const token = await signTestToken();
    await postGraphQL(
      graphql,
      { query: 'query Lookup($code: ID!) { agency(code: $code) { code } timeoutField }', variables: { code: '001204000345' } },
      { 'x-request-id': 'req-log', authorization: `Bearer ${token}` },
    );
    const refused = await postGraphQL(graphql, { query: '{ taskTotal }' }, { authorization: 'Bearer secret-token-value' });
    expect(refused.status).toBe(401);
    const line = log.lines.find((entry) => entry['requestId'] === 'req-log' && entry['msg'] === 'graphql request');
    expect(line).toMatchObject({ operationName: 'Lookup', status: 200, errorCodes: ['UPSTREAM_TIMEOUT'] });
    expect(typeof line?.['durationMs']).toBe('number');
    expect(log.text()).not.toContain('001204000345');
    expect(log.text()).not.toContain('secret-token-value');
    expect(log.text()).not.toContain(token.split('.')[2]);
  });

  it('GET /health answers ok', async () => {
    const response = await httpRequest(`${url}/health`);
    expect(response.status).toBe(200);
    expect(response.json).toEqual({ status: 'ok' });
  });

  it('GET /ready answers ready once started', async () => {
    const response = await httpRequest(`${url}/ready`);
    expect(response.status).toBe(200);
    expect(response.json).toEqual({ status: 'ready' });
  });

  it('serves GraphiQL at /graphiql and to browsers at /graphql, with every asset from the gateway itself', async () => {
    const page = await httpRequest(`${url}/graphiql`);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.text).not.toMatch(/https?:\/\//);
    expect(page.text).not.toMatch(/src="\/\/|href="\/\//);
    expect(page.text).toContain('AgencyOverview');

    const browser = await httpRequest(graphql, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    expect(browser.status).toBe(200);
    expect(browser.text).toBe(page.text);

    const assets = [...page.text.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);
    expect(assets).toEqual([
      '/graphiql/assets/graphiql.min.css',
      '/graphiql/assets/react.production.min.js',
      '/graphiql/assets/react-dom.production.min.js',
      '/graphiql/assets/graphiql.min.js',
      '/graphiql/assets/graphiql-init.js',
    ]);
    for (const asset of assets) {
      const response = await httpRequest(`${url}${asset}`);
      expect(response.status, asset).toBe(200);
      expect(response.headers['content-type'], asset).toMatch(asset.endsWith('.css') ? /^text\/css/ : /javascript/);
      expect(response.text.length, asset).toBeGreaterThan(100);
    }
    const unknown = await httpRequest(`${url}/graphiql/assets/..%2Fpackage.json`);
    expect(unknown.status).toBe(404);
  });

  it('answers unknown routes with a JSON 404', async () => {
    const response = await httpRequest(`${url}/nope`);
    expect(response.status).toBe(404);
    expect(response.json).toEqual({ error: 'not found' });
  });

  // The opposite case (an operator's explicit `false`) is not exercised: constructing
  // @apollo/gateway with telemetry on starts its exporter, which contacts cloud metadata servers
  // and Apollo. loadConfig's test covers that `false` reaches the config.
  it('sets APOLLO_TELEMETRY_DISABLED before @apollo/gateway reads it, so it never phones home', () => {
    expect(process.env['APOLLO_TELEMETRY_DISABLED']).toBe('true');
  });

  // Last in this block: it stops the tasks subgraph for good.
  it('gives SUBGRAPH_UNAVAILABLE for a subgraph failing an entity fetch, keeping the other fields', async () => {
    await tasks.stop();
    const response = await postGraphQL(graphql, { query: '{ agency(code: "A1") { code name openTasks } }' }, { 'x-request-id': 'req-entity' });
    expect(response.json).toEqual({
      data: { agency: { code: 'A1', name: 'Sở Nội vụ', openTasks: null } },
      errors: [
        {
          message: 'Subgraph "tasks" is unavailable.',
          extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'tasks', requestId: 'req-entity' },
        },
      ],
    });
  });
});

describe('createGateway life cycle', () => {
  let temp: Awaited<ReturnType<typeof createTempDir>>;
  let subgraph: RunningServer;
  let supergraphPath: string;
  const quiet = captureLogger().logger;

  const configFor = (env: Record<string, string> = {}) =>
    loadConfig(
      {
        GATEWAY_PORT: '0',
        GATEWAY_SUPERGRAPH: supergraphPath,
        GATEWAY_SUBGRAPH_AGENCIES_URL: subgraph.url,
        // One file per gateway: two gateways must never extend one chain from two processes.
        GATEWAY_ACCESS_LOG_FILE: path.join(temp.dir, `access-${randomUUID()}.jsonl`),
        ...env,
      },
      [],
    );

  beforeAll(async () => {
    temp = await createTempDir();
    subgraph = await startFakeSubgraph(AGENCIES_SDL, agenciesResolvers);
    supergraphPath = await temp.write('supergraph.graphql', composeSupergraph({ agencies: AGENCIES_SDL }));
  });

  afterAll(async () => {
    slow.release.resolve();
    await subgraph?.stop();
    await temp?.cleanup();
  });

  it('/ready is 503 "starting" before start() and 200 after; /health is 200 throughout', async () => {
    const gateway = createGateway(configFor(), { logger: quiet, tokenKeys: testTokenKeys });
    const { base, close } = await serveApp(gateway);
    try {
      expect(await httpRequest(`${base}/ready`)).toMatchObject({ status: 503, json: { status: 'starting' } });
      expect(await httpRequest(`${base}/health`)).toMatchObject({ status: 200, json: { status: 'ok' } });
      const early = await postGraphQL(`${base}/graphql`, { query: '{ agency(code: "A1") { code } }' });
      expect(early.status).toBe(503);
      expect(early.json.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');

      await gateway.start();
      expect(await httpRequest(`${base}/ready`)).toMatchObject({ status: 200, json: { status: 'ready' } });
      const later = await postGraphQL(`${base}/graphql`, { query: '{ agency(code: "A1") { code } }' });
      expect(later.json).toEqual({ data: { agency: { code: 'A1' } } });
    } finally {
      await close();
      await gateway.stop();
    }
  });

  it('listen() alone starts the gateway', async () => {
    const gateway = createGateway(configFor(), { logger: quiet, tokenKeys: testTokenKeys });
    try {
      const { url } = await gateway.listen();
      expect(await httpRequest(`${url}/ready`)).toMatchObject({ status: 200 });
    } finally {
      await gateway.stop();
    }
  });

  it('a missing supergraph file fails start-up with a plain error naming the file', async () => {
    const missing = `${temp.dir}/does-not-exist.graphql`;
    const gateway = createGateway(configFor({ GATEWAY_SUPERGRAPH: missing }), { logger: quiet, tokenKeys: testTokenKeys });
    const failure = await gateway.start().then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(Error);
    expect(failure).not.toBeInstanceOf(GraphQLError);
    expect((failure as Error).message).toBe(
      `Cannot read the supergraph file ${missing}: it does not exist. ` +
        'Build it with `npm run schema:compose`, or point GATEWAY_SUPERGRAPH / --supergraph at a supergraph file.',
    );
    const served = await serveApp(gateway);
    try {
      expect(await httpRequest(`${served.base}/ready`)).toMatchObject({ status: 503, json: { status: 'failed' } });
    } finally {
      await served.close();
      await gateway.stop();
    }
  });

  it('a supergraph file that does not load fails start-up naming the file', async () => {
    const broken = await temp.write('broken.graphql', 'type Query { this is not a supergraph');
    const gateway = createGateway(configFor({ GATEWAY_SUPERGRAPH: broken }), { logger: quiet, tokenKeys: testTokenKeys });
    await expect(gateway.start()).rejects.toThrow(
      `The supergraph file ${broken} could not be loaded: Syntax Error: Expected ":", found Name "is" at line 1, column 19. ` +
        'Rebuild it with `npm run schema:compose` or point GATEWAY_SUPERGRAPH / --supergraph at a composed supergraph.',
    );
    await gateway.stop();
  });

  it('a plain schema that is not a supergraph fails start-up naming the file', async () => {
    const plain = await temp.write('plain.graphql', 'type Query { hello: String }');
    const gateway = createGateway(configFor({ GATEWAY_SUPERGRAPH: plain }), { logger: quiet, tokenKeys: testTokenKeys });
    await expect(gateway.start()).rejects.toThrow(
      `The supergraph file ${plain} could not be loaded: Invalid supergraph: must be a core schema. `,
    );
    await gateway.stop();
  });

  it('an URL override naming no subgraph of the supergraph fails start-up', async () => {
    const gateway = createGateway(configFor({ GATEWAY_SUBGRAPH_AGENCY_URL: subgraph.url }), { logger: quiet, tokenKeys: testTokenKeys });
    await expect(gateway.start()).rejects.toThrow(
      `GATEWAY_SUBGRAPH_AGENCY_URL names no subgraph of ${supergraphPath}; its subgraphs are agencies.`,
    );
    await gateway.stop();
  });

  it('aborts a subgraph call when the request deadline passes: SUBGRAPH_UNAVAILABLE', async () => {
    slow.arrived = deferred();
    slow.release = deferred();
    const gateway = createGateway(configFor({ GATEWAY_REQUEST_TIMEOUT_MS: '300' }), { logger: quiet, tokenKeys: testTokenKeys });
    try {
      const { url } = await gateway.listen();
      const response = await postGraphQL(`${url}/graphql`, { query: '{ slowTaskCount }' }, { 'x-request-id': 'req-slow' });
      expect(response.json).toEqual({
        data: { slowTaskCount: null },
        errors: [
          {
            message: 'Subgraph "agencies" did not answer within the request deadline.',
            extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'agencies', requestId: 'req-slow' },
          },
        ],
      });
    } finally {
      slow.release.resolve();
      await gateway.stop();
    }
  });

  it('stop() lets an in-flight request finish, then refuses new connections', async () => {
    slow.arrived = deferred();
    slow.release = deferred();
    const gateway = createGateway(configFor(), { logger: quiet, tokenKeys: testTokenKeys });
    const { url } = await gateway.listen();
    const inFlight = postGraphQL(`${url}/graphql`, { query: '{ slowTaskCount }' });
    await slow.arrived.promise;
    const stopped = gateway.stop();
    slow.release.resolve();
    const response = await inFlight;
    expect(response.json).toEqual({ data: { slowTaskCount: 7 } });
    await stopped;
    await expect(httpRequest(`${url}/health`)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });

  it('in production: no GraphiQL routes, no introspection', async () => {
    const gateway = createGateway(configFor({ NODE_ENV: 'production', GATEWAY_ACCESS_LOG_SUBJECT_KEY: 'test-subject-key-of-at-least-32-characters' }), { logger: quiet, tokenKeys: testTokenKeys });
    try {
      const { url } = await gateway.listen();
      for (const path of ['/graphiql', '/graphiql/assets/graphiql.min.js', '/graphiql/assets/react.production.min.js']) {
        const response = await httpRequest(`${url}${path}`);
        expect(response.status, path).toBe(404);
      }
      const browser = await httpRequest(`${url}/graphql`, { headers: { accept: 'text/html' } });
      expect(browser.headers['content-type']).not.toMatch(/html/);
      expect(browser.text).not.toMatch(/graphiql/i);

      const introspection = await postGraphQL(`${url}/graphql`, { query: '{ __schema { types { name } } }' });
      expect(introspection.json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    } finally {
      await gateway.stop();
    }
  });
});

/** Serves a gateway's app on a loopback port without calling listen() (which would start it). */
async function serveApp(gateway: Gateway): Promise<{ base: string; close(): Promise<void> }> {
  const server = http.createServer(gateway.app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
