/**
 * Per-client rate limits on the GraphQL endpoint: one token bucket per client, one token per
 * operation (a batch of five operations costs five), a budget per kind of caller.
 *
 * Who "the client" is depends on the caller: a partner system is its OAuth2 client id, an
 * official their subject, a citizen a hash of their personal id (personal data never goes in clear
 * into a Redis key or a log), and an anonymous caller a hash of its IP address (which can point at
 * a person too).
 *
 * A refusal is HTTP 429 with `Retry-After`, and a GraphQL-shaped `RATE_LIMITED` error carrying
 * `extensions.retryAfterSeconds`; every answer carries `RateLimit-Limit` and `RateLimit-Remaining`
 * (the IETF httpapi draft's names) so well-behaved clients can slow down before they are refused.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { PRINCIPAL_LOCAL } from './authentication.js';
import type { Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import { ANONYMOUS, type Principal, type PrincipalKind } from '../../subgraphs/common/auth/Principal.js';
import type { GatewayConfig } from '../config.js';
import { createMemoryRateLimiter } from '../rateLimit/createMemoryRateLimiter.js';
import { createRedisRateLimiter } from '../rateLimit/createRedisRateLimiter.js';
import type { Budget, RateLimiter } from '../rateLimit/RateLimiter.js';
import { RequestRefusedError } from '../RequestRefusedError.js';

/** The budget of each kind of caller. */
export type RateLimitBudgets = Readonly<Record<PrincipalKind, Budget>>;

/** Names the bucket of a request's client. The result may be stored and logged: no personal data in clear. */
export type ClientKeyOf = (principal: Principal, req: Request) => string;

/** Options of `createClientKeyOf`. */
export interface ClientKeyOptions {
  /**
   * Key of the HMAC-SHA256 that hides citizens' personal ids and anonymous callers' IP addresses.
   * Replicas sharing a Redis must share it. Default: none, and a plain SHA-256 is used, which
   * hides the value from a casual reader but not from someone who tries every 12-digit id.
   */
  readonly hashSecret?: string | Uint8Array;
}

/**
 * The default way to name clients: `partner:<clientId>`, `official:<subject>`,
 * `citizen:<hash of the personal id>`, `anonymous:<hash of the IP address>`.
 *
 * The anonymous address is express's `req.ip`: behind a load balancer, set express's
 * `trust proxy` to it, or every anonymous caller shares the balancer's bucket.
 */
export function createClientKeyOf(options: ClientKeyOptions = {}): ClientKeyOf {
  const { hashSecret } = options;
  // The kind is hashed with the value, so one value never gives the same hash for two kinds.
  const hidden = (kind: string, value: string) =>
    (hashSecret === undefined ? createHash('sha256') : createHmac('sha256', hashSecret)).update(`${kind}:${value}`).digest('base64url');
  return (principal, req) => {
    switch (principal.kind) {
      case 'partner':
        return `partner:${principal.clientId || principal.subject}`;
      case 'official':
        return `official:${principal.subject}`;
      case 'citizen':
        return `citizen:${hidden('citizen', principal.subject)}`;
      case 'anonymous':
        return `anonymous:${hidden('anonymous', req.ip ?? req.socket.remoteAddress ?? 'unknown')}`;
    }
  };
}

/** Options of `rateLimitMiddleware`. */
export interface RateLimitMiddlewareOptions {
  /** Where the buckets are (memory or Redis). */
  readonly limiter: RateLimiter;
  /** The budget of each kind of caller. */
  readonly budgets: RateLimitBudgets;
  /** Names the client's bucket. Default: `createClientKeyOf()` (plain SHA-256 hashes). */
  readonly keyOf?: ClientKeyOf;
  /**
   * The caller, as authentication established it. Default: `res.locals['principal']`, and
   * `ANONYMOUS` when there is none (so a request authentication has not seen is anonymous).
   */
  readonly principalOf?: (res: Response) => Principal | undefined;
}

/**
 * The middleware that applies the limits. Mount it on the GraphQL route after authentication (it
 * needs the principal) and after the JSON body is parsed (a batch costs one token per operation).
 *
 * A batch larger than the caller's whole burst could never pass, so it is refused at once as
 * `OPERATION_LIMIT_EXCEEDED` (HTTP 400, not retryable) instead of a `RATE_LIMITED` that would
 * send the client into retries that cannot succeed.
 */
