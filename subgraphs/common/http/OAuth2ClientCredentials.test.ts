import { MockAgent } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LegacyAuthRequest } from './LegacyClient.js';
import { OAuth2ClientCredentials } from './OAuth2ClientCredentials.js';

const ORIGIN = 'http://idp.test';
const SECRET = 'sécret:with/odd&chars';

describe('OAuth2ClientCredentials', () => {
  let agent: MockAgent;
  let clock: number;
  const request = (): LegacyAuthRequest => ({ method: 'GET', pathAndQuery: '/x', deadline: Date.now() + 5_000 });
  const strategy = () =>
    new OAuth2ClientCredentials({ system: 'test-system', tokenUrl: `${ORIGIN}/oauth2/token`, clientId: 'client one', clientSecret: SECRET, dispatcher: agent, now: () => clock });
  const tokenEndpoint = () => agent.get(ORIGIN).intercept({ path: '/oauth2/token', method: 'POST' });

  beforeEach(() => {
    agent = new MockAgent();
    agent.disableNetConnect();
    clock = 1_000_000;
  });
  afterEach(async () => {
    await agent.close();
  });

  it('asks with HTTP Basic (form-urlencoded credentials) on the given dispatcher and caches the token', async () => {
    let seen: { authorization?: string; body?: string } = {};
    tokenEndpoint().reply(200, (options) => {
      seen = { authorization: (options.headers as Record<string, string>).authorization, body: String(options.body) };
      return { access_token: 't1', token_type: 'bearer', expires_in: '120' };
    });
    const auth = strategy();
    expect(await auth.headers(request())).toEqual({ authorization: 'Bearer t1' });
    expect(await auth.headers(request())).toEqual({ authorization: 'Bearer t1' });
    expect(seen.body).toBe('grant_type=client_credentials');
    const decoded = Buffer.from(seen.authorization?.replace('Basic ', '') ?? '', 'base64').toString('utf8');
    expect(decoded).toBe(`client%20one:${encodeURIComponent(SECRET)}`);
  });

  it('refreshes within the last tenth of the lifetime, and a 401 drops only the token that request used', async () => {
    tokenEndpoint().reply(200, { access_token: 't1', token_type: 'Bearer', expires_in: 100 });
    tokenEndpoint().reply(200, { access_token: 't2', token_type: 'Bearer', expires_in: 100 });
    const auth = strategy();
    const old = request();
    await auth.headers(old);
    clock += 91_000;
    const fresh = request();
    expect(await auth.headers(fresh)).toEqual({ authorization: 'Bearer t2' });
    // A late 401 for a request sent with t1 must not throw away t2.
    auth.rejected(old);
    expect(await auth.headers(request())).toEqual({ authorization: 'Bearer t2' });
    auth.rejected(fresh);
    tokenEndpoint().reply(200, { access_token: 't3', token_type: 'Bearer', expires_in: 100 });
    expect(await auth.headers(request())).toEqual({ authorization: 'Bearer t3' });
  });

  it.each([
    ['a token type other than Bearer', 200, { access_token: 't', token_type: 'mac', expires_in: 60 }, 'UPSTREAM_BAD_RESPONSE'],
    ['no token', 200, { token_type: 'Bearer', expires_in: 60 }, 'UPSTREAM_BAD_RESPONSE'],
    ['refused credentials', 401, { error: 'invalid_client' }, 'UPSTREAM_REJECTED'],
    ['a server error', 503, 'down', 'UPSTREAM_UNAVAILABLE'],
  ])('fails with a coded attempt failure on %s, never showing the secret', async (_what, status, body, kind) => {
    tokenEndpoint().reply(status, body);
    const failure = (await strategy().headers(request()).catch((e: unknown) => e)) as { kind: string; message: string };
    expect(failure.kind).toBe(kind);
    expect(failure.message).toContain('test-system');
    expect(failure.message).not.toContain(SECRET);
  });
});
