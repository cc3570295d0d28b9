/**
 * Token buckets kept in Redis, so every gateway replica draws on one budget per client.
 *
 * One Lua script reads, refills, takes and writes a bucket atomically: two replicas taking from
 * one bucket at the same instant can never both spend its last token. The script dates buckets
 * with the Redis server's `TIME`, never the replica's clock, so replicas whose clocks disagree
 * still refill one bucket at one rate. Each bucket key expires when the bucket would be full
 * again (a full bucket equals no bucket), so Redis holds only clients short of tokens.
 *
 * Requires Redis 5 or later (scripts replicate their effects, so `TIME` in a script is allowed);
 * each script touches one key, so Redis Cluster works too.
 */
import { createHash } from 'node:crypto';
import { createClient } from '@redis/client';
import type { Logger } from 'pino';
import { checkBudget, checkCost, decisionFor, type Budget, type RateLimitDecision, type RateLimiter } from './RateLimiter.js';

/**
 * KEYS[1] the bucket; ARGV capacity, refill per second, cost. Returns { allowed (1|0), tokens left
 * as a string } (Redis would truncate a Lua number to an integer). Time is in microseconds, which
 * a Lua double holds exactly for the next few centuries.
 */
export const TOKEN_BUCKET_SCRIPT = `
local capacity = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local cost = tonumber(ARGV[3])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000000 + tonumber(time[2])
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1])
local at = tonumber(state[2])
if tokens == nil or at == nil then
  tokens = capacity
  at = now
end
if now > at then
  tokens = math.min(capacity, tokens + (now - at) * rate / 1000000)
  at = now
end
local allowed = 0
if tokens + 1e-9 >= cost then
  tokens = math.max(0, tokens - cost)
  allowed = 1
end
local msToFull = math.ceil((capacity - tokens) * 1000 / rate - 1e-9) + math.floor((at - now) / 1000)
if msToFull <= 0 then
  redis.call('DEL', KEYS[1])
else
  redis.call('HSET', KEYS[1], 'tokens', string.format('%.17g', tokens), 'at', string.format('%.0f', at))
  redis.call('PEXPIRE', KEYS[1], msToFull)
end
return { allowed, string.format('%.17g', tokens) }
`;

const SCRIPT_SHA1 = createHash('sha1').update(TOKEN_BUCKET_SCRIPT).digest('hex');

/** The one thing the limiter needs of a Redis client (node-redis's `RedisClientType` has it). */
export interface RedisCommandSender {
  sendCommand(args: readonly string[], options?: { timeout?: number }): Promise<unknown>;
}

/** Options of `createRedisRateLimiter`: give `url` (the limiter owns its client) or `client`. */
export type RedisRateLimiterOptions = Budget &
  (
    | {
        /** `redis://` or `rediss://` URL, credentials included. The limiter connects and closes it. */
        readonly url: string;
        readonly client?: never;
      }
    | {
        /** A connected client the caller owns: `close()` leaves it open. */
        readonly client: RedisCommandSender;
        readonly url?: never;
      }
  ) & {
    /**
     * Prefix of every bucket key, e.g. `govgraph:ratelimit:`; lets several deployments or test runs
     * share a Redis without sharing budgets. Required: a bare client key could clash with anything.
     */
    readonly keyPrefix: string;
    /**
     * When Redis cannot answer (down, unreachable, slower than `commandTimeoutMs`): `true` lets the
     * request through, `false` rejects `take` with an error coded `RATE_LIMITER_UNAVAILABLE`.
     * Default `true`, see `createRedisRateLimiter`.
     */
    readonly failOpen?: boolean;
    /**
     * How long one take may wait for Redis, in milliseconds, before it counts as a failure. It is
     * added to every request's latency while Redis hangs, so it is short. Default `250`.
     */
    readonly commandTimeoutMs?: number;
    /** Where failures and recoveries are logged. Default: nowhere. */
    readonly logger?: Pick<Logger, 'error' | 'warn' | 'info'>;
    /**
     * While Redis keeps failing, at most one error line per this many milliseconds, with the count
     * of failures since the last line; the first failure is always logged. Default `60000`.
     */
    readonly logIntervalMs?: number;
  };

/** A Redis limiter, with what an operator needs to see when Redis fails. */
export interface RedisRateLimiter extends RateLimiter {
  /** Takes answered without Redis since the limiter was created (let through when failing open). */
  readonly failures: number;
  /**
   * Resolves once the limiter's own client has connected, or once it is closed without having
   * connected; at once for a given `client`. Never rejects. Awaiting it is optional: takes before
   * the connection fail open (or closed) like any other Redis failure.
   */
  ready(): Promise<void>;
}

/** The code of the error `take` rejects with when Redis fails and `failOpen` is `false`. */
export const RATE_LIMITER_UNAVAILABLE = 'RATE_LIMITER_UNAVAILABLE';

/**
 * Creates a limiter whose buckets live in Redis.
 *
 * **When Redis fails, it fails open by default** (the request goes through unlimited), logs an
 * error and counts the failure in `failures`. For a government gateway the rate limit protects
 * the source systems from a noisy client; it is not an access control (authentication and
 * authorization still apply to every request). Failing closed would turn one Redis outage into an
 * outage of every government service behind the gateway, for every client, honest or not —
 * exactly the harm the limiter exists to prevent. Failing open loses only the per-client fairness
 * for the length of the outage, and the operation limits, timeouts and circuit breakers still
 * bound what any one request can cost. Set `failOpen: false` where a shared budget matters more
 * than availability.
 *
 * A `url` client reconnects on its own with backoff; commands are not queued while it is
 * disconnected (they fail at once instead of holding requests), and each take waits at most
 * `commandTimeoutMs`.
 *
 * @throws RangeError for a capacity that is not a whole number of at least 1 or a refill rate not above 0
 */
