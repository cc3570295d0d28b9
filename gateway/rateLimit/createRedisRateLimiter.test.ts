import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  connectTestRedis,
  deleteKeys,
  REDIS_URL,
  shouldRunRedisTests,
  uniqueKeyPrefix,
} from '../test/redisForTests.js';
import { createRedisRateLimiter, type RedisCommandSender, type RedisRateLimiter } from './createRedisRateLimiter.js';
import type { Budget } from './RateLimiter.js';

function captureLog() {
  return { error: vi.fn(), warn: vi.fn(), info: vi.fn() };
}

/** A port nothing listens on: taken from the system, then released. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const runRedis = await shouldRunRedisTests('createRedisRateLimiter on a real Redis');

describe.skipIf(!runRedis)('createRedisRateLimiter on a real Redis', () => {
  const prefix = uniqueKeyPrefix('limiter');
  const limiters: RedisRateLimiter[] = [];
  let admin: Awaited<ReturnType<typeof connectTestRedis>>;

  beforeAll(async () => {
    // With CI=true this fails the suite when Redis is missing, as it must.
    admin = await connectTestRedis();
  });

  afterAll(async () => {
    await Promise.all(limiters.map((limiter) => limiter.close()));
    if (admin) {
      await deleteKeys(admin, prefix);
      await admin.close();
    }
  });

  /** One gateway replica's limiter: its own connection, the shared key prefix. */
  async function replica(budget: Budget): Promise<RedisRateLimiter> {
    const limiter = createRedisRateLimiter({ url: REDIS_URL, keyPrefix: prefix, ...budget, logger: captureLog() });
    limiters.push(limiter);
    await limiter.ready();
    return limiter;
  }

  it('two replicas draw on one budget per client', async () => {
    // A refill of one token per 100 s: nothing comes back while the test runs.
    const budget = { capacity: 10, refillPerSecond: 0.01 };
    const [a, b] = [await replica(budget), await replica(budget)];
    const decisions = [];
    for (let i = 0; i < 12; i++) decisions.push(await (i % 2 === 0 ? a : b).take('official:shared'));
    expect(decisions.map((d) => d.allowed)).toEqual([...Array(10).fill(true), false, false]);
    expect(decisions.map((d) => d.remaining)).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 0, 0]);
    expect(decisions[11]).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 100, limit: 10 });
    // Another client's bucket is untouched.
    expect(await b.take('official:other')).toMatchObject({ allowed: true, remaining: 9 });
    expect(a.failures + b.failures).toBe(0);
  });

  it('never lets two replicas spend the same token, however the takes interleave', async () => {
    const budget = { capacity: 20, refillPerSecond: 0.01 };
    const [a, b] = [await replica(budget), await replica(budget)];
    const decisions = await Promise.all(Array.from({ length: 60 }, (_, i) => (i % 2 === 0 ? a : b).take('partner:race')));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(20);
    expect(new Set(decisions.filter((d) => d.allowed).map((d) => d.remaining)).size).toBe(20);
  });

  it('answers the retry-after of the cost asked, in whole seconds rounded up', async () => {
    const limiter = await replica({ capacity: 3, refillPerSecond: 0.5 });
    for (let i = 0; i < 3; i++) expect((await limiter.take('citizen:h1')).allowed).toBe(true);
    // 0.5 tokens a second: 1 token in 2 s, 2 in 4 s, 3 in 6 s (minus the few ms the test took).
    expect(await limiter.take('citizen:h1')).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 2, limit: 3 });
    expect(await limiter.take('citizen:h1', 2)).toMatchObject({ allowed: false, retryAfterSeconds: 4 });
    expect(await limiter.take('citizen:h1', 3)).toMatchObject({ allowed: false, retryAfterSeconds: 6 });
  });

  it('refills by the Redis clock: a refused client gets through again once tokens are back', async () => {
    const [a, b] = [await replica({ capacity: 2, refillPerSecond: 20 }), await replica({ capacity: 2, refillPerSecond: 20 })];
    await a.take('anonymous:refill');
    await a.take('anonymous:refill');
    expect(await b.take('anonymous:refill')).toMatchObject({ allowed: false, retryAfterSeconds: 1 });
    // A token is back 50 ms later by Redis's clock; poll rather than sleep a guessed time.
    await vi.waitFor(async () => expect((await b.take('anonymous:refill')).allowed).toBe(true), { timeout: 5_000, interval: 20 });
  });

  it('stores the bucket under the prefix and lets it expire when it would be full again', async () => {
    const limiter = await replica({ capacity: 5, refillPerSecond: 1 });
    await limiter.take('official:ttl', 3);
    const key = `${prefix}official:ttl`;
    expect(await admin.exists(key)).toBe(1);
    // 3 tokens missing at 1 a second: full again within 3 s, and not before 2 s from now.
    const ttl = await admin.pTTL(key);
    expect(ttl).toBeGreaterThan(2_000);
    expect(ttl).toBeLessThanOrEqual(3_000);
    expect(Number(await admin.hGet(key, 'tokens'))).toBe(2);

    // A fast budget's bucket is full (so gone) a few milliseconds later.
    await limiter.take('official:short', 1, { capacity: 1, refillPerSecond: 100 });
    expect(await admin.pTTL(`${prefix}official:short`)).toBeLessThanOrEqual(10);
    await vi.waitFor(async () => expect(await admin.exists(`${prefix}official:short`)).toBe(0), { timeout: 5_000, interval: 10 });
  });

  it('sends the script again when Redis has lost it (restart, failover)', async () => {
    const limiter = await replica({ capacity: 5, refillPerSecond: 1 });
    await limiter.take('official:flush');
    await admin.scriptFlush();
    expect((await limiter.take('official:flush')).remaining).toBe(3);
    expect(limiter.failures).toBe(0);
  });

  it('uses a caller-owned client and leaves it open on close', async () => {
    const limiter = createRedisRateLimiter({
      client: admin as unknown as RedisCommandSender,
      keyPrefix: prefix,
      capacity: 2,
      refillPerSecond: 1,
    });
    await limiter.ready();
    expect(await limiter.take('partner:owned')).toMatchObject({ allowed: true, remaining: 1 });
    await limiter.close();
    expect(await admin.ping()).toBe('PONG');
  });
});

