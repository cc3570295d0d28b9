import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify, type JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIdentitySimulator, type IdentitySimulator } from './createIdentitySimulator.js';
import { DEV_PRINCIPAL_NAMES, type DevPrincipalName } from './devPrincipals.js';
import { printToken } from './printToken.js';

const NO_LATENCY = { medianMs: 0, p99Ms: 0 };
const SECRET = 'test-partner-secret';

interface TokenAnswer {
  access_token: string;
  token_type: string;
  expires_in: number;
  scope: string;
  error?: string;
  principals?: string[];
}

describe('identity provider', () => {
  let simulator: IdentitySimulator;
  let base: string;
  let jwks: ReturnType<typeof createRemoteJWKSet>;

  const post = async (path: string, body: string, headers: Record<string, string>): Promise<{ status: number; type: string; body: TokenAnswer }> => {
    const response = await fetch(`${base}${path}`, { method: 'POST', headers, body });
    return { status: response.status, type: response.headers.get('content-type') ?? '', body: (await response.json()) as TokenAnswer };
  };
  const login = async (principal: string): Promise<{ status: number; body: TokenAnswer }> =>
    post('/dev/login', JSON.stringify({ principal }), { 'content-type': 'application/json' });
  const verify = async (token: string): Promise<JWTPayload> =>
    (await jwtVerify(token, jwks, { issuer: base, audience: 'govgraph', algorithms: ['ES256'], typ: 'at+jwt' })).payload;
  const kids = async (): Promise<string[]> =>
    ((await (await fetch(`${base}/.well-known/jwks.json`)).json()) as { keys: { kid: string }[] }).keys.map((key) => key.kid);
  // A fresh remote key set each time, so a rotation is seen without waiting for its cooldown.
  const freshVerify = async (token: string): Promise<JWTPayload> =>
    (await jwtVerify(token, createRemoteJWKSet(new URL(`${base}/.well-known/jwks.json`)), { issuer: base, audience: 'govgraph' })).payload;

  beforeAll(async () => {
    simulator = createIdentitySimulator({ seed: 1, scale: 0.05, latency: NO_LATENCY, partnerClientSecret: SECRET });
    base = await simulator.listen(0);
    jwks = createRemoteJWKSet(new URL(`${base}/.well-known/jwks.json`));
  });
  afterAll(async () => {
    await simulator.close();
  });

  it('publishes an OIDC-style discovery document as plain JSON', async () => {
    const response = await fetch(`${base}/.well-known/openid-configuration`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toMatchObject({
      issuer: base,
      jwks_uri: `${base}/.well-known/jwks.json`,
      token_endpoint: `${base}/oauth2/token`,
      grant_types_supported: ['client_credentials'],
      token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
      id_token_signing_alg_values_supported: ['ES256'],
      access_token_signing_alg_values_supported: ['ES256'],
      dev_login_endpoint: `${base}/dev/login`,
    });
  });

  it('publishes a JWKS of public EC keys with kids, and no private part', async () => {
    const response = await fetch(`${base}/.well-known/jwks.json`);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const { keys } = (await response.json()) as { keys: Record<string, string>[] };
    expect(keys.length).toBeGreaterThanOrEqual(1);
    for (const key of keys) {
      expect(key).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
      expect(key.kid).toMatch(/^[\w-]{43}$/);
      expect(key).not.toHaveProperty('d');
    }
  });

  const expected: Record<DevPrincipalName, Record<string, unknown>> = {
    'city-leader': { kind: 'official', agency: '000.00.00.H26', roles: ['LEADER'], scope: 'personal-data', identity_level: 2, client_id: 'govgraph-dev-login' },
    'department-official': { kind: 'official', agency: '000.00.05.H26', roles: ['OFFICIAL'], scope: '', identity_level: 2 },
    'commune-official': { kind: 'official', agency: '001.00.00.H26', roles: ['OFFICIAL'], scope: '', identity_level: 2 },
    auditor: { kind: 'official', agency: '000.00.15.H26', roles: ['OFFICIAL', 'AUDITOR'], scope: 'personal-data audit-log', identity_level: 2 },
    partner: { kind: 'partner', sub: 'gov-reporting-system', client_id: 'gov-reporting-system', contract: 'partner', scope: 'shared-indicators published-indices' },
    'citizen-level-1': { kind: 'citizen', sub: '001085012345', identity_level: 1, scope: '' },
    'citizen-level-2': { kind: 'citizen', sub: '001302678901', identity_level: 2, scope: '' },
  };

  it.each(DEV_PRINCIPAL_NAMES)('issues a verifiable token with the expected claims for %s', async (principal) => {
    const { status, body } = await login(principal);
    expect(status).toBe(200);
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 3600 });
    const claims = await verify(body.access_token);
    expect(claims).toMatchObject({ iss: base, aud: 'govgraph', ...expected[principal] });
    expect(claims.exp).toBe((claims.iat as number) + 3600);
    expect(claims.nbf).toBe(claims.iat);
    expect(claims.jti).toMatch(/^[0-9a-f-]{36}$/);
    if (claims.kind === 'official') expect(claims.sub).toMatch(/^CB\d{7}$/);
    if (claims.kind === 'citizen') expect(claims.sub).toMatch(/^001[0-3]\d{8}$/);
    if (claims.kind !== 'citizen' && claims.kind !== 'official') expect(claims).not.toHaveProperty('identity_level');
  });

  it('makes officials real accounts of the directory, with their roles', async () => {
    const { body } = await login('city-leader');
    const claims = await verify(body.access_token);
    const directory = (await (await fetch(`${base}/api/v1/canbo/ds?ids=${String(claims.sub)}`)).json()) as { Data: Record<string, string>[] };
    expect(directory.Data).toHaveLength(1);
    expect(directory.Data[0]).toMatchObject({ IDCanBo: claims.sub, MaDonVi: '000.00.00.H26', VaiTro: 'LD' });
    // Some records are stored in NFD (LEGACY-CONVENTIONS.md): compare the composed form.
    expect(directory.Data[0]?.HoVaTen?.normalize('NFC')).toBe(claims.name);
  });

  it('accepts the principal as a form too, and refuses an unknown principal with the known ones', async () => {
    const form = await post('/dev/login', 'principal=auditor', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(200);
    const unknown = await login('mayor');
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({ error: 'unknown_principal', principals: DEV_PRINCIPAL_NAMES });
    expect((await post('/dev/login', '{', { 'content-type': 'application/json' })).status).toBe(400);
    expect((await post('/dev/login', '', { 'content-type': 'application/json' })).status).toBe(400);
  });

  describe('client credentials', () => {
    const form = 'application/x-www-form-urlencoded';
    const basic = (id: string, secret: string): string => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;

    it('issues a partner token for credentials in HTTP Basic', async () => {
      const answer = await post('/oauth2/token', 'grant_type=client_credentials', { 'content-type': form, authorization: basic('gov-reporting-system', SECRET) });
      expect(answer.status).toBe(200);
      expect(answer.type).toMatch(/^application\/json/);
      expect(answer.body).toMatchObject({ token_type: 'Bearer', expires_in: 3600, scope: 'shared-indicators published-indices' });
      expect(await verify(answer.body.access_token)).toMatchObject({
        sub: 'gov-reporting-system', client_id: 'gov-reporting-system', kind: 'partner', contract: 'partner',
      });
    });

    it('issues a partner token for credentials in the form body', async () => {
      const answer = await post('/oauth2/token', `grant_type=client_credentials&client_id=gov-reporting-system&client_secret=${SECRET}`, { 'content-type': form });
      expect(answer.status).toBe(200);
      expect((await verify(answer.body.access_token)).kind).toBe('partner');
    });

    it('refuses a wrong secret or an unknown client with 401 invalid_client', async () => {
      for (const authorization of [basic('gov-reporting-system', 'wrong'), basic('someone', SECRET)]) {
        const answer = await post('/oauth2/token', 'grant_type=client_credentials', { 'content-type': form, authorization });
        expect(answer).toMatchObject({ status: 401, body: { error: 'invalid_client' } });
      }
      const missing = await post('/oauth2/token', 'grant_type=client_credentials', { 'content-type': form });
      expect(missing).toMatchObject({ status: 401, body: { error: 'invalid_client' } });
    });

    it('refuses another grant type with 400 unsupported_grant_type, a missing one with invalid_request', async () => {
      const password = await post('/oauth2/token', 'grant_type=password&username=a&password=b', { 'content-type': form, authorization: basic('gov-reporting-system', SECRET) });
      expect(password).toMatchObject({ status: 400, body: { error: 'unsupported_grant_type' } });
      const none = await post('/oauth2/token', '', { 'content-type': form });
      expect(none).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
    });
  });

  it('rotates keys: old tokens still verify, new ones carry the new kid, the JWKS lists both', async () => {
    const before = (await login('department-official')).body.access_token;
    const oldKid = decodeProtectedHeader(before).kid as string;
    expect(await kids()).toEqual([oldKid]);

    const newKid = await simulator.rotateSigningKey();
    expect(newKid).not.toBe(oldKid);
    expect(await kids()).toEqual([newKid, oldKid]);
    const after = (await login('department-official')).body.access_token;
    expect(decodeProtectedHeader(after).kid).toBe(newKid);
    expect((await freshVerify(before)).sub).toBe((await freshVerify(after)).sub);

    const rotated = await post('/dev/keys/rotate', '', {});
    expect(rotated.status).toBe(200);
    const third = (rotated.body as unknown as { kid: string; keys: string[] });
    expect(third.keys).toEqual([third.kid, newKid, oldKid]);
    await expect(freshVerify(before)).resolves.toMatchObject({ kind: 'official' });
  });
});

