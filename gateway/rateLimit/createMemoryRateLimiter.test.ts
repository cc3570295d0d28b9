import { describe, expect, it } from 'vitest';
import { createMemoryRateLimiter } from './createMemoryRateLimiter.js';
import type { RateLimiter } from './RateLimiter.js';

/** A clock the test moves by hand, so refills are exact and no test sleeps. */
function manualClock(start = 1_700_000_000_000) {
  let time = start;
  return {
    now: () => time,
    advance(ms: number) {
      time += ms;
    },
  };
}

async function takeMany(limiter: RateLimiter, key: string, times: number) {
  const decisions = [];
  for (let i = 0; i < times; i++) decisions.push(await limiter.take(key));
  return decisions;
}

describe('createMemoryRateLimiter', () => {
  it('allows a burst of `capacity`, then refuses with the time until one token is back', async () => {
    const clock = manualClock();
    const limiter = createMemoryRateLimiter({ capacity: 3, refillPerSecond: 0.5, now: clock.now });
    const decisions = await takeMany(limiter, 'official:a', 4);
    expect(decisions).toEqual([
      { allowed: true, remaining: 2, retryAfterSeconds: 0, limit: 3 },
      { allowed: true, remaining: 1, retryAfterSeconds: 0, limit: 3 },
      { allowed: true, remaining: 0, retryAfterSeconds: 0, limit: 3 },
      // One token at 0.5 a second: 2 seconds.
      { allowed: false, remaining: 0, retryAfterSeconds: 2, limit: 3 },
    ]);
  });

  it('refills lazily at the configured rate, never beyond capacity', async () => {
    const clock = manualClock();
    const limiter = createMemoryRateLimiter({ capacity: 5, refillPerSecond: 2, now: clock.now });
    await takeMany(limiter, 'k', 5);
    expect((await limiter.take('k')).allowed).toBe(false);

    clock.advance(499);
    expect(await limiter.take('k')).toMatchObject({ allowed: false, retryAfterSeconds: 1 });
    clock.advance(1);
    expect(await limiter.take('k')).toMatchObject({ allowed: true, remaining: 0 });

    clock.advance(60_000);
    expect(await limiter.take('k')).toMatchObject({ allowed: true, remaining: 4 });
  });

  it('counts the retry-after from the deficit of the cost asked, rounded up to whole seconds', async () => {
    const clock = manualClock();
    const limiter = createMemoryRateLimiter({ capacity: 10, refillPerSecond: 3, now: clock.now });
    expect(await limiter.take('k', 9)).toMatchObject({ allowed: true, remaining: 1 });
    // 1 token left, 8 asked: 7 missing at 3 a second is 2.33 s, so 3.
    expect(await limiter.take('k', 8)).toEqual({ allowed: false, remaining: 1, retryAfterSeconds: 3, limit: 10 });
    clock.advance(2_000);
    expect((await limiter.take('k', 8)).allowed).toBe(false);
    clock.advance(334);
    expect(await limiter.take('k', 8)).toMatchObject({ allowed: true, remaining: 0 });
  });

  it('takes nothing from a refused request, so retrying early does not push recovery back', async () => {
    const clock = manualClock();
    const limiter = createMemoryRateLimiter({ capacity: 1, refillPerSecond: 1, now: clock.now });
    await limiter.take('k');
    for (let i = 0; i < 10; i++) {
      clock.advance(50);
      expect((await limiter.take('k')).allowed).toBe(false);
    }
    clock.advance(500);
    expect((await limiter.take('k')).allowed).toBe(true);
  });

  it('keeps one bucket per key', async () => {
    const clock = manualClock();
    const limiter = createMemoryRateLimiter({ capacity: 2, refillPerSecond: 1, now: clock.now });
    await takeMany(limiter, 'partner:reporting', 2);
    expect((await limiter.take('partner:reporting')).allowed).toBe(false);
    expect(await limiter.take('official:other')).toMatchObject({ allowed: true, remaining: 1 });
  });

  it('uses the budget given with a take instead of its own', async () => {
    const clock = manualClock();
    const limiter = createMemoryRateLimiter({ capacity: 100, refillPerSecond: 100, now: clock.now });
    const small = { capacity: 2, refillPerSecond: 0.25 };
    expect(await limiter.take('anonymous:x', 1, small)).toEqual({ allowed: true, remaining: 1, retryAfterSeconds: 0, limit: 2 });
    await limiter.take('anonymous:x', 1, small);
    expect(await limiter.take('anonymous:x', 1, small)).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 4, limit: 2 });
  });

  it('does not mint tokens when the clock steps back', async () => {
    const clock = manualClock();
    const limiter = createMemoryRateLimiter({ capacity: 2, refillPerSecond: 1, now: clock.now });
    await takeMany(limiter, 'k', 2);
    clock.advance(-10_000);
    expect((await limiter.take('k')).allowed).toBe(false);
    clock.advance(10_000);
    expect((await limiter.take('k')).allowed).toBe(false);
    clock.advance(1_000);
    expect((await limiter.take('k')).allowed).toBe(true);
  });

  it('forgets a bucket once it would be full again, and the least recent one past maxBuckets', async () => {
    const clock = manualClock();
    const limiter = createMemoryRateLimiter({ capacity: 2, refillPerSecond: 1, maxBuckets: 2, now: clock.now });
    await takeMany(limiter, 'a', 2);
    await takeMany(limiter, 'b', 2);
    // A third client short of tokens pushes out the least recently seen bucket, a's.
    await takeMany(limiter, 'c', 2);
    expect((await limiter.take('a')).allowed).toBe(true);
    expect((await limiter.take('c')).allowed).toBe(false);

    expect(limiter.size).toBe(2);

    // a has 1 token left and c none: a full bucket is the same as a new one, and is dropped.
    clock.advance(990);
    expect(limiter.size).toBe(2);
    clock.advance(20);
    expect(limiter.size).toBe(1);
    clock.advance(1_000);
    expect(limiter.size).toBe(0);
    for (const key of ['a', 'b', 'c']) expect(await limiter.take(key)).toMatchObject({ allowed: true, remaining: 1 });
  });

  it('refuses, as a programming error, a cost no bucket of the budget could ever pay', async () => {
    const limiter = createMemoryRateLimiter({ capacity: 5, refillPerSecond: 1 });
    await expect(limiter.take('k', 6)).rejects.toThrow(RangeError);
    await expect(limiter.take('k', 0)).rejects.toThrow(RangeError);
    await expect(limiter.take('k', 1.5)).rejects.toThrow(RangeError);
    expect((await limiter.take('k', 5)).allowed).toBe(true);
  });

  it('rejects a budget that cannot work when created', () => {
    expect(() => createMemoryRateLimiter({ capacity: 0, refillPerSecond: 1 })).toThrow(/capacity must be a whole number/);
    expect(() => createMemoryRateLimiter({ capacity: 10, refillPerSecond: 0 })).toThrow(/refillPerSecond must be a number above 0/);
  });
});
