import { GraphQLError } from 'graphql';
import type { ErrorCode } from '../../../schema/errorCodes.js';

/** Codes that only adapters may raise: they describe an upstream system's failure. */
export type UpstreamErrorCode = Extract<ErrorCode, `UPSTREAM_${string}`>;

export interface GovGraphErrorOptions {
  /** Id of the upstream system involved (e.g. `document-management`); set on every `UPSTREAM_*` error. */
  readonly system?: string;
  /** Extra, client-safe extensions (never a legacy response body). */
  readonly extensions?: Readonly<Record<string, unknown>>;
  /** The underlying error, kept for the server log only. */
  readonly cause?: unknown;
}

/**
 * The one error class of GovGraph: its `extensions.code` is typed from the catalogue in
 * `schema/errorCodes.ts`, so a code that is not catalogued cannot be raised on purpose.
 * Match errors by `extensions.code`, never by `instanceof`.
 */
export class GovGraphError extends GraphQLError {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options: GovGraphErrorOptions = {}) {
    super(message, {
      extensions: {
        ...options.extensions,
        code,
        ...(options.system === undefined ? {} : { system: options.system }),
      },
      originalError: options.cause instanceof Error ? options.cause : undefined,
    });
    this.code = code;
  }
}

export function badUserInput(message: string, argument?: string): GovGraphError {
  return new GovGraphError('BAD_USER_INPUT', message, argument ? { extensions: { argument } } : {});
}

export function notFound(message: string): GovGraphError {
  return new GovGraphError('NOT_FOUND', message);
}

export function upstreamError(
  code: UpstreamErrorCode,
  system: string,
  message: string,
  cause?: unknown,
): GovGraphError {
  return new GovGraphError(code, message, { system, cause });
}

/** The catalogued code of any thrown value, or `undefined` when it carries none. */
export function errorCodeOf(error: unknown): string | undefined {
  if (error instanceof GraphQLError) {
    const code = error.extensions?.['code'];
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}