describe('identity provider options', () => {
  it('uses the configured issuer, audience and lifetime, and can leave out the dev endpoints', async () => {
    const simulator = createIdentitySimulator({
      scale: 0.01, latency: NO_LATENCY, issuer: 'https://login.hanoi.example', audience: 'govgraph-test', tokenTtlSeconds: 300, devEndpoints: false,
    });
    const base = await simulator.listen(0);
    try {
      const discovery = (await (await fetch(`${base}/.well-known/openid-configuration`)).json()) as Record<string, unknown>;
      expect(discovery).toMatchObject({ issuer: 'https://login.hanoi.example', jwks_uri: `${base}/.well-known/jwks.json` });
      expect(discovery).not.toHaveProperty('dev_login_endpoint');
      expect((await fetch(`${base}/dev/login`, { method: 'POST', body: '{}' })).status).toBe(404);
      const { accessToken } = await simulator.identityProvider.issueDevToken('citizen-level-2');
      const { payload } = await jwtVerify(accessToken, createRemoteJWKSet(new URL(`${base}/.well-known/jwks.json`)), {
        issuer: 'https://login.hanoi.example', audience: 'govgraph-test',
      });
      expect((payload.exp as number) - (payload.iat as number)).toBe(300);
    } finally {
      await simulator.close();
    }
  });

  it('refuses bad options at start-up, all at once', () => {
    expect(() => createIdentitySimulator({ scale: 0.01, tokenTtlSeconds: 0, partnerClientSecret: '' })).toThrow(
      /tokenTtlSeconds must be a positive integer.*partnerClientSecret must not be empty/,
    );
  });
});

