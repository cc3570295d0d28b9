import express, { type Response } from 'express';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../subgraphs/common/auth/Principal.js';
import { loadConfig } from '../config.js';
import { httpErrorHandler } from '../createGateway.js';
import { createMemoryRateLimiter } from '../rateLimit/createMemoryRateLimiter.js';
import { createRedisRateLimiter, type RedisRateLimiter } from '../rateLimit/createRedisRateLimiter.js';
import type { RateLimiter } from '../rateLimit/RateLimiter.js';
import { requestScopeMiddleware } from '../requestScope.js';
import { captureLogger, httpRequest, startHttpServer, type HttpAnswer, type RunningServer } from '../test/fakeSubgraphs.js';
import { connectTestRedis, deleteKeys, REDIS_URL, shouldRunRedisTests, uniqueKeyPrefix } from '../test/redisForTests.js';
import {
  createClientKeyOf,
  rateLimitBudgetsOf,
  rateLimitFromConfig,
  rateLimitMiddleware,
  type RateLimitBudgets,
  type RateLimitMiddlewareOptions,
} from './rateLimit.js';

const CITIZEN_ID = '001099012345';

const PRINCIPALS: Record<string, Principal> = {
  leader: { kind: 'official', subject: 'CB-0001', clientId: 'e-cabinet', scopes: [], agency: '000.00.00.H26', roles: ['LEADER'], identityLevel: 2 },
  official: { kind: 'official', subject: 'CB-0002', clientId: 'e-cabinet', scopes: [], agency: '000.00.31.H26', roles: ['OFFICIAL'], identityLevel: 2 },
  citizen: { kind: 'citizen', subject: CITIZEN_ID, clientId: 'citizen-portal', scopes: [], roles: [], identityLevel: 2 },
  partner: { kind: 'partner', subject: 'reporting-system', clientId: 'reporting-system', scopes: ['shared-indicators'], roles: [], contract: 'partner' },
};

const BUDGETS: RateLimitBudgets = {
  official: { capacity: 3, refillPerSecond: 1 },
  citizen: { capacity: 3, refillPerSecond: 1 },
  anonymous: { capacity: 2, refillPerSecond: 0.5 },
  partner: { capacity: 5, refillPerSecond: 0.25 },
};

const QUERY = { query: '{ agency(code: "A1") { code } }' };

function manualClock(start = 1_700_000_000_000) {
  let time = start;
  return {
    now: () => time,
    advance(ms: number) {
      time += ms;
    },
  };
}

/**
 * A stand-in for the gateway's /graphql route: request scope, JSON body, a fake authentication
 * that puts the principal named by `x-test-principal` where the real one will, the rate limit,
 * then a handler that counts what got through; refusals go through the gateway's own HTTP error
 * handler. `trust proxy` makes `X-Forwarded-For` the client address, as behind a load balancer.
 */
async function startApp(options: Partial<RateLimitMiddlewareOptions> & { limiter: RateLimiter }) {
  const log = captureLogger();
  const app = express();
  app.set('trust proxy', true);
  app.use(requestScopeMiddleware({ requestTimeoutMs: 10_000 }));
  app.use(express.json());
  app.use((req, res, next) => {
    const name = req.headers['x-test-principal'];
    if (typeof name === 'string') res.locals['principal'] = PRINCIPALS[name];
    next();
  });
  let served = 0;
  app.post('/graphql', rateLimitMiddleware({ budgets: BUDGETS, ...options }), (_req, res) => {
    served++;
    res.json({ data: { agency: { code: 'A1' } } });
  });
  app.use(httpErrorHandler(log.logger));
  const server = await startHttpServer(app);
  return {
    ...server,
    log,
    get served() {
      return served;
    },
    post(who: string | undefined, body: unknown = QUERY, headers: Record<string, string> = {}): Promise<HttpAnswer> {
      return httpRequest(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(who ? { 'x-test-principal': who } : {}), ...headers },
        body: JSON.stringify(body),
      });
    },
  };
}