export function rateLimitMiddleware(options: RateLimitMiddlewareOptions): RequestHandler {
  const { limiter, budgets } = options;
  const keyOf = options.keyOf ?? createClientKeyOf();
  const principalOf = options.principalOf ?? ((res: Response) => res.locals[PRINCIPAL_LOCAL] as Principal | undefined);

  return async (req, res, next) => {
    const principal = principalOf(res) ?? ANONYMOUS;
    const budget = budgets[principal.kind];
    const cost = operationCount(req.body);
    if (cost > budget.capacity) {
      next(
        new RequestRefusedError(
          400,
          'OPERATION_LIMIT_EXCEEDED',
          `The batch of ${cost} operations exceeds this client's rate-limit burst of ${budget.capacity} operations; send fewer operations per request.`,
        ),
      );
      return;
    }
    let decision;
    try {
      decision = await limiter.take(keyOf(principal, req), cost, budget);
    } catch (error) {
      next(error);
      return;
    }
    res.setHeader('RateLimit-Limit', String(decision.limit));
    res.setHeader('RateLimit-Remaining', String(decision.remaining));
    if (decision.allowed) {
      next();
      return;
    }
    const seconds = decision.retryAfterSeconds;
    res.setHeader('Retry-After', String(seconds));
    next(
      new RequestRefusedError(
        429,
        'RATE_LIMITED',
        `Too many operations: this client's rate limit is reached; retry in ${seconds} second${seconds === 1 ? '' : 's'}.`,
        { extensions: { retryAfterSeconds: seconds } },
      ),
    );
  };
}

/** Operations in a request: one per element of a batch (a JSON array), else one. */
function operationCount(body: unknown): number {
  return Array.isArray(body) ? Math.max(1, body.length) : 1;
}

/** Each kind's budget from the gateway config: officials and citizens share the base budget. */
export function rateLimitBudgetsOf(config: GatewayConfig): RateLimitBudgets {
  const base = { capacity: config.rateLimitCapacity, refillPerSecond: config.rateLimitRefillPerSecond };
  return {
    official: base,
    citizen: base,
    anonymous: { capacity: config.rateLimitAnonymousCapacity, refillPerSecond: config.rateLimitAnonymousRefillPerSecond },
    partner: { capacity: config.rateLimitPartnerCapacity, refillPerSecond: config.rateLimitPartnerRefillPerSecond },
  };
}

/** Prefix of the gateway's bucket keys in Redis; the version changes if the bucket format does. */
export const REDIS_KEY_PREFIX = 'govgraph:ratelimit:v1:';

/** The rate limit built from config: the middleware to mount and what to close on stop. */
export interface ConfiguredRateLimit {
  readonly middleware: RequestHandler;
  readonly limiter: RateLimiter;
  /** Closes the limiter (its Redis connection). Safe to call more than once. */
  close(): Promise<void>;
}

/** What `rateLimitFromConfig` may be given. */
export interface RateLimitDeps {
  /** Logs Redis failures and the hashing choice. */
  readonly logger: Logger;
  /** The caller. Default: `res.locals['principal']`, else `ANONYMOUS`. */
  readonly principalOf?: (res: Response) => Principal | undefined;
}

/**
 * Builds the rate limit the config describes: Redis buckets when `rateLimitRedisUrl` is set
 * (failing open when Redis fails, see `createRedisRateLimiter`), memory buckets otherwise.
 * Returns `undefined` when `rateLimitEnabled` is false.
 */
export function rateLimitFromConfig(config: GatewayConfig, deps: RateLimitDeps): ConfiguredRateLimit | undefined {
  if (!config.rateLimitEnabled) return undefined;
  const budgets = rateLimitBudgetsOf(config);
  const logger = deps.logger.child({ component: 'rate-limit' });
  let limiter: RateLimiter;
  let hashSecret: string | Uint8Array | undefined = config.rateLimitHashSecret;
  if (config.rateLimitRedisUrl !== undefined) {
    limiter = createRedisRateLimiter({ url: config.rateLimitRedisUrl, keyPrefix: REDIS_KEY_PREFIX, ...budgets.official, logger });
    if (hashSecret === undefined) {
      logger.warn('GATEWAY_RATE_LIMIT_HASH_SECRET is not set: citizen and IP bucket keys in Redis are plain SHA-256 hashes');
    }
  } else {
    limiter = createMemoryRateLimiter(budgets.official);
    // Memory buckets are never shared, so a key no one else knows costs nothing and hides more.
    hashSecret ??= randomBytes(32);
  }
  const middleware = rateLimitMiddleware({
    limiter,
    budgets,
    keyOf: createClientKeyOf({ hashSecret }),
    ...(deps.principalOf ? { principalOf: deps.principalOf } : {}),
  });
  return { middleware, limiter, close: () => limiter.close() };
}
