import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { GovGraphError } from '../../common/errors/GovGraphError.js';
import { LegacyClient } from '../../common/http/LegacyClient.js';
import { OAuth2ClientCredentials } from '../../common/http/OAuth2ClientCredentials.js';
import { createDossiersSimulator, type DossiersSimulator } from '../simulator/createDossiersSimulator.js';
import { SIMULATOR_CLIENT_ID, SIMULATOR_CLIENT_SECRET } from '../simulator/simulatorClient.js';

const TTL_SECONDS = 60;
const TOKEN = 'POST /oauth2/token';
const API = 'GET /api/v1/thutuc';

/**
 * The OAuth2 client-credentials strategy against the simulated portal, both on one fake clock, so
 * tokens expire when the test says so: counts of token requests are asserted, never timings.
 */
describe('OAuth2 client credentials against the portal', () => {
  let clock = Date.parse('2026-11-20T03:00:00Z');
  let simulator: DossiersSimulator;
  let baseUrl: string;
  const clients: LegacyClient[] = [];

  const client = (secret = SIMULATOR_CLIENT_SECRET): LegacyClient => {
    const created = new LegacyClient({
      system: 'one-stop-shop',
      baseUrl,
      retries: 0,
      attemptTimeoutMs: 300,
      auth: new OAuth2ClientCredentials({
        timeoutMs: 300,
        system: 'one-stop-shop',
        tokenUrl: `${baseUrl}/oauth2/token`,
        clientId: SIMULATOR_CLIENT_ID,
        clientSecret: secret,
        now: () => clock,
      }),
    });
    clients.push(created);
    return created;
  };
  const call = (legacy: LegacyClient) => legacy.get('/api/v1/thutuc', { soBanGhi: 1 });
  const counters = () => simulator.admin.counters();

  beforeAll(async () => {
    simulator = createDossiersSimulator({
      scale: 0.001,
      now: new Date('2026-11-20T10:00:00+07:00'),
      latency: { medianMs: 0, p99Ms: 0 },
      tokenTtlSeconds: TTL_SECONDS,
      tokenClock: () => clock,
    });
    baseUrl = await simulator.listen(0);
  });
  beforeEach(() => {
    simulator.admin.resetCounters();
  });
  afterEach(() => {
    simulator.admin.clearFaults();
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.close()));
    await simulator.close();
  });

  it('keeps one token for its lifetime and fetches exactly one new one after it expires', async () => {
    const portal = client();
    for (let i = 0; i < 5; i++) expect((await call(portal)).found).toBe(true);
    expect(counters()[TOKEN]).toBe(1);
    clock += 30_000;
    for (let i = 0; i < 5; i++) await call(portal);
    expect(counters()[TOKEN]).toBe(1);
    // Past the expiry on both sides: one new token, then it serves every request.
    clock += 31_000;
    for (let i = 0; i < 5; i++) expect((await call(portal)).found).toBe(true);
    expect(counters()).toMatchObject({ [TOKEN]: 2, [API]: 15 });
  });

  it('replaces a token shortly before it expires, so no request is refused', async () => {
    const portal = client();
    await call(portal);
    // 56 s into a 60 s token: inside the refresh margin (a tenth of the lifetime), not yet expired.
    clock += 56_000;
    await call(portal);
    expect(counters()).toMatchObject({ [TOKEN]: 2, [API]: 2 });
  });

  it('shares one token request among concurrent requests at expiry', async () => {
    const portal = client();
    await call(portal);
    clock += 61_000;
    const answers = await Promise.all(Array.from({ length: 20 }, () => call(portal)));
    expect(answers.every((answer) => answer.found)).toBe(true);
    expect(counters()).toMatchObject({ [TOKEN]: 2, [API]: 21 });
  });

  it('recovers from revoked tokens through the 401 path, with one new token for concurrent requests', async () => {
    const portal = client();
    await call(portal);
    expect(simulator.revokeTokens()).toBeGreaterThanOrEqual(1);
    const answers = await Promise.all([call(portal), call(portal), call(portal)]);
    expect(answers.every((answer) => answer.found)).toBe(true);
    // Three refused with the revoked token, three accepted with the one new token.
    expect(counters()).toMatchObject({ [TOKEN]: 2, [API]: 7 });
  });

  it('gives UPSTREAM_REJECTED for refused client credentials, without the secret and without retrying', async () => {
    const secret = 'wrong-secret-do-not-print';
    const error = (await call(client(secret)).catch((e: unknown) => e)) as GovGraphError;
    expect(error.extensions).toEqual({ code: 'UPSTREAM_REJECTED', system: 'one-stop-shop' });
    expect(`${error.message} ${JSON.stringify(error.extensions)} ${String((error.originalError as Error | undefined)?.message)}`).not.toContain(secret);
    expect(counters()).toMatchObject({ [TOKEN]: 1, [API]: 0 });
  });

  it.each([
    ['down', { errorRate: 1, routes: [TOKEN] }, 'UPSTREAM_UNAVAILABLE'],
    ['garbled', { malformedRate: 1, routes: [TOKEN] }, 'UPSTREAM_BAD_RESPONSE'],
    ['unreachable', { outage: true, routes: [TOKEN] }, 'UPSTREAM_UNAVAILABLE'],
    ['cutting its answer off', { truncatedRate: 1, routes: [TOKEN] }, 'UPSTREAM_BAD_RESPONSE'],
    ['answering an HTML error page', { htmlErrorRate: 1, routes: [TOKEN] }, 'UPSTREAM_UNAVAILABLE'],
    ['silent', { timeoutRate: 1, routes: [TOKEN] }, 'UPSTREAM_TIMEOUT'],
  ])('gives a coded error naming the system when the token endpoint is %s', async (_what, faults, code) => {
    simulator.admin.setFaults(faults);
    const error = (await call(client()).catch((e: unknown) => e)) as GovGraphError;
    expect(error.extensions).toEqual({ code, system: 'one-stop-shop' });
    expect(counters()[API]).toBe(0);
  });
});