describe('createRedisRateLimiter when Redis fails', () => {
  it('fails open by default: lets requests through, counts them and logs the first failure', async () => {
    const logger = captureLog();
    const limiter = createRedisRateLimiter({
      url: `redis://127.0.0.1:${await closedPort()}`,
      keyPrefix: uniqueKeyPrefix('down'),
      capacity: 2,
      refillPerSecond: 1,
      logger,
    });
    try {
      const decisions = [];
      for (let i = 0; i < 3; i++) decisions.push(await limiter.take('official:a'));
      expect(decisions).toEqual(Array(3).fill({ allowed: true, remaining: 1, retryAfterSeconds: 0, limit: 2 }));
      expect(limiter.failures).toBe(3);
      expect(logger.error).toHaveBeenCalledTimes(1);
      expect(logger.error.mock.calls[0]?.[1]).toBe('rate limiter: Redis failed, requests pass unlimited');
    } finally {
      await limiter.close();
    }
  });

  it('fails closed when asked, with a coded error', async () => {
    const limiter = createRedisRateLimiter({
      url: `redis://127.0.0.1:${await closedPort()}`,
      keyPrefix: uniqueKeyPrefix('down'),
      capacity: 2,
      refillPerSecond: 1,
      failOpen: false,
    });
    try {
      await expect(limiter.take('official:a')).rejects.toMatchObject({ code: 'RATE_LIMITER_UNAVAILABLE' });
      expect(limiter.failures).toBe(1);
    } finally {
      await limiter.close();
    }
  });

  it('logs the outage once per interval with the count, and the recovery', async () => {
    const logger = captureLog();
    let up = false;
    const client: RedisCommandSender = {
      sendCommand: async () => {
        if (!up) throw new Error('The client is offline');
        return [1, '4'];
      },
    };
    const limiter = createRedisRateLimiter({ client, keyPrefix: 'p:', capacity: 5, refillPerSecond: 1, logger, logIntervalMs: 3_600_000 });
    for (let i = 0; i < 5; i++) await limiter.take('k');
    expect(logger.error).toHaveBeenCalledTimes(1);
    up = true;
    expect(await limiter.take('k')).toEqual({ allowed: true, remaining: 4, retryAfterSeconds: 0, limit: 5 });
    expect(logger.info).toHaveBeenCalledWith({ failuresSinceLastLog: 4 }, 'rate limiter: Redis answers again');
    up = false;
    await limiter.take('k');
    expect(logger.error).toHaveBeenCalledTimes(2);
    expect(limiter.failures).toBe(6);
  });

  it('falls back from EVALSHA to EVAL only on NOSCRIPT', async () => {
    const sent: string[] = [];
    const client: RedisCommandSender = {
      sendCommand: async (args) => {
        sent.push(args[0]!);
        if (args[0] === 'EVALSHA') throw new Error('NOSCRIPT No matching script. Please use EVAL.');
        return [0, '0.25'];
      },
    };
    const limiter = createRedisRateLimiter({ client, keyPrefix: 'p:', capacity: 5, refillPerSecond: 0.5 });
    expect(await limiter.take('k')).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 2, limit: 5 });
    expect(sent).toEqual(['EVALSHA', 'EVAL']);
  });
});
