/**
 * A request the gateway refuses before Apollo Server sees it (a wrong content type, a body too large,
 * a batch, too many tokens). Middleware passes it to `next(error)`; the gateway's HTTP error
 * handler answers it with its status and a GraphQL-shaped error carrying a catalogued code.
 */
import type { ErrorCode } from '../schema/errorCodes.js';

/** The `code` every `RequestRefusedError` has, to match on (STYLE: by code, not by class). */
export const REQUEST_REFUSED = 'GATEWAY_REQUEST_REFUSED';

/** Optional parts of a refusal. */
export interface RequestRefusedOptions {
  /** What caused it, for the server log only. */
  readonly cause?: unknown;
  /** Extra, client-safe extensions beside `code` (e.g. `reason`). */
  readonly extensions?: Readonly<Record<string, unknown>>;
}

export class RequestRefusedError extends Error {
  readonly code = REQUEST_REFUSED;
  /** Extra extensions the client sees beside `code`. */
  readonly extensions: Readonly<Record<string, unknown>>;

  /**
   * @param status the HTTP status of the answer (400, 413, 415...)
   * @param errorCode the catalogued code the client sees in `errors[].extensions.code`
   * @param message what the client sees: what was refused and the limit that refused it
   */
  constructor(
    readonly status: number,
    readonly errorCode: ErrorCode,
    message: string,
    options: RequestRefusedOptions = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'RequestRefusedError';
    this.extensions = options.extensions ?? {};
  }
}

/** True for a `RequestRefusedError`, recognised by its code. */
export function isRequestRefused(error: unknown): error is RequestRefusedError {
  return error !== null && typeof error === 'object' && (error as { code?: unknown }).code === REQUEST_REFUSED;
}
