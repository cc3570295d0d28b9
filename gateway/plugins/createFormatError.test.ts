import type { Request, Response } from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { errorCodes } from '../../schema/errorCodes.js';
import { requestScopeMiddleware } from '../requestScope.js';
import { captureLogger } from '../test/fakeSubgraphs.js';
import { MASKED_ERROR_MESSAGE, createFormatError, isMaskedCode } from './createFormatError.js';

/** Runs `fn` inside the request scope the gateway opens for a request with this id. */
function inRequest<T>(requestId: string, fn: () => T): T {
  let result!: T;
  const req = { headers: { 'x-request-id': requestId } } as unknown as Request;
  const res = { locals: {}, setHeader: () => undefined } as unknown as Response;
  requestScopeMiddleware({ requestTimeoutMs: 1000 })(req, res, () => {
    result = fn();
  });
  return result;
}

/** What @apollo/gateway makes of an error in a subgraph's answer (downstreamServiceError). */
function fromSubgraph(message: string, extensions: Record<string, unknown>): [GraphQLFormattedError, GraphQLError] {
  const error = new GraphQLError(message, {
    path: ['agency', 'taskSummary'],
    extensions: { ...extensions, serviceName: 'documents' },
  });
  return [{ message, path: ['agency', 'taskSummary'], extensions: { ...error.extensions } }, error];
}

describe('createFormatError', () => {
  it('renames serviceName to subgraph, keeps system, drops the subgraph stack trace and anything else', () => {
    const formatError = createFormatError({ logger: captureLogger().logger });
    const [formatted, error] = fromSubgraph('Hệ thống quản lý văn bản không trả lời kịp.', {
      code: 'UPSTREAM_TIMEOUT',
      system: 'document-management',
      stacktrace: ['Error: timeout', '    at LegacyClient.get (LegacyClient.ts:88:11)'],
      upstreamBody: '<html>504</html>',
    });
    expect(inRequest('r-1', () => formatError(formatted, error))).toEqual({
      message: 'Hệ thống quản lý văn bản không trả lời kịp.',
      path: ['agency', 'taskSummary'],
      extensions: { code: 'UPSTREAM_TIMEOUT', subgraph: 'documents', system: 'document-management', requestId: 'r-1' },
    });
  });

  it('masks an uncatalogued code, keeping the subgraph and path, and logs the original with the request id', () => {
    const log = captureLogger();
    const formatError = createFormatError({ logger: log.logger });
    const [formatted, error] = fromSubgraph('relation "hoso" does not exist', { code: 'DOWNSTREAM_SERVICE_ERROR', system: 'x' });
    expect(inRequest('r-2', () => formatError(formatted, error))).toEqual({
      message: MASKED_ERROR_MESSAGE,
      path: ['agency', 'taskSummary'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', subgraph: 'documents', requestId: 'r-2' },
    });
    expect(log.lines).toHaveLength(1);
    expect(log.lines[0]).toMatchObject({
      level: 50,
      requestId: 'r-2',
      code: 'DOWNSTREAM_SERVICE_ERROR',
      subgraph: 'documents',
      msg: 'masked an error without a catalogued code',
      error: { name: 'GraphQLError', message: 'relation "hoso" does not exist' },
    });
  });

  it('masks the message of INTERNAL_SERVER_ERROR too: Apollo gives that code to any stray throw', () => {
    const formatError = createFormatError({ logger: captureLogger().logger });
    const formatted = { message: 'Cannot read properties of undefined (reading "x")', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    expect(inRequest('r-3', () => formatError(formatted, new TypeError(formatted.message)))).toEqual({
      message: MASKED_ERROR_MESSAGE,
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'r-3' },
    });
  });

  it('masks an error with no code at all', () => {
    const formatError = createFormatError({ logger: captureLogger().logger });
    expect(formatError({ message: 'oops' }, new Error('oops'))).toEqual({
      message: MASKED_ERROR_MESSAGE,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('keeps locations and the retry hint of a catalogued gateway error', () => {
    const formatError = createFormatError({ logger: captureLogger().logger });
    const formatted = {
      message: 'Too many requests.',
      locations: [{ line: 1, column: 3 }],
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 30, http: { status: 429 } },
    };
    expect(inRequest('r-4', () => formatError(formatted, new GraphQLError('Too many requests.')))).toEqual({
      message: 'Too many requests.',
      locations: [{ line: 1, column: 3 }],
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 30, requestId: 'r-4' },
    });
  });

  it("gives a validation rule's own catalogued code back: Apollo re-codes every validation error", () => {
    const formatError = createFormatError({ logger: captureLogger().logger });
    // What Apollo Server's ValidationError makes of an error a rule reported.
    const validationError = (ruleError: GraphQLError) =>
      new GraphQLError(ruleError.message, {
        originalError: ruleError,
        extensions: { ...ruleError.extensions, code: 'GRAPHQL_VALIDATION_FAILED' },
      });
    const formatted = (error: GraphQLError) => ({ message: error.message, extensions: { ...error.extensions } });

    const limit = validationError(
      new GraphQLError('The operation exceeds the depth limit of 10.', { extensions: { code: 'OPERATION_LIMIT_EXCEEDED' } }),
    );
    expect(inRequest('r-6', () => formatError(formatted(limit), limit))).toEqual({
      message: 'The operation exceeds the depth limit of 10.',
      extensions: { code: 'OPERATION_LIMIT_EXCEEDED', requestId: 'r-6' },
    });

    for (const code of [undefined, 'WEIRD_CODE', 'INTERNAL_SERVER_ERROR']) {
      const plain = validationError(new GraphQLError('Cannot query field "budget" on type "Agency".', { extensions: { code } }));
      expect(formatError(formatted(plain), plain).extensions, String(code)).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
    }
  });

  it('logs SUBGRAPH_UNAVAILABLE with its cause, as a warning', () => {
    const log = captureLogger();
    const formatError = createFormatError({ logger: log.logger });
    const cause = Object.assign(new Error('request to http://10.0.0.4:4002/graphql failed, reason: connect ECONNREFUSED'), {
      code: 'ECONNREFUSED',
    });
    const error = new GraphQLError('Subgraph "documents" is unavailable.', {
      originalError: cause,
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'documents' },
    });
    const result = inRequest('r-5', () => formatError({ message: error.message, extensions: { ...error.extensions } }, error));
    expect(result).toEqual({
      message: 'Subgraph "documents" is unavailable.',
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'documents', requestId: 'r-5' },
    });
    expect(log.lines[0]).toMatchObject({
      level: 40,
      requestId: 'r-5',
      subgraph: 'documents',
      error: { originalError: { code: 'ECONNREFUSED' } },
    });
  });
});

describe('isMaskedCode', () => {
  it('keeps every catalogued code except INTERNAL_SERVER_ERROR', () => {
    const kept = Object.keys(errorCodes).filter((code) => !isMaskedCode(code));
    expect(kept).toEqual(Object.keys(errorCodes).filter((code) => code !== 'INTERNAL_SERVER_ERROR'));
    expect(isMaskedCode('DOWNSTREAM_SERVICE_ERROR')).toBe(true);
    expect(isMaskedCode(undefined)).toBe(true);
    expect(isMaskedCode('toString')).toBe(true);
  });
});
