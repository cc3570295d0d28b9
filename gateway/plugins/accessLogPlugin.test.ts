/**
 * The access-log plugin on a small Apollo Server over real HTTP (no gateway): one record per
 * operation with the right outcome, hashes instead of personal data and tokens, the refusals of
 * express middleware logged through `logRefusedRequest`, and a failing store never failing an answer.
 */
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { GraphQLError } from 'graphql';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccessLogRecord } from '../../accessLog/AccessLogRecord.js';
import type { AccessLogStore } from '../../accessLog/AccessLogStore.js';
import { canonicalJson, sha256Hex } from '../../accessLog/canonicalJson.js';
import type { PersonalDataRelease } from '../../accessLog/createAccessLogEntry.js';
import { JsonLinesAccessLogStore } from '../../accessLog/JsonLinesAccessLogStore.js';
import { subjectHash } from '../../accessLog/subjectHash.js';
import { CITIZEN_A, CITIZEN_B, TEST_SUBJECT_KEY, tempDir } from '../../accessLog/test/accessLogFixtures.js';
import { verifyAccessLog } from '../../accessLog/verifyAccessLog.js';
import { ANONYMOUS, type Principal } from '../../subgraphs/common/auth/Principal.js';
import { captureLogger } from '../test/fakeSubgraphs.js';
import { accessLogPlugin, logRefusedRequest, type AccessLogWriter } from './accessLogPlugin.js';

interface TestContext {
  readonly scope: { readonly requestId: string };
  readonly principal: Principal;
  readonly purpose?: string;
  readonly releases: PersonalDataRelease[];
}

const OFFICIAL: Principal = {
  kind: 'official',
  subject: 'CB-0042',
  clientId: 'ecabinet-web',
  scopes: ['personal-data'],
  agency: 'H01.01',
  roles: ['OFFICIAL'],
  identityLevel: 2,
};
const CITIZEN: Principal = { kind: 'citizen', subject: CITIZEN_B, clientId: 'vneid-app', scopes: [], roles: [], identityLevel: 2 };

/** Stand-in for the lead's authentication: opaque test tokens naming a principal. */
const TOKENS: Record<string, Principal> = { 'official-token-1f2e3d': OFFICIAL, 'citizen-token-9a8b7c': CITIZEN };
const BAD_TOKEN = 'forged-token-000000';

const typeDefs = `#graphql
  type Citizen { id: ID! name: String }
  type Query { agencies: [String!]! citizen(id: ID!): Citizen secret: String boom: String }
`;
const resolvers = {
  Query: {
    agencies: () => ['H01.01', 'H01.02'],
    citizen: (_: unknown, { id }: { id: string }, ctx: TestContext) => {
      if (ctx.principal.kind === 'anonymous') throw new GraphQLError('Sign in.', { extensions: { code: 'UNAUTHENTICATED' } });
      ctx.releases.push({ coordinate: 'Citizen.id', subject: id }, { coordinate: 'Citizen.name', subject: id }, { coordinate: 'Citizen.name', subject: id });
      return { id, name: 'Citizen Fullname' };
    },
    secret: () => {
      throw new GraphQLError('Not for you.', { extensions: { code: 'FORBIDDEN' } });
    },
    boom: () => {
      throw new Error('database exploded');
    },
  },
};

/** An Apollo Server with the plugin, behind express with a token check that refuses bad tokens with 401. */
async function serve(writer: AccessLogWriter): Promise<{ url: string; stop(): Promise<void> }> {
  const server = new ApolloServer<TestContext>({ typeDefs, resolvers, plugins: [accessLogPlugin<TestContext>(writer)] });
  await server.start();
  const app = express();
  let requests = 0;
  app.use((req, res, next) => {
    res.locals['requestId'] = `req-${++requests}`;
    const token = req.headers.authorization?.replace(/^Bearer /, '');
    if (token !== undefined && !TOKENS[token]) {
      const body = { errors: [{ message: 'The token is not valid.', extensions: { code: 'UNAUTHENTICATED' } }] };
      void logRefusedRequest(writer, { requestId: res.locals['requestId'] as string, responseBody: body }).then(() => res.status(401).json(body));
      return;
    }
    next();
  });
  app.use(
    '/graphql',
    express.json(),
    expressMiddleware(server, {
      context: async ({ req, res }) => {
        const token = req.headers.authorization?.replace(/^Bearer /, '');
        const purpose = req.headers['x-govgraph-purpose'];
        return {
          scope: { requestId: res.locals['requestId'] as string },
          principal: (token && TOKENS[token]) || ANONYMOUS,
          ...(typeof purpose === 'string' ? { purpose } : {}),
          releases: [],
        };
      },
    }),
  );
  const httpServer = http.createServer(app);
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    async stop() {
      await server.stop();
      await new Promise((resolve) => httpServer.close(resolve));
    },
  };
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: any }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers, 'apollo-require-preflight': 'true' }, body: JSON.stringify(body) });
  return { status: response.status, json: await response.json() };
}

