/**
 * The token bucket every rate limiter of the gateway implements, whatever keeps the buckets.
 *
 * A bucket holds at most `capacity` tokens (the burst a client may send at once) and gains
 * `refillPerSecond` tokens a second until it is full again. Each request takes `cost` tokens; when
 * the bucket has fewer, the request is refused and nothing is taken, so a client that keeps
 * retrying too early does not push its own recovery further away.
 *
 * A bucket that has refilled is the same as no bucket at all, so stores may forget full buckets:
 * memory stays bounded by the number of clients that are actually short of tokens.
 */

/** How much a client may send: a burst and a sustained rate. */
export interface Budget {
  /** Most tokens a bucket holds: the largest burst of operations a client may send at once. */
  readonly capacity: number;
  /** Tokens added a second: the sustained rate of operations a client may keep up. */
  readonly refillPerSecond: number;
}

/** The answer to one `take`. */
export interface RateLimitDecision {
  /** Whether the tokens were taken and the request may go on. */
  readonly allowed: boolean;
  /** Whole tokens left in the bucket after this take (0 or more). */
  readonly remaining: number;
  /**
   * Whole seconds, rounded up, until a retry of the same cost can succeed; `0` when allowed. This
   * is what the `Retry-After` header carries.
   */
  readonly retryAfterSeconds: number;
  /** The bucket's capacity, for the `RateLimit-Limit` header. */
  readonly limit: number;
}

export interface RateLimiter {
  /**
   * Takes `cost` tokens from the bucket named `key`, refilling it first for the time that passed.
   *
   * @param key names the client; the store may prefix it. Never pass personal data in clear: the
   *   key may be stored (Redis) or logged.
   * @param cost tokens to take, a whole number from 1 to the budget's capacity. Default `1`.
   * @param budget the bucket's budget for this take, when clients of different kinds have different
   *   budgets. Default: the limiter's own budget. One key must always be used with one budget.
   * @throws RangeError when `cost` is not a whole number from 1 to the capacity: such a request
   *   could never pass, so the caller must refuse it for what it is (too big), not as "too early".
   */
  take(key: string, cost?: number, budget?: Budget): Promise<RateLimitDecision>;
  /** Releases what the limiter holds (a Redis connection, timers). Safe to call more than once. */
  close(): Promise<void>;
}

/** Throws a RangeError naming the problem when a budget cannot work (called by the factories). */
export function checkBudget(budget: Budget, where: string): void {
  if (!Number.isInteger(budget.capacity) || budget.capacity < 1) {
    throw new RangeError(`${where}: capacity must be a whole number of at least 1, got ${budget.capacity}.`);
  }
  if (!Number.isFinite(budget.refillPerSecond) || budget.refillPerSecond <= 0) {
    throw new RangeError(`${where}: refillPerSecond must be a number above 0, got ${budget.refillPerSecond}.`);
  }
}

/** Throws the RangeError `take` documents for a cost that no bucket of this budget could pay. */
export function checkCost(cost: number, budget: Budget): void {
  if (!Number.isInteger(cost) || cost < 1 || cost > budget.capacity) {
    throw new RangeError(`A rate-limit cost must be a whole number from 1 to the capacity ${budget.capacity}, got ${cost}.`);
  }
}

/**
 * Guards against float dust: 0.1 + 0.2 tokens must pay for 0.3, or a client is refused a token
 * it has.
 */
export const EPSILON = 1e-9;

/**
 * The decision for a bucket left with `tokens` after a take of `cost` that was or was not allowed.
 * Every store computes it here, so they all round the same way.
 */
export function decisionFor(allowed: boolean, tokens: number, cost: number, budget: Budget): RateLimitDecision {
  return {
    allowed,
    remaining: Math.max(0, Math.floor(tokens + EPSILON)),
    // At least one second: a refused client told "0" would retry at once.
    retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((cost - tokens) / budget.refillPerSecond - EPSILON)),
    limit: budget.capacity,
  };
}