describe('printToken', () => {
  let simulator: IdentitySimulator;
  let base: string;
  beforeAll(async () => {
    simulator = createIdentitySimulator({ scale: 0.01, latency: NO_LATENCY });
    base = await simulator.listen(0);
  });
  afterAll(async () => {
    await simulator.close();
  });

  it('prints a bearer token from the running provider', async () => {
    const result = await printToken(['city-leader'], { upstreamUrl: `${base}/` });
    expect(result).toMatchObject({ exitCode: 0, stderr: '' });
    const { payload } = await jwtVerify(result.stdout.trim(), createRemoteJWKSet(new URL(`${base}/.well-known/jwks.json`)), { issuer: base });
    expect(payload).toMatchObject({ kind: 'official', roles: ['LEADER'] });
  });

  it('lists the known principals for an unknown or missing one, without calling the provider', async () => {
    const fail = (() => {
      throw new Error('must not be called');
    }) as typeof fetch;
    for (const args of [['mayor'], []]) {
      const result = await printToken(args, { upstreamUrl: base, fetch: fail });
      expect(result.exitCode).toBe(1);
      expect(result.stdout).toBe('');
      for (const name of DEV_PRINCIPAL_NAMES) expect(result.stderr).toContain(name);
    }
  });

  it('says clearly when the provider is not running', async () => {
    const stopped = createIdentitySimulator({ scale: 0.01, latency: NO_LATENCY });
    const url = await stopped.listen(0);
    await stopped.close();
    const result = await printToken(['auditor'], { upstreamUrl: url });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain(`the identity provider at ${url} is not answering`);
    expect(result.stderr).toContain('IDENTITY_UPSTREAM_URL');
  });

  it('reports a provider that refuses the login', async () => {
    const refusing = (async () =>
      new Response(JSON.stringify({ error: 'unknown_principal', error_description: 'no' }), { status: 400 })) as typeof fetch;
    const result = await printToken(['auditor'], { upstreamUrl: base, fetch: refusing });
    expect(result).toMatchObject({ exitCode: 1, stdout: '' });
    expect(result.stderr).toContain('HTTP 400, unknown_principal');
  });
});