describe('accessLogPlugin', () => {
  let temp: Awaited<ReturnType<typeof tempDir>>;
  let file: string;
  let records: AccessLogRecord[];
  const answers: { status: number; json: any }[] = [];
  const log = captureLogger();

  beforeAll(async () => {
    temp = await tempDir();
    file = temp.file('access-log.jsonl');
    const store = await JsonLinesAccessLogStore.open({ file });
    const served = await serve({ store, subjectKey: TEST_SUBJECT_KEY, logger: log.logger });
    const official = { authorization: 'Bearer official-token-1f2e3d', 'x-govgraph-purpose': 'DOSSIER_PROCESSING' };
    const readCitizen = 'query ReadCitizen($id: ID!) { citizen(id: $id) { id name } }';
    answers.push(await post(served.url, { query: readCitizen, variables: { id: CITIZEN_A } }, official));
    answers.push(await post(served.url, { query: readCitizen, variables: { id: CITIZEN_B } }, { authorization: 'Bearer citizen-token-9a8b7c' }));
    answers.push(await post(served.url, { query: 'query Mixed { agencies secret }' }, official));
    answers.push(await post(served.url, { query: 'query Secret { secret }' }, official));
    answers.push(await post(served.url, { query: readCitizen, variables: { id: CITIZEN_A } }));
    answers.push(await post(served.url, { query: 'query Boom { boom }' }, official));
    answers.push(await post(served.url, { query: '{ agencies ' }, official));
    answers.push(await post(served.url, { query: readCitizen, variables: { id: CITIZEN_A } }, { authorization: `Bearer ${BAD_TOKEN}` }));
    await served.stop();
    records = await store.readAll();
    await store.close();
  });
  afterAll(async () => {
    await temp.cleanup();
  });

  it('writes one record per operation, refused ones included, each with its outcome and error codes', () => {
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200, 200, 400, 401]);
    expect(records.map((record) => [record.seq, record.requestId, record.operationName, record.outcome, record.errorCodes])).toEqual([
      [1, 'req-1', 'ReadCitizen', 'ok', []],
      [2, 'req-2', 'ReadCitizen', 'ok', []],
      [3, 'req-3', 'Mixed', 'partial', ['FORBIDDEN']],
      [4, 'req-4', 'Secret', 'denied', ['FORBIDDEN']],
      [5, 'req-5', 'ReadCitizen', 'denied', ['UNAUTHENTICATED']],
      [6, 'req-6', 'Boom', 'error', ['INTERNAL_SERVER_ERROR']],
      [7, 'req-7', null, 'error', ['GRAPHQL_PARSE_FAILED']],
      [8, 'req-8', null, 'denied', ['UNAUTHENTICATED']],
    ]);
    expect(verifyAccessLog(records)).toMatchObject({ ok: true, count: 8 });
  });

  it('records who asked, for which purpose, and each released field once, for its citizen', () => {
    expect(records[0]).toMatchObject({
      principal: { kind: 'official', subject: 'CB-0042', agency: 'H01.01', roles: ['OFFICIAL'] },
      clientId: 'ecabinet-web',
      purpose: 'DOSSIER_PROCESSING',
      released: [
        { coordinate: 'Citizen.id', subject: subjectHash(TEST_SUBJECT_KEY, CITIZEN_A) },
        { coordinate: 'Citizen.name', subject: subjectHash(TEST_SUBJECT_KEY, CITIZEN_A) },
      ],
    });
    expect(records[1]).toMatchObject({
      principal: { kind: 'citizen', subject: subjectHash(TEST_SUBJECT_KEY, CITIZEN_B), roles: [] },
      clientId: 'vneid-app',
      purpose: null,
    });
    expect(records[4]).toMatchObject({ principal: { kind: 'anonymous', subject: '' }, released: [] });
    expect(records[7]).toMatchObject({ principal: { kind: 'anonymous' }, operationHash: null });
  });

  it('binds each record to its operation, variables and the response sent by hashes', () => {
    const readCitizen = 'query ReadCitizen($id: ID!) { citizen(id: $id) { id name } }';
    for (const [index, record] of records.entries()) {
      expect(record.responseHash).toBe(sha256Hex(canonicalJson(answers[index]!.json)));
      expect(record.variablesHash).toMatch(/^hmac:[0-9a-f]{64}$/);
    }
    expect(records[0]!.operationHash).toBe(sha256Hex(readCitizen));
    expect(records[0]!.variablesHash).toBe(records[4]!.variablesHash);
    expect(records[0]!.variablesHash).not.toBe(records[1]!.variablesHash);
    expect(records[2]!.operationHash).toBe(sha256Hex('query Mixed { agencies secret }'));
  });

  it('keeps no personal id, personal data or token in clear in the file', async () => {
    const text = await readFile(file, 'utf8');
    expect(answers[0]!.json.data.citizen.id).toBe(CITIZEN_A);
    for (const secret of [CITIZEN_A, CITIZEN_B, 'Citizen Fullname', 'official-token-1f2e3d', 'citizen-token-9a8b7c', BAD_TOKEN]) {
      expect(text).not.toContain(secret);
    }
  });

  it('a failing store is logged at error level and never turns a served answer into an error', async () => {
    const failing: AccessLogStore = {
      append: async () => {
        throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
      },
      readAll: async () => [],
      readHead: async () => undefined,
      findBySubject: async () => [],
      close: async () => undefined,
    };
    const failures = captureLogger();
    const served = await serve({ store: failing, subjectKey: TEST_SUBJECT_KEY, logger: failures.logger });
    const answer = await post(
      served.url,
      { query: 'query ReadCitizen($id: ID!) { citizen(id: $id) { id } }', variables: { id: CITIZEN_A } },
      { authorization: 'Bearer official-token-1f2e3d' },
    );
    await served.stop();

    expect(answer).toEqual({ status: 200, json: { data: { citizen: { id: CITIZEN_A } } } });
    const errors = failures.lines.filter((line) => line['level'] === 50);
    expect(errors).toEqual([
      expect.objectContaining({
        requestId: 'req-1',
        msg: 'ACCESS LOG WRITE FAILED: this operation has no access-log record; check the log store now',
        error: { message: 'disk full', code: 'ENOSPC' },
      }),
    ]);
    expect(failures.text()).not.toContain(CITIZEN_A);
  });
});
