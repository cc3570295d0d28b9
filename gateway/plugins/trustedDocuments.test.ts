import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildTrustedDocuments, sha256Hex } from '../../schema/buildTrustedDocuments.js';
import type { PrincipalKind } from '../../subgraphs/common/auth/Principal.js';
import type { TrustedDocumentsMode } from '../config.js';
import { captureLogger, createTempDir, httpRequest, type HttpAnswer } from '../test/fakeSubgraphs.js';
import { TEST_PRINCIPAL_HEADER, startMiddlewareApp, type MiddlewareApp } from '../test/startMiddlewareApp.js';
import { readTrustedDocuments, trustedDocumentsMiddleware } from './trustedDocuments.js';

const manifest = buildTrustedDocuments([
  { fileName: 'Greeting.graphql', text: '# a comment the body loses\nquery Greeting { hello }' },
  { fileName: 'AgencyName.graphql', text: 'query AgencyName($code: ID!) { agency(code: $code) { name } }' },
]);
const greeting = manifest.operations.find((operation) => operation.name === 'Greeting')!;
const AD_HOC = 'query Probe { agency(code: "A1") { code } }';

const modes: Record<PrincipalKind, TrustedDocumentsMode> = { anonymous: 'log', official: 'log', citizen: 'off', partner: 'enforce' };

