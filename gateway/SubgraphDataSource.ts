/**
 * How the gateway talks to one subgraph: @apollo/gateway's `RemoteGraphQLDataSource`, plus the
 * request id and deadline headers, the deadline enforced on the fetch itself, and one coded error
 * for every way a subgraph can fail to give a GraphQL answer.
 */
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import type { ErrorCode } from '../schema/errorCodes.js';
import { signInternalToken, type InternalSigningKey } from '../subgraphs/common/auth/internalToken.js';
import { DEADLINE_HEADER, REQUEST_ID_HEADER, type GatewayContext, type PersonalDataRelease } from './requestScope.js';

/** The response extension in which a subgraph reports the personal-data fields it released. */
export const RELEASES_EXTENSION = 'govgraphReleases';

/** Options of `SubgraphDataSource`. */
export interface SubgraphDataSourceOptions {
  /** The subgraph's name in the supergraph; put in `extensions.subgraph` of its failures. */
  readonly name: string;
  /** The URL operations are POSTed to (the supergraph's routing URL or its configured override). */
  readonly url: string;
  /** The key internal tokens are signed with; the subgraph refuses any request without one. */
  readonly internalKey: InternalSigningKey;
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
  readonly #internalKey: InternalSigningKey;

  constructor(options: SubgraphDataSourceOptions) {
    super({ url: options.url });
    this.subgraphName = options.name;
    this.#internalKey = options.internalKey;
    // The base class builds the fetch options itself, so the headers set in willSendRequest are
    // the only per-request data that reaches the fetcher: read the deadline back from them.
    const fetchOnce = this.fetcher;
    this.fetcher = (url, init) => {
      const signal = deadlineSignal(init?.headers?.[DEADLINE_HEADER]);
      return fetchOnce(url, signal ? { ...init, signal } : init);
    };
  }

  override async willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    // Health checks and schema loading run outside any client request, so they have no scope and
    // get no internal token: the subgraph refuses them. (The request-kind enum is not exported by
    // @apollo/gateway; this property marks client requests.)
    if (!('incomingRequestContext' in options)) return;
    const headers = options.request.http?.headers;
    const { scope, principal, purpose } = options.context;
    if (!headers || !scope) return;
    headers.set(REQUEST_ID_HEADER, scope.requestId);
    headers.set(DEADLINE_HEADER, String(scope.deadline));
    const token = await signInternalToken({
      key: this.#internalKey,
      subgraph: this.subgraphName,
      claims: { principal, requestId: scope.requestId, ...(purpose === undefined ? {} : { purpose }) },
      deadline: scope.deadline,
    });
    headers.set('authorization', `Bearer ${token}`);
  }

  /**
   * Takes the subgraph's report of released personal data out of its response (the client never
   * sees it) into the request's context, where the access log reads it.
   */
  override didReceiveResponse({ response, context }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['didReceiveResponse']>>[0]) {
    const extensions = response.extensions as Record<string, unknown> | undefined;
    const reported = extensions?.[RELEASES_EXTENSION];
    if (extensions && reported !== undefined) {
      delete extensions[RELEASES_EXTENSION];
      if (Array.isArray(reported) && Array.isArray(context.releases)) {
        for (const item of reported) if (isRelease(item)) context.releases.push({ coordinate: item.coordinate, subject: item.subject });
      }
    }
    return response;
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

function isRelease(value: unknown): value is PersonalDataRelease {
  const item = value as Partial<PersonalDataRelease> | null;
  return typeof item?.coordinate === 'string' && typeof item.subject === 'string';
}
