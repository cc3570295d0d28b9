/**
 * The gateway's security paths end to end over HTTP: rate limits (memory and Redis), the partner
 * contract with trusted documents, and the access log the stack writes, verified as a chain.
 */
import { createHash, randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AccessLogRecord } from '../../accessLog/AccessLogRecord.js';
import { verifyAccessLog } from '../../accessLog/verifyAccessLog.js';
import { shouldRunRedisTests, uniqueKeyPrefix } from '../../gateway/test/redisForTests.js';
import { postGraphQL } from '../support/graphqlClient.js';
import { startStack, type TestStack } from '../support/startStack.js';

const CITY = '000.00.00.H26';
const DIRECTORY = `{ agency(code: "${CITY}") { code name } }`;

async function readRecords(file: string): Promise<AccessLogRecord[]> {
  const text = await readFile(file, 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as AccessLogRecord);
}

describe('rate limits through the gateway', () => {
  async function exhaust(stack: TestStack) {
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await stack.query(DIRECTORY, undefined, { as: 'department-official' }));
    return answers;
  }

  function expectLimited(answers: Awaited<ReturnType<typeof exhaust>>) {
    expect(answers.slice(0, 3).map((answer) => answer.status)).toEqual([200, 200, 200]);
    const refused = answers[3]!;
    expect(refused.status).toBe(429);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(refused.body.errors?.[0]?.extensions?.['retryAfterSeconds']).toBeGreaterThan(0);
  }

  describe('in memory', () => {
    let stack: TestStack;
    beforeAll(async () => {
      stack = await startStack({ gatewayEnv: { GATEWAY_RATE_LIMIT_CAPACITY: '3', GATEWAY_RATE_LIMIT_REFILL_PER_SECOND: '0.01' } });
    });
    afterAll(async () => {
      await stack?.stop();
    });

    it('gives each client its own bucket and refuses the 4th operation with 429 RATE_LIMITED and a retry hint', async () => {
      expectLimited(await exhaust(stack));
      // Another client still has its whole budget.
      expect((await stack.query(DIRECTORY, undefined, { as: 'commune-official' })).status).toBe(200);
    });
  });

  describe('in Redis, shared by two gateway replicas', async () => {
    const run = await shouldRunRedisTests('rate limits through the gateway in Redis');
    let first: TestStack;
    let second: TestStack;
    beforeAll(async () => {
      if (!run) return;
      const env = {
        GATEWAY_RATE_LIMIT_CAPACITY: '3',
        GATEWAY_RATE_LIMIT_REFILL_PER_SECOND: '0.01',
        GATEWAY_RATE_LIMIT_REDIS_URL: 'redis://127.0.0.1:6379',
        // One secret on both replicas: the same client has the same key in Redis.
        GATEWAY_RATE_LIMIT_HASH_SECRET: `${uniqueKeyPrefix('secret')}-0123456789abcdef0123456789`,
      };
      first = await startStack({ gatewayEnv: env });
      second = await startStack({ gatewayEnv: env });
    });
    afterAll(async () => {
      await first?.stop();
      await second?.stop();
    });

    it.skipIf(!run)('counts one budget across both replicas', async () => {
      // One official, a subject no earlier run used (buckets outlive a run in Redis), sending to
      // both replicas with a token from each replica's own provider.
      const subject = `CB-${randomUUID()}`;
      const tokens = await Promise.all([first, second].map((stack) => stack.identity.identityProvider.issueCustomToken('department-official', { subject })));
      const send = (stack: TestStack, token: string) => postGraphQL(stack.gatewayUrl, DIRECTORY, undefined, { authorization: `Bearer ${token}` });
      const answers = [
        await send(first, tokens[0]!),
        await send(second, tokens[1]!),
        await send(first, tokens[0]!),
        await send(second, tokens[1]!),
      ];
      expectLimited(answers);
    });
  });
});

