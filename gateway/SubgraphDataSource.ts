/**
 * How the gateway talks to one subgraph: @apollo/gateway's `RemoteGraphQLDataSource`, plus the
 * request id and deadline headers, the deadline enforced on the fetch itself, and one coded error
 * for every way a subgraph can fail to give a GraphQL answer.
 */
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import type { ErrorCode } from '../schema/errorCodes.js';
import { DEADLINE_HEADER, REQUEST_ID_HEADER, type GatewayContext } from './requestScope.js';

/** Options of `SubgraphDataSource`. */
export interface SubgraphDataSourceOptions {
  /** The subgraph's name in the supergraph; put in `extensions.subgraph` of its failures. */
  readonly name: string;
  /** The URL operations are POSTed to (the supergraph's routing URL or its configured override). */
  readonly url: string;
}

const SUBGRAPH_UNAVAILABLE: ErrorCode = 'SUBGRAPH_UNAVAILABLE';

/**
 * A subgraph client that forwards `x-request-id` and `x-govgraph-deadline`, aborts the fetch when
 * the request's budget is spent, and turns every transport failure into `SUBGRAPH_UNAVAILABLE`.
 *
 * Left alone, @apollo/gateway would push a connection failure to the client as a bare error whose
 * message holds the subgraph's internal URL and no subgraph name, and a non-2xx answer as an error
 * whose `extensions.response` holds the subgraph's URL and whole body.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  /** The subgraph's name in the supergraph. */
  readonly subgraphName: string;

  constructor(options: SubgraphDataSourceOptions) {
    super({ url: options.url });
    this.subgraphName = options.name;
    // The base class builds the fetch options itself, so the headers set in willSendRequest are
    // the only per-request data that reaches the fetcher: read the deadline back from them.
    const fetchOnce = this.fetcher;
    this.fetcher = (url, init) => {
      const signal = deadlineSignal(init?.headers?.[DEADLINE_HEADER]);
      return fetchOnce(url, signal ? { ...init, signal } : init);
    };
  }

  override willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    // Health checks and schema loading run outside any client request, so they have no scope.
    // (The request-kind enum is not exported by @apollo/gateway; this property marks client requests.)
    if (!('incomingRequestContext' in options)) return;
    const headers = options.request.http?.headers;
    const scope = options.context.scope;
    if (!headers || !scope) return;
    headers.set(REQUEST_ID_HEADER, scope.requestId);
    headers.set(DEADLINE_HEADER, String(scope.deadline));
  }

  /**
   * Called by the base class for every failure to get a GraphQL answer: connection errors,
   * aborts, non-2xx statuses, bodies that are not a JSON object. GraphQL errors inside a 2xx
   * answer do not come here; @apollo/gateway passes those on with `extensions.serviceName`.
   *
   * A non-2xx answer counts as unavailable even when its body holds GraphQL errors: it refuses the
   * gateway's own request (a rejected internal token, a query plan from a supergraph that drifted
   * from the subgraph), so passing its code on would tell the client that its request was wrong.
   */
  override didEncounterError(error: Error): never {
    const deadlinePassed = error.name === 'AbortError';
    throw new GraphQLError(
      deadlinePassed
        ? `Subgraph "${this.subgraphName}" did not answer within the request deadline.`
        : `Subgraph "${this.subgraphName}" is unavailable.`,
      {
        originalError: error,
        extensions: { code: SUBGRAPH_UNAVAILABLE, subgraph: this.subgraphName },
      },
    );
  }
}

function deadlineSignal(header: string | undefined): AbortSignal | undefined {
  const deadline = Number(header);
  if (header === undefined || !Number.isFinite(deadline)) return undefined;
  const remaining = deadline - Date.now();
  return remaining > 0 ? AbortSignal.timeout(remaining) : AbortSignal.abort();
}
