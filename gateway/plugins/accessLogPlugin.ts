/**
 * Writes one access-log record per GraphQL operation, refused ones included, when its answer is
 * sent: who asked (principal, client, purpose), what (operation hash, keyed hash of the
 * variables), what went back (response hash, outcome, error codes) and which personal-data fields
 * were released for which citizen (keyed hashes). See `accessLog/` for the record and the chain.
 *
 * The record is written before the answer leaves, so a served answer always has its record — but
 * a failed write never turns a served answer into an error: it is logged at error level, loudly,
 * for the operator to act on.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from 'pino';
import type { AccessLogStore } from '../../accessLog/AccessLogStore.js';
import { createAccessLogEntry, type OperationFacts, type PersonalDataRelease } from '../../accessLog/createAccessLogEntry.js';
import { ANONYMOUS, type Principal } from '../../subgraphs/common/auth/Principal.js';
import { currentRequestScope } from '../requestScope.js';

/**
 * What the plugin reads from the gateway's context value. Field names are `GatewayContext`'s;
 * all but `scope` are optional so the plugin works before authentication lands (a missing
 * principal is logged as anonymous).
 */
export interface AccessLogContext {
  readonly scope: { readonly requestId: string };
  /** The verified caller. Default `ANONYMOUS`. */
  readonly principal?: Principal;
  /** The declared purpose code. Default none (`null` in the record). */
  readonly purpose?: string;
  /** Personal-data fields released while the operation ran (subjects in clear). Default none. */
  readonly releases?: readonly PersonalDataRelease[];
}

/** Where records go and how they are made: shared by the plugin and `logRefusedRequest`. */
export interface AccessLogWriter {
  /** The opened store (`openAccessLogStore`); the gateway closes it after Apollo stops. */
  readonly store: AccessLogStore;
  /** Config `accessLogSubjectKey`: the key of the citizens' keyed hashes. */
  readonly subjectKey: string;
  /** Failed appends are logged here at level `error`. */
  readonly logger: Logger;
  /** Clock of the records' `at`. Default `() => new Date()`. */
  readonly now?: () => Date;
}

/** Options of `accessLogPlugin`. */
export interface AccessLogPluginOptions extends AccessLogWriter {
  /**
   * The context of a request Apollo refused before building one (CSRF prevention, no query, a bad
   * method): read from the request's AsyncLocalStorage. Default: the request scope only, so the
   * record has the request id and an anonymous principal.
   */
  readonly contextOutsideOperation?: () => AccessLogContext | undefined;
}

/** The plugin; place it after the request-log plugin so both see the same formatted response. */
export function accessLogPlugin<TContext extends AccessLogContext>(options: AccessLogPluginOptions): ApolloServerPlugin<TContext> {
  const outside: () => AccessLogContext | undefined =
    options.contextOutsideOperation ??
    (() => {
      const scope = currentRequestScope();
      return scope ? { scope } : undefined;
    });
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, request, source, operationName, response }) {
          const body = response.body.kind === 'single' ? response.body.singleResult : response.body.initialResult;
          await writeRecord(options, {
            requestId: contextValue.scope.requestId,
            principal: contextValue.principal ?? ANONYMOUS,
            purpose: contextValue.purpose,
            operationName: operationName ?? request.operationName ?? null,
            query: source ?? request.query ?? null,
            variables: request.variables,
            responseBody: body,
            releases: contextValue.releases,
          });
        },
      };
    },
    async invalidRequestWasReceived({ error }) {
      const context = outside();
      await writeRecord(options, {
        requestId: context?.scope.requestId ?? 'unknown',
        principal: context?.principal ?? ANONYMOUS,
        purpose: context?.purpose,
        responseBody: { errors: [{ message: error.message, extensions: { code: codeOf(error) } }] },
      });
    },
  };
}

/** A request refused before Apollo ran it (a 401 for a bad token, a rate limit in middleware). */
export interface RefusedRequest {
  readonly requestId: string;
  /** Who it was, if known by then. Default `ANONYMOUS`. */
  readonly principal?: Principal;
  readonly purpose?: string;
  readonly operationName?: string | null;
  /** The query text, if the body was read. */
  readonly query?: string | null;
  readonly variables?: unknown;
  /** Exactly the body sent to the client, e.g. `{ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] }`. */
  readonly responseBody: unknown;
}

/**
 * Logs a request refused in express middleware, before Apollo. Never throws: a failed append is
 * logged at error level and the refusal goes out as it would have.
 */
export async function logRefusedRequest(writer: AccessLogWriter, refused: RefusedRequest): Promise<void> {
  await writeRecord(writer, { ...refused, principal: refused.principal ?? ANONYMOUS });
}

async function writeRecord(writer: AccessLogWriter, facts: Omit<OperationFacts, 'at'>): Promise<void> {
  try {
    await writer.store.append(createAccessLogEntry({ ...facts, at: (writer.now ?? (() => new Date()))() }, writer.subjectKey));
  } catch (error) {
    writer.logger.error(
      { requestId: facts.requestId, error: { message: error instanceof Error ? error.message : String(error), code: (error as { code?: unknown })?.code } },
      'ACCESS LOG WRITE FAILED: this operation has no access-log record; check the log store now',
    );
  }
}

function codeOf(error: Error): string {
  const code = (error as { extensions?: Record<string, unknown> }).extensions?.['code'];
  return typeof code === 'string' ? code : 'BAD_REQUEST';
}