describe('the partner contract, trusted documents and the access log through the gateway', () => {
  let stack: TestStack;
  let manifest: { operations: { id: string; name: string; body: string }[] };

  beforeAll(async () => {
    stack = await startStack();
    manifest = JSON.parse(await readFile(new URL('../../schema/trusted-documents.json', import.meta.url), 'utf8')) as typeof manifest;
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const byName = (name: string) => {
    const operation = manifest.operations.find((candidate) => candidate.name === name);
    if (!operation) throw new Error(`no ${name} in the manifest`);
    return operation;
  };

  async function asPartner(body: Record<string, unknown>) {
    const token = await stack.token('partner');
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as { data?: Record<string, unknown>; errors?: { extensions?: Record<string, unknown> }[] } };
  }

  it('runs a trusted partner operation sent by its hash alone', async () => {
    const operation = byName('PartnerIndexScores');
    expect(createHash('sha256').update(operation.body).digest('hex')).toBe(operation.id);
    const answer = await asPartner({
      variables: { agency: CITY, year: 2024 },
      extensions: { persistedQuery: { version: 1, sha256Hash: operation.id } },
    });
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    const scores = (answer.body.data?.['agency'] as { indexScores: { index: string; rank: number; cohortSize: number }[] }).indexScores;
    expect(scores.find((score) => score.index === 'SIPAS')).toMatchObject({ rank: 11, cohortSize: 63 });
  });

  it('refuses an ad-hoc partner operation, even one inside the contract: PERSISTED_QUERY_NOT_ALLOWED', async () => {
    const answer = await asPartner({ query: DIRECTORY });
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions?.['code']).toBe('PERSISTED_QUERY_NOT_ALLOWED');
  });

  it('refuses a trusted operation outside the contract for a partner (LeaderDashboard)', async () => {
    const answer = await asPartner({
      variables: { agency: CITY, from: '2026-01-01', to: '2026-06-30', year: 2024 },
      extensions: { persistedQuery: { version: 1, sha256Hash: byName('LeaderDashboard').id } },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(answer.body.data ?? null).toBeNull();
  });

  it('shows a partner only the contract in introspection', async () => {
    const answer = await asPartner({ query: '{ __schema { types { name } queryType { fields { name } } } }' });
    expect(answer.status).toBe(200);
    const schema = answer.body.data?.['__schema'] as { types: { name: string }[]; queryType: { fields: { name: string }[] } };
    const names = schema.types.map((type) => type.name);
    expect(names).toContain('IndexScore');
    for (const hidden of ['Citizen', 'Task', 'Dossier', 'Feedback', 'Official', 'Document']) expect(names).not.toContain(hidden);
    expect(schema.queryType.fields.map((field) => field.name).sort()).toEqual(['agency', 'sharedIndicators']);
  });

  it('writes one chained record per operation, refused ones included, with no token in it', async () => {
    const before = (await readRecords(stack.accessLogFile)).length;
    const token = await stack.token('department-official');
    await stack.query(DIRECTORY, undefined, { as: 'department-official' });
    await postGraphQL(stack.gatewayUrl, DIRECTORY, undefined, { authorization: 'Bearer forged.token.value' });
    await stack.query(`{ agency(code: "${CITY}") { taskSummary(from: "2026-01-01", to: "2026-06-30") { total } } }`, undefined, { as: null });
    // Records are appended as answers go out: wait until all three are there.
    const records = await vi.waitUntil(
      async () => {
        const read = await readRecords(stack.accessLogFile);
        return read.length >= before + 3 && read;
      },
      { timeout: 1_000, interval: 20 },
    );
    const added = records.slice(before);
    expect(added.map((record) => record.outcome)).toEqual(['ok', 'denied', 'denied']);
    expect(added[0]).toMatchObject({ principal: { kind: 'official', agency: '000.00.05.H26' } });
    expect(added[1]?.errorCodes).toEqual(['UNAUTHENTICATED']);
    const text = await readFile(stack.accessLogFile, 'utf8');
    expect(text).not.toContain(token.split('.')[2]);
    expect(text).not.toContain('forged.token.value');

    const anchor = JSON.parse(await readFile(`${stack.accessLogFile}.head`, 'utf8')) as Parameters<typeof verifyAccessLog>[1];
    expect(verifyAccessLog(records, anchor)).toMatchObject({ ok: true, count: records.length });
    // Edit one record's outcome in a copy: the chain no longer holds.
    const edited = records.map((record, index) => (index === before ? { ...record, outcome: 'denied' as const } : record));
    expect(verifyAccessLog(edited, anchor)).toMatchObject({ ok: false, seq: records[before]!.seq });
  });

  it('answers an auditor through the graph with who read a citizen\'s data, for what purpose and which fields', async () => {
    const citizen = '001302678901';
    const read = await stack.query(`{ citizen(personalId: "${citizen}") { personalId fullName } }`, undefined, {
      as: 'city-leader',
      headers: { 'x-govgraph-purpose': 'INSPECTION' },
    });
    expect(read.body.errors).toBeUndefined();
    expect((read.body.data?.['citizen'] as { personalId: string }).personalId).toBe(citizen);
    const leader = (await stack.identity.identityProvider.issueDevToken('city-leader')).claims.sub;

    type Reads = { personalDataReads: { reader: { kind: string; subject: string; agency: string | null }; purpose: string | null; operationName: string | null; coordinates: string[] }[] };
    const query = `{ personalDataReads(personalId: "${citizen}") { reader { kind subject agency } purpose operationName coordinates } }`;
    const answer = await vi.waitUntil(
      async () => {
        const asked = await stack.query<Reads>(query, undefined, { as: 'auditor' });
        return (asked.body.data?.personalDataReads.length ?? 0) > 0 && asked;
      },
      { timeout: 1_000, interval: 20 },
    );
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data?.personalDataReads[0]).toMatchObject({
      reader: { kind: 'official', subject: leader, agency: CITY },
      purpose: 'INSPECTION',
      coordinates: expect.arrayContaining(['Citizen.personalId', 'Citizen.fullName']),
    });
    // The citizen's id is in the log only as a keyed hash.
    expect(await readFile(stack.accessLogFile, 'utf8')).not.toContain(citizen);
    // Nobody but an auditor may ask.
    const leaderAsks = await stack.query(query, undefined, { as: 'city-leader' });
    expect(leaderAsks.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });
});
