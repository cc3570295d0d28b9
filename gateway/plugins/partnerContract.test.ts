import type { RequestHandler } from 'express';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { captureLogger, httpRequest, type HttpAnswer } from '../test/fakeSubgraphs.js';
import { TEST_PRINCIPAL_HEADER, startMiddlewareApp, type MiddlewareApp } from '../test/startMiddlewareApp.js';
import { createOperationLimits } from './operationLimits.js';
import { isBoundToPartnerContract, partnerContractMiddleware, readPartnerContract } from './partnerContract.js';
import { readTrustedDocuments, trustedDocumentsMiddleware } from './trustedDocuments.js';

const schemaFile = (name: string) => fileURLToPath(new URL(`../../schema/${name}`, import.meta.url));
const contractSchema = await readPartnerContract(schemaFile('contracts/partner.graphql'));
const manifest = await readTrustedDocuments(schemaFile('trusted-documents.json'));
const idOf = (name: string) => manifest.operations.find((operation) => operation.name === name)!.id;

/** Types of the supergraph that must never show through a partner's introspection. */
const NOT_IN_CONTRACT = ['Citizen', 'Official', 'Task', 'Document', 'Dossier', 'Feedback', 'ReportForm', 'TaskSummary', 'OfficialConnection'];

describe('partnerContractMiddleware, behind the trusted documents with the default modes', () => {
  let app: MiddlewareApp;
  /** What got past the middleware: what Apollo would have been given. */
  let passed: unknown[] = [];

  beforeAll(async () => {
    const apolloStandIn: RequestHandler = (req, res) => {
      passed.push(req.method === 'GET' ? Object.fromEntries(new URL(req.url, 'http://x').searchParams) : req.body);
      res.json({ data: { passed: true } });
    };
    app = await startMiddlewareApp(
      [
        trustedDocumentsMiddleware({
          manifest,
          modes: { anonymous: 'log', official: 'log', citizen: 'log', partner: 'enforce' },
          logger: captureLogger().logger,
        }),
        partnerContractMiddleware({ contractSchema }),
      ],
      apolloStandIn,
    );
  });
  afterAll(async () => {
    await app?.close();
  });
  beforeEach(() => {
    passed = [];
  });

  const post = (body: unknown, kind?: string): Promise<HttpAnswer> =>
    httpRequest(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(kind ? { [TEST_PRINCIPAL_HEADER]: kind } : {}) },
      body: JSON.stringify(body),
    });
  const persisted = (name: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: idOf(name) } } });

  it.each(['PartnerSharedIndicators', 'PartnerIndicatorValues', 'PartnerIndexScores'])('passes the partner operation %s, sent by hash', async (name) => {
    const response = await post(persisted(name), 'partner');
    expect(response.json).toEqual({ data: { passed: true } });
    expect(passed).toEqual([{ query: manifest.operations.find((operation) => operation.name === name)!.body }]);
  });

  it('refuses a listed operation outside the contract (LeaderDashboard, by hash) with GRAPHQL_VALIDATION_FAILED', async () => {
    const response = await post(persisted('LeaderDashboard'), 'partner');
    expect(response.status).toBe(400);
    const codes = new Set(response.json.errors.map((error: { extensions: { code: string } }) => error.extensions.code));
    expect([...codes]).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(response.json.errors.map((error: { message: string }) => error.message)).toContain('Cannot query field "taskSummary" on type "Agency".');
    expect(passed).toEqual([]);
  });

  it('refuses an ad-hoc partner query (enforce) before the contract is even consulted', async () => {
    for (const query of ['{ sharedIndicators { code } }', '{ agency(code: "000.00.00.H26") { tasks { totalCount } } }']) {
      const response = await post({ query }, 'partner');
      expect(response.status).toBe(400);
      expect(response.json.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_ALLOWED');
    }
    expect(passed).toEqual([]);
  });

  it('answers a partner\'s introspection from the contract: no type outside it, the contract\'s root fields', async () => {
    const response = await post({ query: '{ __schema { queryType { fields { name } } types { name } } }' }, 'partner');
    expect(response.status).toBe(200);
    const types: string[] = response.json.data.__schema.types.map((type: { name: string }) => type.name);
    expect(types).toEqual(expect.arrayContaining(['Agency', 'Indicator', 'IndicatorValue', 'IndexScore', 'Provenance']));
    for (const name of NOT_IN_CONTRACT) expect(types).not.toContain(name);
    expect(response.json.data.__schema.queryType.fields.map((field: { name: string }) => field.name)).toEqual(['agency', 'sharedIndicators']);
    expect(passed).toEqual([]);
  });

  it('answers __type of a type outside the contract with null, by GET too', async () => {
    const search = new URLSearchParams({ query: '{ official: __type(name: "Official") { name } agency: __type(name: "Agency") { fields { name } } }' });
    const response = await httpRequest(`${app.url}?${search}`, { headers: { [TEST_PRINCIPAL_HEADER]: 'partner' } });
    expect(response.json.data.official).toBeNull();
    expect(response.json.data.agency.fields.map((field: { name: string }) => field.name)).toEqual([
      'code',
      'name',
      'shortName',
      'level',
      'indicatorValues',
      'indexScores',
    ]);
  });

  it('refuses a partner operation mixing introspection with data with BAD_REQUEST', async () => {
    const body = { query: 'query PartnerSharedIndicators { __schema { types { name } } sharedIndicators { code } }' };
    // Not in the manifest as such, and mixed: the trusted documents refuse it first, before any answer.
    expect((await post(body, 'partner')).json.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_ALLOWED');
    expect(passed).toEqual([]);
  });

  it('passes the requests of every other caller untouched, even outside the contract', async () => {
    for (const kind of [undefined, 'official', 'citizen']) {
      passed = [];
      const response = await post({ query: '{ agency(code: "000.00.00.H26") { tasks { totalCount } } }' }, kind);
      expect(response.json).toEqual({ data: { passed: true } });
      expect(passed).toEqual([{ query: '{ agency(code: "000.00.00.H26") { tasks { totalCount } } }' }]);
    }
  });
});

