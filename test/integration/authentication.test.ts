/**
 * Authentication at the gateway and the gateway-to-subgraph trust, over real HTTP against the
 * identity simulator's provider (ARCHITECTURE.md §4): every kind of bad token is a 401
 * `UNAUTHENTICATED`, public data answers without a token, and no subgraph answers a request that
 * did not come through the gateway.
 */
import { SignJWT, base64url, decodeProtectedHeader, generateKeyPair } from 'jose';
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateInternalSigningKey, signInternalToken } from '../../subgraphs/common/auth/internalToken.js';
import { subgraphRegistry } from '../../subgraphs/registry.js';
import { errorSummary, postGraphQL } from '../support/graphqlClient.js';
import { TEST_CITY_LEADER, testInternalKey } from '../support/internalTokens.js';
import { startStack, type TestStack } from '../support/startStack.js';

const CITY = '000.00.00.H26';
const PUBLIC_QUERY = `{ agency(code: "${CITY}") { code name level parent { code } indexScores(year: 2024) { index value rank cohortSize provenance { system stale } } } }`;
const PRIVATE_QUERY = `{ agency(code: "${CITY}") { code taskSummary(from: "2026-01-01", to: "2026-06-30") { total } } }`;

describe('authentication at the gateway', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  async function withToken(token: string, query = PRIVATE_QUERY) {
    return postGraphQL(stack.gatewayUrl, query, undefined, { authorization: `Bearer ${token}` });
  }

  function expectUnauthenticated(response: Awaited<ReturnType<typeof withToken>>, reason: string) {
    expect(response.status).toBe(401);
    expect(response.body.data ?? null).toBeNull();
    expect(response.body.errors).toHaveLength(1);
    expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason });
    expect(response.text).not.toMatch(/stack|node_modules|\.ts:\d+/);
  }

  it('answers public data without a token: the agency directory and published index scores', async () => {
    const response = await stack.query(PUBLIC_QUERY, undefined, { as: null });
    expect(response.status).toBe(200);
    expect(errorSummary(response)).toEqual([]);
    const agency = response.body.data!['agency'] as { code: string; indexScores: { index: string }[] };
    expect(agency.code).toBe(CITY);
    expect(agency.indexScores.map((score) => score.index)).toContain('SIPAS');
  });

  it('refuses anything else without a token with 401 before any upstream system is asked', async () => {
    await stack.simulator('documents').resetCounters();
    const response = await stack.query(PRIVATE_QUERY, undefined, { as: null });
    expectUnauthenticated(response, 'missing');
    expect(response.body.errors?.[0]?.message).toContain('Agency.taskSummary');
    const counters = await stack.simulator('documents').counters();
    expect(Object.values(counters).reduce((sum, count) => sum + count, 0)).toBe(0);
  });

  it('answers the same query with a valid token', async () => {
    const response = await stack.query(PRIVATE_QUERY);
    expect(response.status).toBe(200);
    expect(errorSummary(response)).toEqual([]);
  });

  describe('every kind of bad token is 401 UNAUTHENTICATED, never data and never a 500', () => {
    it('malformed: not a JWT, an empty bearer, another scheme', async () => {
      expectUnauthenticated(await withToken('not-a-jwt'), 'malformed');
      expectUnauthenticated(await withToken('a.b.c'), 'malformed');
      const basic = await postGraphQL(stack.gatewayUrl, PRIVATE_QUERY, undefined, { authorization: 'Basic dXNlcjpwYXNz' });
      expectUnauthenticated(basic, 'malformed');
      expect(basic.text).not.toContain('dXNlcjpwYXNz');
    });

    it('expired', async () => {
      const token = await stack.identity.identityProvider.issueCustomToken('city-leader', { shiftSeconds: -7200, ttlSeconds: 3600 });
      expectUnauthenticated(await withToken(token), 'expired');
    });

    it('not yet valid', async () => {
      const token = await stack.identity.identityProvider.issueCustomToken('city-leader', { notBeforeInSeconds: 3600 });
      expectUnauthenticated(await withToken(token), 'not_yet_valid');
    });

    it('wrong issuer', async () => {
      const token = await stack.identity.identityProvider.issueCustomToken('city-leader', { issuer: 'https://id.example.org' });
      expectUnauthenticated(await withToken(token), 'wrong_issuer');
    });

    it('wrong audience', async () => {
      const token = await stack.identity.identityProvider.issueCustomToken('city-leader', { audience: 'another-system' });
      expectUnauthenticated(await withToken(token), 'wrong_audience');
    });

    it('alg: none', async () => {
      const valid = await stack.token('city-leader');
      const [, payload] = valid.split('.');
      const header = base64url.encode(JSON.stringify({ alg: 'none', typ: 'JWT', kid: decodeProtectedHeader(valid).kid }));
      expectUnauthenticated(await withToken(`${header}.${payload}.`), 'algorithm_not_allowed');
      expectUnauthenticated(await withToken(`${header}.${payload}`), 'malformed');
    });

    it('HS256 signed with the provider\'s public key', async () => {
      const valid = await stack.token('city-leader');
      const [, payload] = valid.split('.');
      const { keys } = await stack.identity.identityProvider.jwks();
      const kid = decodeProtectedHeader(valid).kid;
      const publicKey = JSON.stringify(keys.find((key) => key.kid === kid));
      const header = base64url.encode(JSON.stringify({ alg: 'HS256', typ: 'JWT', kid }));
      const signature = createHmac('sha256', publicKey).update(`${header}.${payload}`).digest('base64url');
      expectUnauthenticated(await withToken(`${header}.${payload}.${signature}`), 'algorithm_not_allowed');
    });

    it('unknown kid, and a known kid on a key the provider never held', async () => {
      const { privateKey } = await generateKeyPair('ES256');
      const forge = (kid: string) =>
        new SignJWT({ kind: 'official', agency: CITY, roles: ['LEADER'], client_id: 'forger', scope: 'personal-data' })
          .setProtectedHeader({ alg: 'ES256', kid })
          .setIssuer(stack.issuer)
          .setAudience('govgraph')
          .setSubject('CB0000001')
          .setIssuedAt()
          .setExpirationTime('10m')
          .sign(privateKey);
      expectUnauthenticated(await withToken(await forge('forged-key')), 'unknown_key');
      const realKid = decodeProtectedHeader(await stack.token('city-leader')).kid as string;
      expectUnauthenticated(await withToken(await forge(realKid)), 'bad_signature');
    });

    it('tampered signature, and a tampered payload under a valid signature', async () => {
      const valid = await stack.token('department-official');
      const [header, payload, signature] = valid.split('.') as [string, string, string];
      const flipped = signature.slice(0, 10) + (signature[10] === 'A' ? 'B' : 'A') + signature.slice(11);
      expectUnauthenticated(await withToken(`${header}.${payload}.${flipped}`), 'bad_signature');
      const claims = JSON.parse(new TextDecoder().decode(base64url.decode(payload))) as Record<string, unknown>;
      const elevated = base64url.encode(JSON.stringify({ ...claims, agency: CITY, roles: ['LEADER'] }));
      expectUnauthenticated(await withToken(`${header}.${elevated}.${signature}`), 'bad_signature');
    });

    it('a valid signature over claims that describe no principal', async () => {
      const token = await stack.identity.identityProvider.issueCustomToken('city-leader', { claims: { kind: undefined } });
      expectUnauthenticated(await withToken(token), 'invalid_claims');
    });

    it('after all that, the gateway still answers', async () => {
      const response = await stack.query(PRIVATE_QUERY);
      expect(response.status).toBe(200);
    });
  });

  it('follows the provider\'s key rotation by kid: new tokens verify, tokens of the retired key still do', async () => {
    const before = await stack.token('commune-official');
    const oldKid = decodeProtectedHeader(before).kid;
    const newKid = await stack.identity.rotateSigningKey();
    expect(newKid).not.toBe(oldKid);
    const after = (await stack.identity.identityProvider.issueDevToken('commune-official')).accessToken;
    expect(decodeProtectedHeader(after).kid).toBe(newKid);
    for (const token of [after, before]) {
      const response = await withToken(token, PUBLIC_QUERY);
      expect(response.status, `token of key ${decodeProtectedHeader(token).kid}`).toBe(200);
    }
  });

  it('refuses an unregistered purpose with 400', async () => {
    const response = await stack.query(PUBLIC_QUERY, undefined, { headers: { 'x-govgraph-purpose': 'CURIOSITY' } });
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions?.['code']).toBe('BAD_REQUEST');
    expect(response.body.errors?.[0]?.message).toContain('DOSSIER_PROCESSING');
  });
});

