import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { Purpose } from '../../../schema/purposes.js';
import { ANONYMOUS, type Principal } from '../auth/Principal.js';
import type { InternalClaims } from '../auth/internalToken.js';

/** What every subgraph knows of the request it serves, read from the gateway's headers. */
export interface RequestInfo {
  /** The gateway's request id (`x-request-id`), or a new one when called directly. */
  readonly requestId: string;
  /** Absolute epoch ms by which the answer must be back (`x-govgraph-deadline`). */
  readonly deadline: number;
  /** Who is asking, from the gateway's verified internal token. */
  readonly principal: Principal;
  /** The purpose the client declared for this request, if any (from the catalogue). */
  readonly purpose?: Purpose;
}

const SANE_ID = /^[A-Za-z0-9._-]{1,100}$/;

/**
 * Reads the request id and deadline the gateway passes on. A deadline missing, unreadable or
 * further away than `defaultBudgetMs` is clamped to it: a caller cannot buy itself more time.
 */
export function readRequestInfo(
  headers: IncomingHttpHeaders,
  defaultBudgetMs: number,
  now = Date.now(),
  claims?: InternalClaims,
): RequestInfo {
  const idHeader = headers['x-request-id'];
  const requestId = typeof idHeader === 'string' && SANE_ID.test(idHeader) ? idHeader : randomUUID();
  const deadlineHeader = Number(headers['x-govgraph-deadline']);
  const latest = now + defaultBudgetMs;
  const deadline = Number.isFinite(deadlineHeader) && deadlineHeader > 0 ? Math.min(deadlineHeader, latest) : latest;
  return {
    requestId,
    deadline,
    principal: claims?.principal ?? ANONYMOUS,
    ...(claims?.purpose === undefined ? {} : { purpose: claims.purpose }),
  };
}