describe('partnerContractMiddleware alone (the partner\'s trusted documents in log or off mode)', () => {
  let app: MiddlewareApp;
  let passed = 0;

  beforeAll(async () => {
    app = await startMiddlewareApp([partnerContractMiddleware({ contractSchema })], (_req, res) => {
      passed++;
      res.json({ data: { passed: true } });
    });
  });
  afterAll(async () => {
    await app?.close();
  });
  beforeEach(() => {
    passed = 0;
  });

  const post = (body: unknown, kind = 'partner'): Promise<HttpAnswer> =>
    httpRequest(app.url, { method: 'POST', headers: { 'content-type': 'application/json', [TEST_PRINCIPAL_HEADER]: kind }, body: JSON.stringify(body) });

  it('refuses a field outside the contract as it refuses one that exists nowhere: 400, GRAPHQL_VALIDATION_FAILED, no suggestion', async () => {
    const tasks = await post({ query: '{ agency(code: "000.00.00.H26") { tasks { totalCount } } }' });
    const nowhere = await post({ query: '{ agency(code: "000.00.00.H26") { zzzzz { totalCount } } }' });
    expect(tasks.status).toBe(400);
    expect(tasks.json).toEqual({
      errors: [
        {
          message: 'Cannot query field "tasks" on type "Agency".',
          locations: [{ line: 1, column: 35 }],
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED', requestId: expect.any(String) },
        },
      ],
    });
    expect(JSON.stringify(nowhere.json).replace('zzzzz', 'tasks').replace(/"requestId":"[^"]+"/, '')).toBe(
      JSON.stringify(tasks.json).replace(/"requestId":"[^"]+"/, ''),
    );
    expect(passed).toBe(0);
  });

  it('gives no suggestion even where graphql would suggest a contract field', async () => {
    const response = await post({ query: '{ agency(code: "000.00.00.H26") { nam } }' });
    expect(response.json.errors.map((error: { message: string }) => error.message)).toEqual(['Cannot query field "nam" on type "Agency".']);
  });

  it('refuses a fragment on a type outside the contract, and a syntax error with its own code', async () => {
    const fragment = await post({ query: '{ agency(code: "x") { ... on Official { id } } }' });
    expect(fragment.json.errors.map((error: { message: string }) => error.message)).toEqual(['Unknown type "Official".']);
    const syntax = await post({ query: '{ agency(code: "x") { code }' });
    expect(syntax.status).toBe(400);
    expect(syntax.json.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(passed).toBe(0);
  });

  it('refuses a mix of introspection and data with BAD_REQUEST, and a partner request without a query', async () => {
    const mixed = await post({ query: '{ __schema { types { name } } sharedIndicators { code } }' });
    expect(mixed.status).toBe(400);
    expect(mixed.json.errors).toEqual([
      {
        message: 'A partner operation may not mix introspection (__schema, __type) with data fields; send them as separate requests.',
        extensions: { code: 'BAD_REQUEST', requestId: expect.any(String) },
      },
    ]);
    const hashOnly = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } });
    expect(hashOnly.json.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(passed).toBe(0);
  });

  it('checks every operation of a batch, and refuses introspection in a batch', async () => {
    const batch = await post([{ query: '{ sharedIndicators { code } }' }, { query: '{ official(id: "1") { id } }' }]);
    expect(batch.status).toBe(400);
    expect(batch.json.errors.map((error: { message: string }) => error.message)).toEqual(['Cannot query field "official" on type "Query".']);
    const introspection = await post([{ query: '{ sharedIndicators { code } }' }, { query: '{ __schema { types { name } } }' }]);
    expect(introspection.json.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(passed).toBe(0);
    expect((await post([{ query: '{ sharedIndicators { code } }' }, { query: '{ agency(code: "x") { name } }' }])).json).toEqual({ data: { passed: true } });
    expect(passed).toBe(1);
  });

  it('refuses partner introspection when introspection is off', async () => {
    const closed = await startMiddlewareApp([partnerContractMiddleware({ contractSchema, introspection: false })], (_req, res) => {
      res.json({ data: { passed: true } });
    });
    try {
      const response = await httpRequest(closed.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TEST_PRINCIPAL_HEADER]: 'partner' },
        body: JSON.stringify({ query: '{ __schema { types { name } } }' }),
      });
      expect(response.status).toBe(400);
      expect(response.json.errors[0]).toMatchObject({ message: 'Introspection is turned off on this gateway.', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    } finally {
      await closed.close();
    }
  });
});

