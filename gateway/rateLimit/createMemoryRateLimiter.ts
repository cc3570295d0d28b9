/**
 * Token buckets kept in this process's memory: the default when no Redis is configured. Each
 * gateway replica then has its own budget per client, so N replicas let a client through N times.
 * Use `createRedisRateLimiter` when several replicas serve one audience.
 */
import { LRUCache } from 'lru-cache';
import { EPSILON, checkBudget, checkCost, decisionFor, type Budget, type RateLimiter } from './RateLimiter.js';

/** Options of `createMemoryRateLimiter`. */
export interface MemoryRateLimiterOptions extends Budget {
  /**
   * Most buckets kept at once. When more clients are short of tokens at the same time, the least
   * recently seen bucket is forgotten, which gives that client a full bucket again: a bounded
   * memory is worth that leniency. Full buckets are forgotten anyway (they equal no bucket).
   * Default `100000` (a few megabytes).
   */
  readonly maxBuckets?: number;
  /** Clock in epoch milliseconds, replaceable in tests. Default `Date.now`. */
  readonly now?: () => number;
}

/** A memory limiter, which can tell how many buckets it holds. */
export interface MemoryRateLimiter extends RateLimiter {
  /** Buckets held now: clients short of tokens (full buckets are dropped as they expire). */
  readonly size: number;
}

/** One client's bucket: its tokens as of `at` (ms); refills are computed on the next take. */
interface Bucket {
  tokens: number;
  at: number;
}

/**
 * Creates a limiter whose buckets live in an LRU cache. Refill is lazy: nothing runs between
 * requests, a bucket is brought up to date when its client comes back.
 *
 * @throws RangeError for a capacity that is not a whole number of at least 1 or a refill rate not above 0
 */
export function createMemoryRateLimiter(options: MemoryRateLimiterOptions): MemoryRateLimiter {
  const defaultBudget: Budget = { capacity: options.capacity, refillPerSecond: options.refillPerSecond };
  checkBudget(defaultBudget, 'createMemoryRateLimiter');
  const now = options.now ?? Date.now;
  const buckets = new LRUCache<string, Bucket>({
    max: options.maxBuckets ?? 100_000,
    // The cache's expiry must follow the same clock as the refill, or a test's clock would see
    // buckets that real time has already dropped (and the other way round).
    perf: { now },
    ttlResolution: 0,
  });

  return {
    async take(key, cost = 1, budget = defaultBudget) {
      checkCost(cost, budget);
      const { capacity, refillPerSecond } = budget;
      const at = now();
      const bucket = buckets.get(key);
      // A clock that steps back must not mint tokens or take them away: count no time passed.
      const elapsedMs = bucket ? Math.max(0, at - bucket.at) : 0;
      let tokens = bucket ? Math.min(capacity, bucket.tokens + (elapsedMs * refillPerSecond) / 1000) : capacity;
      const allowed = tokens + EPSILON >= cost;
      if (allowed) tokens = Math.max(0, tokens - cost);

      // After a step back the bucket stays dated at its later instant; its expiry is counted from
      // there too, on the cache's clock (the same clock), so it does not expire early.
      const datedAt = Math.max(at, bucket?.at ?? at);
      const msToFull = Math.ceil(((capacity - tokens) * 1000) / refillPerSecond - EPSILON) + (datedAt - at);
      if (msToFull <= 0) buckets.delete(key);
      else buckets.set(key, { tokens, at: datedAt }, { ttl: msToFull });

      return decisionFor(allowed, tokens, cost, budget);
    },
    async close() {
      buckets.clear();
    },
    get size() {
      // Expired buckets are dropped lazily; purging first makes the count mean "short of tokens".
      buckets.purgeStale();
      return buckets.size;
    },
  };
}
