/**
 * `personalDataReads` over the identity schema (no HTTP): auditors only, the id validated, and
 * the answer read from an access log written through the store with the same subject key.
 */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JsonLinesAccessLogStore } from '../../../accessLog/JsonLinesAccessLogStore.js';
import { subjectHash } from '../../../accessLog/subjectHash.js';
import { CITIZEN_A, TEST_SUBJECT_KEY, entry, tempDir } from '../../../accessLog/test/accessLogFixtures.js';
import type { Principal } from '../../common/auth/Principal.js';
import { ANONYMOUS } from '../../common/auth/Principal.js';
import { createIdentitySchema } from '../createIdentitySchema.js';
import type { IdentityContext } from '../IdentityContext.js';

const AUDITOR: Principal = {
  kind: 'official',
  subject: 'CB-AUDIT-1',
  clientId: 'ecabinet-web',
  scopes: ['audit-log'],
  agency: 'H01.20',
  roles: ['AUDITOR'],
  identityLevel: 2,
};

const QUERY = `query Reads($id: String!, $first: Int) {
  personalDataReads(personalId: $id, first: $first) { seq at requestId reader { kind subject agency } clientId purpose operationName outcome coordinates }
}`;

describe('personalDataReads', () => {
  let temp: Awaited<ReturnType<typeof tempDir>>;
  let server: ApolloServer<IdentityContext>;
  let store: JsonLinesAccessLogStore;

  beforeAll(async () => {
    temp = await tempDir();
    const file = temp.file('access-log.jsonl');
    const writer = await JsonLinesAccessLogStore.open({ file });
    for (let n = 1; n <= 4; n++) await writer.append(entry(n));
    await writer.close();
    store = await JsonLinesAccessLogStore.open({ file, readOnly: true });
    server = new ApolloServer<IdentityContext>({ schema: await createIdentitySchema(), plugins: [ApolloServerPluginInlineTraceDisabled()] });
    await server.start();
  });
  afterAll(async () => {
    await server.stop();
    await store.close();
    await temp.cleanup();
  });

  /** Runs the query as `principal`; `undefined` is today's RequestInfo, which has no principal yet. */
  async function ask(principal: Principal | undefined, variables: Record<string, unknown>) {
    const contextValue = {
      request: { requestId: 'req-audit', deadline: Date.now() + 10_000, ...(principal ? { principal } : {}) },
      accessLog: { store: async () => store, subjectKey: TEST_SUBJECT_KEY },
    } as unknown as IdentityContext;
    const response = await server.executeOperation({ query: QUERY, variables }, { contextValue });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    const { data, errors } = response.body.singleResult;
    return { data, codes: errors?.map((error) => error.extensions?.['code']) };
  }

  it('answers an auditor with who read the citizen\'s data, newest first', async () => {
    const { data, codes } = await ask(AUDITOR, { id: CITIZEN_A, first: 5 });
    expect(codes).toBeUndefined();
    expect(data).toEqual({
      personalDataReads: [4, 2].map((n) => ({
        seq: n,
        at: `2026-11-20T10:00:0${n}+07:00`,
        requestId: `req-${n}`,
        reader: { kind: 'official', subject: 'CB-0001', agency: 'H01.01' },
        clientId: 'ecabinet-web',
        purpose: 'DOSSIER_PROCESSING',
        operationName: `Op${n}`,
        outcome: 'ok',
        coordinates: ['Citizen.name'],
      })),
    });
  });

  it('refuses the anonymous and callers without a principal (UNAUTHENTICATED), and non-auditors (FORBIDDEN)', async () => {
    expect(await ask(undefined, { id: CITIZEN_A })).toEqual({ data: null, codes: ['UNAUTHENTICATED'] });
    expect(await ask(ANONYMOUS, { id: CITIZEN_A })).toEqual({ data: null, codes: ['UNAUTHENTICATED'] });
    expect(await ask({ ...AUDITOR, scopes: [] }, { id: CITIZEN_A })).toEqual({ data: null, codes: ['FORBIDDEN'] });
    expect(await ask({ ...AUDITOR, roles: ['LEADER'] }, { id: CITIZEN_A })).toEqual({ data: null, codes: ['FORBIDDEN'] });
    const citizen: Principal = { kind: 'citizen', subject: CITIZEN_A, clientId: 'vneid-app', scopes: ['audit-log'], roles: [], identityLevel: 2 };
    expect(await ask(citizen, { id: CITIZEN_A })).toEqual({ data: null, codes: ['FORBIDDEN'] });
  });

  it('refuses a personal id that is not 12 digits, and a page size out of range, as BAD_USER_INPUT', async () => {
    for (const id of ['12345', '0010900000011', '00109000000a', '']) {
      expect(await ask(AUDITOR, { id })).toEqual({ data: null, codes: ['BAD_USER_INPUT'] });
    }
    expect(await ask(AUDITOR, { id: CITIZEN_A, first: 0 })).toEqual({ data: null, codes: ['BAD_USER_INPUT'] });
    expect(await ask(AUDITOR, { id: CITIZEN_A, first: 201 })).toEqual({ data: null, codes: ['BAD_USER_INPUT'] });
  });

  it('finds nothing for a citizen nobody read', async () => {
    expect(await ask(AUDITOR, { id: '012345678901' })).toEqual({ data: { personalDataReads: [] }, codes: undefined });
    expect(subjectHash(TEST_SUBJECT_KEY, '012345678901')).not.toBe(subjectHash(TEST_SUBJECT_KEY, CITIZEN_A));
  });
});