describe('trustedDocumentsMiddleware in front of Apollo Server with its own APQ turned off', () => {
  const log = captureLogger();
  let app: MiddlewareApp;
  let server: ApolloServer;
  let resolved = 0;

  beforeAll(async () => {
    server = new ApolloServer({
      typeDefs: 'type Query { hello: String agency(code: ID!): Agency } type Agency { code: ID! name: String }',
      resolvers: {
        Query: {
          hello: () => {
            resolved++;
            return 'xin chào';
          },
          agency: (_: unknown, { code }: { code: string }) => {
            resolved++;
            return { code, name: 'Sở Nội vụ' };
          },
        },
      },
      persistedQueries: false,
      allowBatchedHttpRequests: true,
      csrfPrevention: false,
    });
    await server.start();
    app = await startMiddlewareApp([trustedDocumentsMiddleware({ manifest, modes, logger: log.logger })], expressMiddleware(server));
  });
  afterAll(async () => {
    await app?.close();
    await server?.stop();
  });
  beforeEach(() => {
    resolved = 0;
  });

  const post = (body: unknown, kind?: string): Promise<HttpAnswer> =>
    httpRequest(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(kind ? { [TEST_PRINCIPAL_HEADER]: kind } : {}) },
      body: JSON.stringify(body),
    });
  const persisted = (sha256Hash: string) => ({ persistedQuery: { version: 1, sha256Hash } });
  const unlistedLines = () => log.lines.filter((line) => line['msg'] === 'operation not in the trusted documents');

  it('runs a hash-only request with the manifest\'s text, for a partner too', async () => {
    const response = await post({ extensions: persisted(greeting.id) }, 'partner');
    expect(response.status).toBe(200);
    expect(response.json).toEqual({ data: { hello: 'xin chào' } });
    expect(resolved).toBe(1);
  });

  it('runs a hash-only GET with the manifest\'s text and its variables', async () => {
    const agencyName = manifest.operations.find((operation) => operation.name === 'AgencyName')!;
    const search = new URLSearchParams({ extensions: JSON.stringify(persisted(agencyName.id)), variables: JSON.stringify({ code: 'A7' }) });
    const response = await httpRequest(`${app.url}?${search}`, { headers: { [TEST_PRINCIPAL_HEADER]: 'partner', 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(200);
    expect(response.json).toEqual({ data: { agency: { name: 'Sở Nội vụ' } } });
  });

  it('answers an unknown hash with PERSISTED_QUERY_NOT_FOUND, not cacheable, and runs nothing', async () => {
    const response = await post({ extensions: persisted(sha256Hex('{ hello }')) });
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toBe('private, no-cache, must-revalidate');
    expect(response.json.errors.map((error: { extensions: { code: string } }) => error.extensions.code)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    expect(response.json.data).toBeUndefined();
    expect(resolved).toBe(0);
  });

  it('refuses an ad-hoc query from a partner (enforce) with PERSISTED_QUERY_NOT_ALLOWED, before anything runs', async () => {
    const response = await post({ query: AD_HOC }, 'partner');
    expect(response.status).toBe(400);
    expect(response.json).toEqual({
      errors: [
        {
          message: 'This operation is not in the trusted documents, and this client may run trusted documents only.',
          extensions: { code: 'PERSISTED_QUERY_NOT_ALLOWED', requestId: expect.any(String) },
        },
      ],
    });
    expect(resolved).toBe(0);
  });

  it('lets a partner send a listed operation as text, in any layout', async () => {
    const response = await post({ query: 'query   Greeting {\n  hello\n}  # same operation' }, 'partner');
    expect(response.json).toEqual({ data: { hello: 'xin chào' } });
  });

  it('refuses a whole batch when one of its operations is refused', async () => {
    const response = await post([{ extensions: persisted(greeting.id) }, { query: AD_HOC }], 'partner');
    expect(response.status).toBe(400);
    expect(response.json.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_ALLOWED');
    expect(resolved).toBe(0);
  });

  it('logs an unlisted operation of an official (log) with its hash and name, and runs it', async () => {
    const before = unlistedLines().length;
    const response = await post({ query: AD_HOC }, 'official');
    expect(response.json).toEqual({ data: { agency: { code: 'A1' } } });
    const lines = unlistedLines().slice(before);
    expect(lines).toEqual([
      expect.objectContaining({ clientKind: 'official', clientId: 'e-cabinet', operationHash: sha256Hex(AD_HOC), operationName: 'Probe', requestId: expect.any(String) }),
    ]);
    expect(JSON.stringify(lines)).not.toContain('CB0001');
  });

  it('logs an unlisted operation of an anonymous caller (log), and not a listed one', async () => {
    const before = unlistedLines().length;
    await post({ query: '{ hello }' });
    await post({ query: greeting.body });
    expect(unlistedLines().slice(before)).toEqual([expect.objectContaining({ clientKind: 'anonymous', operationHash: sha256Hex('{ hello }') })]);
  });

  it('does not hold introspection to the allow-list, but does hold an operation mixing it with data', async () => {
    const introspection = await post({ query: '{ __schema { queryType { name } } }' }, 'partner');
    expect(introspection.json).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    const mixed = await post({ query: '{ __schema { queryType { name } } hello }' }, 'partner');
    expect(mixed.json.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_ALLOWED');
    expect(resolved).toBe(0);
  });

  it('neither logs nor refuses for a kind whose mode is off', async () => {
    const before = unlistedLines().length;
    const response = await post({ query: AD_HOC }, 'citizen');
    expect(response.json).toEqual({ data: { agency: { code: 'A1' } } });
    expect(unlistedLines().length).toBe(before);
  });

  it('requires the hash sent with a query to be that query\'s; a matching pair runs although Apollo\'s APQ is off', async () => {
    const mismatch = await post({ query: AD_HOC, extensions: persisted(greeting.id) }, 'official');
    expect(mismatch.status).toBe(400);
    expect(mismatch.json.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(resolved).toBe(0);
    const matching = await post({ query: greeting.body, extensions: persisted(greeting.id) }, 'partner');
    expect(matching.json).toEqual({ data: { hello: 'xin chào' } });
  });
});

describe('readTrustedDocuments', () => {
  it('reads the committed manifest, LeaderDashboard included', async () => {
    const committed = await readTrustedDocuments(fileURLToPath(new URL('../../schema/trusted-documents.json', import.meta.url)));
    expect(committed.operations.map((operation) => operation.name)).toContain('LeaderDashboard');
  });

  it('refuses a manifest whose id is not the sha256 of its body', async () => {
    const dir = await createTempDir();
    try {
      const tampered = { ...manifest, operations: [{ ...greeting, body: '{ hello hello }' }] };
      const file = await dir.write('manifest.json', JSON.stringify(tampered));
      await expect(readTrustedDocuments(file)).rejects.toThrow('give operation Greeting an id that is not the sha256 of its body');
      const wrongFormat = await dir.write('other.json', JSON.stringify({ format: 'relay', version: 1, operations: [] }));
      await expect(readTrustedDocuments(wrongFormat)).rejects.toThrow(/not an Apollo persisted-query manifest: format/);
    } finally {
      await dir.cleanup();
    }
  });
});
