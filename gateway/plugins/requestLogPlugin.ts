/**
 * One log line per GraphQL request: request id, operation name, duration, HTTP status and the
 * error codes the client received.
 *
 * Deliberately absent: the query text, its hash and the variables (a citizen's 12-digit personal
 * id written inline or passed as a variable is personal data, and a hash of so small a space is
 * reversible), and every header (tokens).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { performance } from 'node:perf_hooks';
import type { Logger } from 'pino';
import { currentRequestScope, type GatewayContext, type RequestScope } from '../requestScope.js';

/** Options of `requestLogPlugin`. */
export interface RequestLogPluginOptions {
  /** Where the request lines go, at level `info`. */
  readonly logger: Logger;
}

/** Logs every GraphQL request once, when its response is sent, and requests Apollo rejected as malformed. */
export function requestLogPlugin(options: RequestLogPluginOptions): ApolloServerPlugin<GatewayContext> {
  const { logger } = options;
  return {
    async requestDidStart({ contextValue }) {
      return {
        async willSendResponse({ response, operationName, request }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : response.body.initialResult.errors;
          logger.info(
            {
              requestId: contextValue.scope.requestId,
              operationName: operationName ?? request.operationName ?? null,
              durationMs: durationSince(contextValue.scope),
              status: response.http.status ?? 200,
              errorCodes: errors?.map((error) => error.extensions?.['code']) ?? [],
            },
            'graphql request',
          );
        },
      };
    },
    // Requests refused before the pipeline (CSRF, no query, bad method) never reach
    // requestDidStart; they are logged here so every request leaves a line.
    async invalidRequestWasReceived({ error }) {
      const scope = currentRequestScope();
      // Apollo only calls this hook with its BAD_REQUEST GraphQLErrors.
      const extensions = error instanceof GraphQLError ? error.extensions : {};
      logger.info(
        {
          requestId: scope?.requestId,
          operationName: null,
          durationMs: scope ? durationSince(scope) : undefined,
          status: httpStatusOf(extensions['http']) ?? 400,
          errorCodes: [extensions['code'] ?? 'BAD_REQUEST'],
        },
        'graphql request refused',
      );
    },
  };
}

function httpStatusOf(http: unknown): number | undefined {
  const status: unknown = http !== null && typeof http === 'object' ? (http as { status?: unknown }).status : undefined;
  return typeof status === 'number' ? status : undefined;
}

function durationSince(scope: RequestScope): number {
  return Math.round((performance.now() - scope.startedAt) * 100) / 100;
}
