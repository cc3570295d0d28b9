/**
 * Internal tokens for tests that call a subgraph directly, as the gateway would: one signing key
 * per test process, its public half handed to the subgraphs under test.
 */
import type { Purpose } from '../../schema/purposes.js';
import { postGraphQL, type GraphQLResponse } from './graphqlClient.js';
import type { Principal } from '../../subgraphs/common/auth/Principal.js';
import {
  generateInternalSigningKey,
  signInternalToken,
  type InternalKeySource,
  type InternalSigningKey,
} from '../../subgraphs/common/auth/internalToken.js';

let key: Promise<InternalSigningKey> | undefined;

/** The test process's gateway key. */
export function testInternalKey(): Promise<InternalSigningKey> {
  key ??= generateInternalSigningKey();
  return key;
}

/** What a subgraph under test verifies internal tokens with. */
export async function testInternalKeys(): Promise<InternalSigningKey & { source: InternalKeySource }> {
  const signing = await testInternalKey();
  return { ...signing, source: { jwks: { keys: [signing.publicJwk] } } };
}

/** A city leader: sees every agency. */
const cityLeader: Principal = {
  kind: 'official',
  subject: 'CB0000001',
  clientId: 'govgraph-test',
  scopes: [],
  agency: '000.00.00.H26',
  roles: ['LEADER'],
  identityLevel: 2,
};
export const TEST_CITY_LEADER: Principal = Object.freeze(cityLeader);

/** `Authorization` header with an internal token for `subgraph`, as the gateway would send. */
export async function internalHeaders(
  subgraph: string,
  principal: Principal = TEST_CITY_LEADER,
  purpose?: Purpose,
): Promise<Record<string, string>> {
  const token = await signInternalToken({
    key: await testInternalKey(),
    subgraph,
    claims: { principal, requestId: 'test', ...(purpose ? { purpose } : {}) },
    deadline: Date.now() + 30_000,
  });
  return { authorization: `Bearer ${token}` };
}

/**
 * `postGraphQL` for a test that calls one subgraph directly: every request carries an internal
 * token for that subgraph (a city leader's unless another principal is given).
 */
export function postAsGateway(subgraph: string, principal: Principal = TEST_CITY_LEADER) {
  return async <T = Record<string, unknown>>(
    url: string,
    query: string,
    variables?: Record<string, unknown>,
    headers: Record<string, string> = {},
  ): Promise<GraphQLResponse<T>> => postGraphQL<T>(url, query, variables, { ...(await internalHeaders(subgraph, principal)), ...headers });
}