describe('partnerContractMiddleware with the gateway\'s operation limits', () => {
  it('applies them to the introspection it answers itself, with their own code', async () => {
    const limits = createOperationLimits({ maxDepth: 10, maxAliases: 1, maxCost: 10_000, maxDirectives: 20, hideSuggestions: true });
    const app = await startMiddlewareApp([partnerContractMiddleware({ contractSchema, validationRules: limits.validationRules })], (_req, res) => {
      res.json({ data: { passed: true } });
    });
    try {
      const response = await httpRequest(app.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TEST_PRINCIPAL_HEADER]: 'partner' },
        body: JSON.stringify({ query: '{ a: __type(name: "Agency") { name } b: __type(name: "Indicator") { name } }' }),
      });
      expect(response.status).toBe(400);
      expect(response.json.errors).toEqual([
        expect.objectContaining({ message: 'The operation exceeds the alias limit of 1.', extensions: expect.objectContaining({ code: 'OPERATION_LIMIT_EXCEEDED' }) }),
      ]);
    } finally {
      await app.close();
    }
  });
});

describe('isBoundToPartnerContract', () => {
  it('binds a caller whose token names the contract, and every partner system', () => {
    const base = { subject: 's', clientId: 'c', scopes: [], roles: [] };
    expect(isBoundToPartnerContract({ ...base, kind: 'partner', contract: 'partner' })).toBe(true);
    expect(isBoundToPartnerContract({ ...base, kind: 'partner' })).toBe(true);
    expect(isBoundToPartnerContract({ ...base, kind: 'official', contract: 'partner' })).toBe(true);
    expect(isBoundToPartnerContract({ ...base, kind: 'official' })).toBe(false);
    expect(isBoundToPartnerContract(undefined)).toBe(false);
  });
});
