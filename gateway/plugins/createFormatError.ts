/**
 * The gateway's error policy (STYLE "Errors"), applied to every error Apollo Server sends: field
 * errors from subgraphs, the gateway's own errors, and request errors raised before any plugin
 * runs (CSRF, malformed requests). That is why it is a `formatError`, not a request plugin: only
 * `formatError` sees all of them.
 *
 * What @apollo/gateway 2.14 hands over (dist/executeQueryPlan.js, downstreamServiceError): each
 * error in a subgraph's 2xx answer becomes a GraphQLError with the subgraph's message, its path
 * rewritten to the client's, and `extensions` = the subgraph's extensions (code, system, and a
 * subgraph `stacktrace` if it runs in development) plus `serviceName`; with no code it gets
 * `DOWNSTREAM_SERVICE_ERROR`. Transport failures are turned into `SUBGRAPH_UNAVAILABLE` earlier,
 * by `SubgraphDataSource`.
 */
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { isErrorCode, type ErrorCode } from '../../schema/errorCodes.js';
import { currentRequestScope } from '../requestScope.js';

/** The message every masked error carries; the details are in the log under the request id. */
export const MASKED_ERROR_MESSAGE = 'Internal server error.';

/** Options of `createFormatError`. */
export interface FormatErrorOptions {
  /** Where masked errors and unreachable subgraphs are logged in full, with the request id. */
  readonly logger: Logger;
}

type FormatError = (formattedError: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/**
 * True when the client must not see an error's message: its code is not in the catalogue, or it
 * is `INTERNAL_SERVER_ERROR`, which Apollo gives to any unexpected throw, message and all.
 */
export function isMaskedCode(code: unknown): boolean {
  return !isErrorCode(code) || code === 'INTERNAL_SERVER_ERROR';
}

/**
 * Builds Apollo Server's `formatError`: the result keeps `message`, `locations` and `path`, and
 * only these extensions: `code` (catalogued, else `INTERNAL_SERVER_ERROR` with a generic message;
 * a validation rule's own catalogued code wins over Apollo's `GRAPHQL_VALIDATION_FAILED`),
 * `subgraph` (from @apollo/gateway's `serviceName`), `system`, `retryAfterSeconds` and `reason` when set on
 * an unmasked error, and `requestId`. Everything else (stack traces, upstream bodies, HTTP details)
 * is dropped by construction rather than by a list of things to strip.
 */
export function createFormatError(options: FormatErrorOptions): FormatError {
  const { logger } = options;
  return (formattedError, error) => {
    const extensions = formattedError.extensions ?? {};
    const code = codeOfValidationRule(extensions['code'], error) ?? extensions['code'];
    const subgraph = stringOrUndefined(extensions['serviceName']) ?? stringOrUndefined(extensions['subgraph']);
    const requestId = currentRequestScope()?.requestId;
    const masked = isMaskedCode(code);

    if (masked) {
      logger.error(
        { requestId, code, subgraph, path: formattedError.path, error: describeError(error) },
        'masked an error without a catalogued code',
      );
    } else if (code === 'SUBGRAPH_UNAVAILABLE') {
      logger.warn({ requestId, subgraph, error: describeError(error) }, 'subgraph unavailable');
    }

    const system = stringOrUndefined(extensions['system']);
    const retryAfterSeconds = extensions['retryAfterSeconds'];
    const reason = stringOrUndefined(extensions['reason']);
    const publicCode: ErrorCode = masked ? 'INTERNAL_SERVER_ERROR' : (code as ErrorCode);
    return {
      message: masked ? MASKED_ERROR_MESSAGE : formattedError.message,
      ...(formattedError.locations ? { locations: formattedError.locations } : {}),
      ...(formattedError.path ? { path: formattedError.path } : {}),
      extensions: {
        code: publicCode,
        ...(subgraph !== undefined ? { subgraph } : {}),
        ...(!masked && system !== undefined ? { system } : {}),
        ...(!masked && typeof retryAfterSeconds === 'number' ? { retryAfterSeconds } : {}),
        ...(!masked && reason !== undefined ? { reason } : {}),
        ...(requestId !== undefined ? { requestId } : {}),
      },
    };
  };
}

/**
 * Apollo Server gives every validation error the code `GRAPHQL_VALIDATION_FAILED`, overwriting
 * any code the rule set, and keeps the rule's error as `originalError`. A rule that rejects on
 * purpose with a catalogued code (the operation limits: `OPERATION_LIMIT_EXCEEDED`) gets it back.
 */
function codeOfValidationRule(code: unknown, error: unknown): ErrorCode | undefined {
  if (code !== 'GRAPHQL_VALIDATION_FAILED') return undefined;
  const ruleCode = propertyOf(propertyOf(propertyOf(error, 'originalError'), 'extensions'), 'code');
  return isErrorCode(ruleCode) && !isMaskedCode(ruleCode) ? ruleCode : undefined;
}

function propertyOf(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * A loggable copy of an error and what it wraps: GraphQLError keeps the subgraph's error (a plain
 * object with its own extensions and stack trace) in `originalError`, fetch errors keep the system
 * error in `cause` or their own fields. Depth is bounded because errors may wrap each other.
 */
export function describeError(error: unknown, depth = 0): unknown {
  if (depth > 4 || error === null || typeof error !== 'object') return error;
  const record = error as Record<string, unknown>;
  const described: Record<string, unknown> = {};
  if (error instanceof Error) {
    described['name'] = error.name;
    described['message'] = error.message;
    described['stack'] = error.stack;
  }
  for (const key of ['message', 'code', 'errno', 'type', 'path', 'extensions'] as const) {
    if (record[key] !== undefined && described[key] === undefined) described[key] = record[key];
  }
  if (record['originalError'] !== undefined) described['originalError'] = describeError(record['originalError'], depth + 1);
  if (record['cause'] !== undefined) described['cause'] = describeError(record['cause'], depth + 1);
  return described;
}