type App = Awaited<ReturnType<typeof startApp>>;

function expectAllowed(answer: HttpAnswer, limit: number, remaining: number): void {
  expect(answer.status).toBe(200);
  expect(answer.json).toEqual({ data: { agency: { code: 'A1' } } });
  expect([answer.headers['ratelimit-limit'], answer.headers['ratelimit-remaining']]).toEqual([String(limit), String(remaining)]);
  expect(answer.headers['retry-after']).toBeUndefined();
}

function expectRateLimited(answer: HttpAnswer, limit: number, retryAfterSeconds: number, remaining = 0): void {
  expect(answer.status).toBe(429);
  expect(answer.headers['content-type']).toMatch(/^application\/json/);
  expect(answer.headers['retry-after']).toBe(String(retryAfterSeconds));
  expect([answer.headers['ratelimit-limit'], answer.headers['ratelimit-remaining']]).toEqual([String(limit), String(remaining)]);
  expect(answer.json).toEqual({
    errors: [
      {
        message: `Too many operations: this client's rate limit is reached; retry in ${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'}.`,
        extensions: { code: 'RATE_LIMITED', retryAfterSeconds, requestId: answer.headers['x-request-id'] },
      },
    ],
  });
}

describe('rateLimitMiddleware', () => {
  const apps: App[] = [];
  afterEach(async () => {
    await Promise.all(apps.splice(0).map((app) => app.stop()));
  });

  async function appWithClock() {
    const clock = manualClock();
    const app = await startApp({ limiter: createMemoryRateLimiter({ capacity: 100, refillPerSecond: 100, now: clock.now }) });
    apps.push(app);
    return { app, clock };
  }

  it('lets a client through within its budget, then answers 429 RATE_LIMITED with Retry-After, until the bucket refills', async () => {
    const { app, clock } = await appWithClock();
    expectAllowed(await app.post('leader'), 3, 2);
    expectAllowed(await app.post('leader'), 3, 1);
    expectAllowed(await app.post('leader'), 3, 0);
    expectRateLimited(await app.post('leader'), 3, 1);
    expectRateLimited(await app.post('leader'), 3, 1);
    expect(app.served).toBe(3);

    clock.advance(999);
    expectRateLimited(await app.post('leader'), 3, 1);
    clock.advance(1);
    expectAllowed(await app.post('leader'), 3, 0);
    clock.advance(60_000);
    expectAllowed(await app.post('leader'), 3, 2);
    expect(app.served).toBe(5);
    expect(app.log.lines.filter((line) => line['msg'] === 'http request refused').map((line) => [line['status'], line['errorCodes']])).toEqual(
      Array(3).fill([429, ['RATE_LIMITED']]),
    );
  });

  it('keeps a bucket per client, and the budget of its kind', async () => {
    const { app } = await appWithClock();
    for (let i = 0; i < 3; i++) await app.post('leader');
    expectRateLimited(await app.post('leader'), 3, 1);

    expectAllowed(await app.post('official'), 3, 2);
    expectAllowed(await app.post('citizen'), 3, 2);
    expectAllowed(await app.post('partner'), 5, 4);
    // Anonymous callers: one bucket per address, a smaller budget, a slower refill.
    expectAllowed(await app.post(undefined, QUERY, { 'x-forwarded-for': '203.0.113.7' }), 2, 1);
    expectAllowed(await app.post(undefined, QUERY, { 'x-forwarded-for': '203.0.113.7' }), 2, 0);
    expectRateLimited(await app.post(undefined, QUERY, { 'x-forwarded-for': '203.0.113.7' }), 2, 2);
    expectAllowed(await app.post(undefined, QUERY, { 'x-forwarded-for': '198.51.100.20' }), 2, 1);
  });

  it('charges a batch one token per operation, and refuses outright a batch bigger than the burst', async () => {
    const { app } = await appWithClock();
    expectAllowed(await app.post('partner', [QUERY, QUERY]), 5, 3);
    const tooBig = await app.post('partner', Array(6).fill(QUERY));
    expect(tooBig.status).toBe(400);
    expect(tooBig.json).toEqual({
      errors: [
        {
          message: "The batch of 6 operations exceeds this client's rate-limit burst of 5 operations; send fewer operations per request.",
          extensions: { code: 'OPERATION_LIMIT_EXCEEDED', requestId: tooBig.headers['x-request-id'] },
        },
      ],
    });
    // The refused batch took nothing; 3 left, so a batch of 4 waits for one token at 0.25/s.
    expectRateLimited(await app.post('partner', Array(4).fill(QUERY)), 5, 4, 3);
    expectAllowed(await app.post('partner', Array(3).fill(QUERY)), 5, 0);
  });

  it('never puts a citizen personal id or an IP address in clear into a bucket key or a log', async () => {
    const keys: string[] = [];
    const inner = createMemoryRateLimiter({ capacity: 100, refillPerSecond: 1 });
    const limiter: RateLimiter = {
      take: (key, cost, budget) => {
        keys.push(key);
        return inner.take(key, cost, budget);
      },
      close: () => inner.close(),
    };
    const app = await startApp({ limiter });
    apps.push(app);
    for (let i = 0; i < 4; i++) await app.post('citizen');
    await app.post(undefined, QUERY, { 'x-forwarded-for': '203.0.113.7' });
    await app.post('partner');
    await app.post('official');

    expect(keys).toEqual([
      ...Array(4).fill(expect.stringMatching(/^citizen:[A-Za-z0-9_-]{43}$/)),
      expect.stringMatching(/^anonymous:[A-Za-z0-9_-]{43}$/),
      'partner:reporting-system',
      'official:CB-0002',
    ]);
    expect(new Set(keys.slice(0, 4)).size).toBe(1);
    expect(keys.join()).not.toContain(CITIZEN_ID);
    expect(keys.join()).not.toContain('203.0.113.7');
    expect(app.log.text()).toContain('RATE_LIMITED');
    expect(app.log.text()).not.toContain(CITIZEN_ID);
  });

  it('hashes with a key when given one, so the hashes cannot be recomputed from a list of ids', () => {
    const req = { ip: '203.0.113.7', socket: {} } as express.Request;
    const citizen = PRINCIPALS['citizen']!;
    const plain = createClientKeyOf()(citizen, req);
    const keyed = createClientKeyOf({ hashSecret: 'k'.repeat(32) })(citizen, req);
    const otherKey = createClientKeyOf({ hashSecret: 'x'.repeat(32) })(citizen, req);
    expect(new Set([plain, keyed, otherKey]).size).toBe(3);
    expect(createClientKeyOf({ hashSecret: 'k'.repeat(32) })(citizen, req)).toBe(keyed);
  });

  it('reads the principal through principalOf, and treats a request without one as anonymous', async () => {
    const limiter = createMemoryRateLimiter({ capacity: 100, refillPerSecond: 1 });
    const app = await startApp({ limiter, principalOf: (res: Response) => res.locals['principal'] as Principal | undefined });
    apps.push(app);
    expectAllowed(await app.post('partner'), 5, 4);
    expectAllowed(await app.post(undefined), 2, 1);
  });
});