export function createRedisRateLimiter(options: RedisRateLimiterOptions): RedisRateLimiter {
  const defaultBudget: Budget = { capacity: options.capacity, refillPerSecond: options.refillPerSecond };
  checkBudget(defaultBudget, 'createRedisRateLimiter');
  if (options.keyPrefix === '') throw new RangeError('createRedisRateLimiter: keyPrefix must not be empty.');
  const failOpen = options.failOpen ?? true;
  const commandTimeoutMs = options.commandTimeoutMs ?? 250;
  const logIntervalMs = options.logIntervalMs ?? 60_000;
  const logger = options.logger;

  const owned = options.url === undefined ? undefined : connectOwnClient(options.url, logger);
  const client: RedisCommandSender = owned?.client ?? options.client!;

  let failures = 0;
  let failing = false;
  let unloggedFailures = 0;
  let lastLoggedAt = 0;
  let closed = false;

  function recordFailure(error: unknown): void {
    failures++;
    unloggedFailures++;
    const now = Date.now();
    if (!failing || now - lastLoggedAt >= logIntervalMs) {
      logger?.error(
        { error: describeRedisError(error), failuresSinceLastLog: unloggedFailures, failOpen },
        failOpen ? 'rate limiter: Redis failed, requests pass unlimited' : 'rate limiter: Redis failed, requests are refused',
      );
      lastLoggedAt = now;
      unloggedFailures = 0;
    }
    failing = true;
  }

  function recordSuccess(): void {
    if (!failing) return;
    failing = false;
    logger?.info({ failuresSinceLastLog: unloggedFailures }, 'rate limiter: Redis answers again');
    unloggedFailures = 0;
  }

  async function runScript(key: string, budget: Budget, cost: number): Promise<unknown> {
    const args = ['1', key, String(budget.capacity), String(budget.refillPerSecond), String(cost)];
    try {
      return await client.sendCommand(['EVALSHA', SCRIPT_SHA1, ...args], { timeout: commandTimeoutMs });
    } catch (error) {
      // The script cache is empty after a Redis restart or failover: send the script itself once,
      // which also caches it for the next EVALSHA.
      if (!(error instanceof Error && error.message.startsWith('NOSCRIPT'))) throw error;
      return client.sendCommand(['EVAL', TOKEN_BUCKET_SCRIPT, ...args], { timeout: commandTimeoutMs });
    }
  }

  return {
    async take(key, cost = 1, budget = defaultBudget): Promise<RateLimitDecision> {
      checkCost(cost, budget);
      if (closed) throw new Error('The rate limiter is closed.');
      let reply: unknown;
      try {
        reply = await runScript(options.keyPrefix + key, budget, cost);
      } catch (error) {
        recordFailure(error);
        if (failOpen) return { allowed: true, remaining: budget.capacity - cost, retryAfterSeconds: 0, limit: budget.capacity };
        throw Object.assign(new Error('The rate limiter cannot reach Redis.', { cause: error }), { code: RATE_LIMITER_UNAVAILABLE });
      }
      recordSuccess();
      const [allowed, tokens] = parseReply(reply);
      return decisionFor(allowed, tokens, cost, budget);
    },
    async close() {
      if (closed) return;
      closed = true;
      await owned?.close();
    },
    get failures() {
      return failures;
    },
    ready: () => owned?.ready ?? Promise.resolve(),
  };
}

function parseReply(reply: unknown): [boolean, number] {
  if (Array.isArray(reply) && reply.length === 2) {
    const tokens = Number(String(reply[1]));
    if (Number.isFinite(tokens)) return [Number(reply[0]) === 1, tokens];
  }
  throw new Error(`Unexpected reply from the rate-limit script: ${JSON.stringify(reply)}`);
}

/** A client the limiter owns: connected in the background, reconnecting with capped backoff. */
function connectOwnClient(url: string, logger: RedisRateLimiterOptions['logger']) {
  const client = createClient({
    url,
    // A request must not wait for a reconnect: fail (open) at once while disconnected.
    disableOfflineQueue: true,
    socket: { connectTimeout: 2_000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 5_000) },
  });
  // Without a listener, node-redis's connection errors would crash the process. Takes log the
  // failures they meet (rate-limited), so each reconnect attempt is not logged again here.
  client.on('error', () => {});
  const ready = client.connect().then(
    () => undefined,
    (error: unknown) => {
      logger?.warn({ error: describeRedisError(error) }, 'rate limiter: Redis connection closed before it was ready');
    },
  );
  let closing: Promise<void> | undefined;
  return {
    client: client as unknown as RedisCommandSender,
    ready,
    close() {
      closing ??= (async () => {
        if (client.isReady) await client.close();
        else client.destroy();
        await ready;
      })();
      return closing;
    },
  };
}

/** What a log may say about a Redis error: its kind and message, which hold no credentials. */
function describeRedisError(error: unknown): { name: string; message: string } {
  return error instanceof Error ? { name: error.name, message: error.message } : { name: 'Error', message: String(error) };
}
