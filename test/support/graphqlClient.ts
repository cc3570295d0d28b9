import { request } from 'undici';

export interface GraphQLResponse<T = Record<string, unknown>> {
  readonly status: number;
  readonly body: {
    data?: T | null;
    errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  };
  readonly text: string;
}

/** POSTs one operation to a GraphQL endpoint over real HTTP, as a dashboard would. */
export async function postGraphQL<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.body.text();
  let body: GraphQLResponse<T>['body'];
  try {
    body = JSON.parse(text) as GraphQLResponse<T>['body'];
  } catch {
    body = {};
  }
  return { status: response.statusCode, body, text };
}

/** The errors of a response as `{ code, path, subgraph, system }`, for compact assertions. */
export function errorSummary(response: GraphQLResponse<unknown>) {
  return (response.body.errors ?? []).map((error) => ({
    code: error.extensions?.['code'],
    path: error.path?.join('.'),
    ...(error.extensions?.['subgraph'] ? { subgraph: error.extensions['subgraph'] } : {}),
    ...(error.extensions?.['system'] ? { system: error.extensions['system'] } : {}),
  }));
}