describe('rateLimitFromConfig', () => {
  it('is off when GATEWAY_RATE_LIMIT_ENABLED is false', () => {
    expect(rateLimitFromConfig(loadConfig({ GATEWAY_RATE_LIMIT_ENABLED: 'false' }), { logger: captureLogger().logger })).toBeUndefined();
  });

  it('gives officials and citizens the base budget, anonymous callers and partners their own', () => {
    expect(rateLimitBudgetsOf(loadConfig({}))).toEqual({
      official: { capacity: 300, refillPerSecond: 50 },
      citizen: { capacity: 300, refillPerSecond: 50 },
      anonymous: { capacity: 120, refillPerSecond: 20 },
      partner: { capacity: 600, refillPerSecond: 10 },
    });
  });

  it('builds memory buckets by default, with the configured budgets', async () => {
    const rateLimit = rateLimitFromConfig(
      loadConfig({ GATEWAY_RATE_LIMIT_ANONYMOUS_CAPACITY: '2', GATEWAY_RATE_LIMIT_ANONYMOUS_REFILL_PER_SECOND: '0.01' }),
      { logger: captureLogger().logger },
    )!;
    const decisions = [];
    const req = { ip: '192.0.2.1', socket: {}, body: QUERY } as unknown as express.Request;
    for (let i = 0; i < 3; i++) {
      const res = { locals: {}, headers: {} as Record<string, string>, setHeader(name: string, value: string) { this.headers[name] = value; } };
      const error = await new Promise<unknown>((resolve) => void rateLimit.middleware(req, res as unknown as Response, resolve));
      decisions.push([(error as { errorCode?: string } | undefined)?.errorCode ?? 'allowed', res.headers['RateLimit-Remaining']]);
    }
    expect(decisions).toEqual([
      ['allowed', '1'],
      ['allowed', '0'],
      ['RATE_LIMITED', '0'],
    ]);
    await rateLimit.close();
    await rateLimit.close();
  });
});