describe('no way around the gateway: every subgraph refuses requests without its internal token', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const OPERATIONS = {
    _service: '{ _service { sdl } }',
    _entities: 'query($r: [_Any!]!) { _entities(representations: $r) { __typename } }',
  };
  const variables = { r: [{ __typename: 'Agency', code: CITY }] };

  for (const entry of subgraphRegistry) {
    describe(entry.name, () => {
      const url = () => stack.subgraphUrls[entry.name] as string;
      const sign = async (overrides: { subgraph?: string; now?: number; key?: Awaited<ReturnType<typeof generateInternalSigningKey>> } = {}) => {
        const now = overrides.now ?? Date.now();
        return signInternalToken({
          key: overrides.key ?? (await testInternalKey()),
          subgraph: overrides.subgraph ?? entry.name,
          claims: { principal: TEST_CITY_LEADER, requestId: 'direct' },
          deadline: now + 10_000,
          now,
        });
      };

      for (const [name, query] of Object.entries(OPERATIONS)) {
        it(`${name}: refused without a token, with a forged one, an expired one, or one for another subgraph`, async () => {
          const forger = await generateInternalSigningKey();
          const other = subgraphRegistry.find((candidate) => candidate.name !== entry.name)!.name;
          const attempts: Record<string, Record<string, string>> = {
            'no token': {},
            'not a JWT': { authorization: 'Bearer internal' },
            forged: { authorization: `Bearer ${await sign({ key: forger })}` },
            'forged under the real kid': {
              authorization: `Bearer ${await sign({ key: { ...forger, kid: (await testInternalKey()).kid } })}`,
            },
            expired: { authorization: `Bearer ${await sign({ now: Date.now() - 120_000 })}` },
            'for another subgraph': { authorization: `Bearer ${await sign({ subgraph: other })}` },
            'the client\'s own access token': { authorization: `Bearer ${await stack.token('city-leader')}` },
          };
          for (const [attempt, headers] of Object.entries(attempts)) {
            const response = await postGraphQL(url(), query, variables, headers);
            expect(response.status, attempt).toBe(401);
            expect(response.body.data ?? null, attempt).toBeNull();
            expect(response.body.errors?.[0]?.extensions?.['code'], attempt).toBe('UNAUTHENTICATED');
          }
          const allowed = await postGraphQL(url(), query, variables, { authorization: `Bearer ${await sign()}` });
          expect(allowed.status).toBe(200);
          expect(allowed.body.data).toBeTruthy();
        });
      }
    });
  }
});
