/**
 * The catalogue of error codes GovGraph puts in `errors[].extensions.code`.
 *
 * This file is part of the public contract: clients branch on these codes, so a code is never
 * renamed or reused. `schema/ERRORS.md` is generated from it (`npm run schema:compose`) and a
 * contract test proves the two agree.
 */
export interface ErrorCodeEntry {
  /** What happened, written for the developer of a client. */
  readonly description: string;
  /** Whether the same request may succeed if the client retries it later unchanged. */
  readonly retryable: boolean;
  /** The HTTP status the gateway answers with when this error rejects the whole request. */
  readonly httpStatus: number;
}

export const errorCodes = {
  GRAPHQL_PARSE_FAILED: {
    description: 'The request is not valid GraphQL syntax. The message gives the line and column.',
    retryable: false,
    httpStatus: 400,
  },
  GRAPHQL_VALIDATION_FAILED: {
    description:
      'The operation does not match the schema (unknown field, missing argument, wrong literal type). No field suggestions are given in production.',
    retryable: false,
    httpStatus: 400,
  },
  BAD_USER_INPUT: {
    description:
      'An argument or variable has a value the field does not accept (wrong type, out of range, bad date, malformed code). The message names the argument and the accepted range.',
    retryable: false,
    httpStatus: 400,
  },
  BAD_REQUEST: {
    description:
      'The HTTP request itself is malformed or not accepted: body not JSON, missing query, a POST whose content type is not `application/json` (HTTP 415), a mutation sent by GET (HTTP 405), a body over the size limit (HTTP 413), a batch (a JSON array of operations) while batching is off, or a request blocked by CSRF prevention.',
    retryable: false,
    httpStatus: 400,
  },
  OPERATION_LIMIT_EXCEEDED: {
    description:
      'The operation is bigger or costlier than the gateway allows: too deep, too many aliases, directives or tokens, too high an estimated cost, or too many operations in one batch. The message names the limit and its value; split or simplify the operation.',
    retryable: false,
    httpStatus: 400,
  },
  OPERATION_RESOLUTION_FAILURE: {
    description: 'The document holds several operations and the request did not say which one to run.',
    retryable: false,
    httpStatus: 400,
  },
  PERSISTED_QUERY_NOT_FOUND: {
    description: 'The request named a persisted query by hash that the server does not know; send the full query.',
    retryable: true,
    httpStatus: 200,
  },
  PERSISTED_QUERY_NOT_SUPPORTED: {
    description: 'Automatic persisted queries are turned off on this gateway.',
    retryable: false,
    httpStatus: 200,
  },
  PERSISTED_QUERY_NOT_ALLOWED: {
    description:
      'The operation is not in the trusted documents (schema/trusted-documents.json) and this kind of client may only run trusted ones: send the `sha256Hash` of a listed operation in `extensions.persistedQuery`, or its exact text.',
    retryable: false,
    httpStatus: 400,
  },
  NOT_FOUND: {
    description: 'The requested record (agency, document, task, official) does not exist in the source system.',
    retryable: false,
    httpStatus: 200,
  },
  UNAUTHENTICATED: {
    description:
      'The operation needs an access token and none came, or the token is not acceptable (malformed, expired, not yet valid, wrong issuer or audience, an algorithm not allowed, an unknown key, a bad signature, claims that describe no principal). HTTP 401 with `WWW-Authenticate`; `extensions.reason` says which. Without a token only public data answers: the agency directory and published index scores.',
    retryable: false,
    httpStatus: 401,
  },
  IDENTITY_PROVIDER_UNAVAILABLE: {
    description: 'The identity provider\'s signing keys could not be fetched, so the access token could not be checked. Not a fault of the token: retry shortly.',
    retryable: true,
    httpStatus: 503,
  },
  FORBIDDEN: {
    description: 'The caller is known but may not see this data.',
    retryable: false,
    httpStatus: 403,
  },
  RATE_LIMITED: {
    description: 'The client has used its request budget; retry after the time given in `extensions.retryAfterSeconds`.',
    retryable: true,
    httpStatus: 429,
  },
  UPSTREAM_TIMEOUT: {
    description: 'The source system did not answer within the request deadline. `extensions.system` names it.',
    retryable: true,
    httpStatus: 200,
  },
  UPSTREAM_UNAVAILABLE: {
    description:
      'The source system could not be reached or answered with a server error (also when its circuit breaker is open). `extensions.system` names it.',
    retryable: true,
    httpStatus: 200,
  },
  UPSTREAM_REJECTED: {
    description:
      'The source system refused the request the adapter sent (4xx or an error status in its payload). Retrying the same request will not help.',
    retryable: false,
    httpStatus: 200,
  },
  UPSTREAM_BAD_RESPONSE: {
    description:
      'The source system answered with something the adapter cannot read: an HTML page, malformed or truncated JSON, or records missing required fields.',
    retryable: true,
    httpStatus: 200,
  },
  SUBGRAPH_UNAVAILABLE: {
    description: 'The gateway could not reach a subgraph. `extensions.subgraph` names it.',
    retryable: true,
    httpStatus: 200,
  },
  INTERNAL_SERVER_ERROR: {
    description:
      'An unexpected error. Details are in the server log under the request id given in `extensions.requestId`; nothing more is shown to the client.',
    retryable: true,
    httpStatus: 500,
  },
} as const satisfies Record<string, ErrorCodeEntry>;

export type ErrorCode = keyof typeof errorCodes;

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(errorCodes, value);
}