const runRedis = await shouldRunRedisTests('rateLimitMiddleware with Redis');

describe.skipIf(!runRedis)('rateLimitMiddleware with Redis: two gateway replicas', () => {
  const prefix = uniqueKeyPrefix('middleware');
  const limiters: RedisRateLimiter[] = [];
  const apps: App[] = [];
  let admin: Awaited<ReturnType<typeof connectTestRedis>>;

  beforeAll(async () => {
    admin = await connectTestRedis();
  });

  afterAll(async () => {
    await Promise.all(apps.map((app) => app.stop()));
    await Promise.all(limiters.map((limiter) => limiter.close()));
    if (admin) {
      await deleteKeys(admin, prefix);
      await admin.close();
    }
  });

  async function replica(): Promise<App> {
    // A refill of one token per 100 s: nothing comes back while the test runs.
    const limiter = createRedisRateLimiter({ url: REDIS_URL, keyPrefix: prefix, capacity: 3, refillPerSecond: 0.01 });
    limiters.push(limiter);
    await limiter.ready();
    const slow = { capacity: 3, refillPerSecond: 0.01 };
    const budgets = { ...BUDGETS, official: slow, citizen: slow };
    const app = await startApp({ limiter, budgets, keyOf: createClientKeyOf({ hashSecret: 's'.repeat(32) }) });
    apps.push(app);
    return app;
  }

  it('shares one budget per client between replicas, and keeps clients apart', async () => {
    const [a, b] = [await replica(), await replica()];
    expectAllowed(await a.post('leader'), 3, 2);
    expectAllowed(await b.post('leader'), 3, 1);
    expectAllowed(await a.post('leader'), 3, 0);
    expectRateLimited(await b.post('leader'), 3, 100);
    expectRateLimited(await a.post('leader'), 3, 100);
    expect(a.served + b.served).toBe(3);
    expectAllowed(await b.post('official'), 3, 2);

    expect((await admin.keys(`${prefix}*`)).sort()).toEqual([`${prefix}official:CB-0001`, `${prefix}official:CB-0002`]);
    expect(limiters.reduce((sum, limiter) => sum + limiter.failures, 0)).toBe(0);
  });

  it('shares a citizen budget under a hashed key', async () => {
    const [a, b] = [await replica(), await replica()];
    for (const app of [a, b, a]) expect((await app.post('citizen')).status).toBe(200);
    expect((await b.post('citizen')).status).toBe(429);
    const keys = await admin.keys(`${prefix}citizen:*`);
    expect(keys).toHaveLength(1);
    expect(keys[0]).not.toContain(CITIZEN_ID);
  });
});
