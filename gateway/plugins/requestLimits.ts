/**
 * The limits a request meets before Apollo Server parses anything: a POST must be JSON, the body
 * has a size limit, an array of operations (a batch) is refused unless batching is on and the
 * batch is small enough, and each operation's text has a token limit.
 *
 * The token limit is graphql-armor's (`MaxTokensParserWLexer`, which stops lexing at the limit),
 * applied here rather than through armor's Apollo plugin: that plugin throws from
 * `parsingDidStart`, which Apollo treats as an unexpected error, and its
 * `unexpectedErrorProcessingRequest` hook turns every unexpected error of every request into a
 * 500 `GRAPHQL_VALIDATION_FAILED`. Checking here answers a clean 400 and leaves other errors alone.
 *
 * Refusals go to `next(error)` as `RequestRefusedError`s; the gateway's HTTP error handler answers
 * them in GraphQL error shape.
 */
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';
import express, { type RequestHandler } from 'express';
import { RequestRefusedError } from '../RequestRefusedError.js';

/** Options of `requestLimitsMiddleware`. */
export interface RequestLimitsOptions {
  /** Largest request body in bytes (config `maxBodyBytes`); a larger one gets 413. */
  readonly maxBodyBytes: number;
  /** Most operations in one batch (config `maxBatch`); `0` refuses every batch. */
  readonly maxBatch: number;
  /** Most lexical tokens in one operation's text (config `maxTokens`). */
  readonly maxTokens: number;
}

/**
 * The handlers to put in front of the GraphQL handler, in order: content type, JSON body with its
 * size limit, then batch and token limits.
 */
export function requestLimitsMiddleware(options: RequestLimitsOptions): RequestHandler[] {
  const { maxBodyBytes, maxBatch, maxTokens } = options;
  const json = express.json({ limit: maxBodyBytes });

  const requireJson: RequestHandler = (req, _res, next) => {
    // Anything else would reach Apollo with no body; refusing it also closes the CSRF door that
    // "simple" content types (text/plain, forms) open, whatever headers come with them.
    if (req.method === 'POST' && !req.is('application/json')) {
      next(new RequestRefusedError(415, 'BAD_REQUEST', 'A POST to the GraphQL endpoint must carry a JSON body with content-type: application/json.'));
      return;
    }
    next();
  };

  const parseBody: RequestHandler = (req, res, next) => {
    json(req, res, (error?: unknown) => {
      // body-parser's documented `type` for a body over the limit; it stops reading at the limit.
      if ((error as { type?: unknown } | undefined)?.type === 'entity.too.large') {
        next(new RequestRefusedError(413, 'BAD_REQUEST', `The request body exceeds the limit of ${maxBodyBytes} bytes.`));
        return;
      }
      next(error);
    });
  };

  const limitOperations: RequestHandler = (req, _res, next) => {
    const body: unknown = req.body;
    if (Array.isArray(body)) {
      if (maxBatch === 0) {
        next(
          new RequestRefusedError(
            400,
            'BAD_REQUEST',
            'Batched requests (a JSON array of operations) are turned off on this gateway; send one operation per request.',
          ),
        );
        return;
      }
      if (body.length > maxBatch) {
        next(new RequestRefusedError(400, 'OPERATION_LIMIT_EXCEEDED', `The batch exceeds the limit of ${maxBatch} operations.`));
        return;
      }
    }
    const queries = req.method === 'GET' ? [req.query['query']] : (Array.isArray(body) ? body : [body]).map(queryOf);
    if (queries.some((query) => typeof query === 'string' && exceedsTokenLimit(query, maxTokens))) {
      next(new RequestRefusedError(400, 'OPERATION_LIMIT_EXCEEDED', `The operation exceeds the token limit of ${maxTokens}.`));
      return;
    }
    next();
  };

  return [requireJson, parseBody, limitOperations];
}

/**
 * True when `query` has more than `maxTokens` tokens, counted by graphql-armor's lexer, which
 * stops at the limit instead of reading the whole text. A text that is not valid GraphQL within
 * the limit is not this check's business: Apollo reports its syntax error, with the place.
 */
export function exceedsTokenLimit(query: string, maxTokens: number): boolean {
  let exceeded = false;
  const parser = new MaxTokensParserWLexer(query, {
    n: maxTokens,
    onReject: [
      () => {
        exceeded = true;
      },
    ],
    propagateOnRejection: true,
  });
  try {
    parser.parseDocument();
  } catch {
    // Either the limit (seen through onReject, not through the message) or a syntax error.
  }
  return exceeded;
}

function queryOf(operation: unknown): unknown {
  return operation !== null && typeof operation === 'object' ? (operation as { query?: unknown }).query : undefined;
}
