/**
 * The per-request facts every part of the gateway needs: the request id that ties logs, subgraph
 * calls and client-visible errors together, and the deadline of the request's budget.
 *
 * The scope travels two ways: explicitly as the GraphQL context value (resolvers, data sources,
 * plugins), and through AsyncLocalStorage for the one place Apollo gives no context to:
 * `formatError`, which also formats errors raised before a context exists (CSRF, bad requests).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { RequestHandler, Response } from 'express';
import type { Purpose } from '../schema/purposes.js';
import type { Principal } from '../subgraphs/common/auth/Principal.js';

/** Header carrying the request id, from the client (if sane) and to subgraphs and the client. */
export const REQUEST_ID_HEADER = 'x-request-id';

/** Header carrying the absolute deadline (epoch milliseconds) of the request's budget to subgraphs. */
export const DEADLINE_HEADER = 'x-govgraph-deadline';

/** What the gateway knows about one client request from the moment it arrives. */
export interface RequestScope {
  /** The client's `x-request-id` if it looks sane, otherwise a fresh UUID. */
  readonly requestId: string;
  /** Epoch milliseconds at which the request's budget ends. */
  readonly deadline: number;
  /** `performance.now()` at arrival, for durations that do not jump with the wall clock. */
  readonly startedAt: number;
}

/** A personal-data field a subgraph released in clear, as reported in its response. */
export interface PersonalDataRelease {
  /** The field, e.g. `Citizen.fullName`. */
  readonly coordinate: string;
  /** Whose data: the citizen's personal id, in clear (hash it before it is stored anywhere). */
  readonly subject: string;
}

/** The context value of every GraphQL operation the gateway runs. */
export interface GatewayContext {
  /** The request this operation belongs to. */
  readonly scope: RequestScope;
  /** The verified caller (`ANONYMOUS` without a token). */
  readonly principal: Principal;
  /** The purpose the client declared in `x-govgraph-purpose`, from the registered catalogue. */
  readonly purpose?: Purpose;
  /** Personal-data fields released while the operation ran, appended by the subgraph data sources. */
  readonly releases: PersonalDataRelease[];
}

const storage = new AsyncLocalStorage<RequestScope>();

/** A request id from a client is echoed into logs and headers, so it must be short and plain. */
const SANE_REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/** Returns the client's request id if it is safe to reuse, else `undefined`. */
export function acceptRequestId(value: unknown): string | undefined {
  return typeof value === 'string' && SANE_REQUEST_ID.test(value) ? value : undefined;
}

/** The scope of the request being handled, if any (for code Apollo gives no context to). */
export function currentRequestScope(): RequestScope | undefined {
  return storage.getStore();
}

/** The scope `requestScopeMiddleware` attached to a response. */
export function requestScopeOf(res: Response): RequestScope | undefined {
  const scope: unknown = res.locals['requestScope'];
  return scope === undefined ? undefined : (scope as RequestScope);
}

/** Options of `requestScopeMiddleware`. */
export interface RequestScopeOptions {
  /** The whole request's budget in milliseconds (config `requestTimeoutMs`). */
  readonly requestTimeoutMs: number;
  /** Wall clock, replaceable in tests. Default `Date.now`. */
  readonly now?: () => number;
}

/**
 * Opens a request scope: decides the request id, fixes the deadline at arrival, echoes the id in
 * the response's `x-request-id` header, and runs the rest of the chain inside the scope.
 */
export function requestScopeMiddleware(options: RequestScopeOptions): RequestHandler {
  const now = options.now ?? Date.now;
  return (req, res, next) => {
    const scope: RequestScope = {
      requestId: acceptRequestId(req.headers[REQUEST_ID_HEADER]) ?? randomUUID(),
      deadline: now() + options.requestTimeoutMs,
      startedAt: performance.now(),
    };
    res.locals['requestScope'] = scope;
    res.setHeader(REQUEST_ID_HEADER, scope.requestId);
    storage.run(scope, next);
  };
}
