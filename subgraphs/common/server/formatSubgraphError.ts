import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { isErrorCode } from '../../../schema/errorCodes.js';

/**
 * The subgraph side of STYLE "Errors": a catalogued code goes out as it is (without stack trace);
 * anything else was not made on purpose, so it is logged in full and masked.
 */
export function createSubgraphErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    if (isErrorCode(extensions['code'])) {
      return { ...formatted, extensions };
    }
    logger.error({ err: error, path: formatted.path }, 'unexpected error masked as INTERNAL_SERVER_ERROR');
    return {
      message: 'Internal server error.',
      ...(formatted.path ? { path: formatted.path } : {}),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
