import { buildSchema, graphql } from 'graphql';
import { describe, expect, it } from 'vitest';
import { AgencyTree } from './agencyScope.js';
import {
  allowResultWhen,
  both,
  enforceFieldPolicy,
  inAgencyScope,
  officials,
  parentAgency,
  policyGaps,
  PUBLIC,
  SIGNED_IN,
  visibleReference,
  type FieldPolicy,
} from './fieldPolicy.js';
import { ANONYMOUS, type Principal } from './Principal.js';
import { createRequestAccess, type RequestAccess } from './RequestAccess.js';

const tree = new AgencyTree([
  { code: 'CITY', parentCode: null, successorCodes: [] },
  { code: 'DEPT', parentCode: 'CITY', successorCodes: [] },
  { code: 'OTHER', parentCode: 'CITY', successorCodes: [] },
]);
let treeReads = 0;
const agencies = {
  tree: async () => {
    treeReads++;
    return tree;
  },
};

const official = (agency: string, scopes: Principal['scopes'] = []): Principal => ({
  kind: 'official', subject: 'CB0000002', clientId: 'test', scopes, agency, roles: ['OFFICIAL'], identityLevel: 2,
});
const citizen: Principal = { kind: 'citizen', subject: '001302678901', clientId: 'test', scopes: [], roles: [], identityLevel: 2 };
const partner: Principal = { kind: 'partner', subject: 'p', clientId: 'p', scopes: [], roles: [], contract: 'partner' };

const sdl = `
  type Query { directory: [Agency!]! agency(code: String!): Agency record: Record forgotten: String }
  type Agency { code: String! name: String! figures: Int secretive: Int }
  type Record { agency: String! title: String! }
`;

const policy: FieldPolicy = {
  'Query.directory': PUBLIC,
  'Query.agency': PUBLIC,
  'Query.record': both(SIGNED_IN, allowResultWhen('officials of the record\'s agency', 'not yours', async (record, { access }) => (await access.agencyScope()).includes((record as { agency: string }).agency))),
  'Agency.code': PUBLIC,
  'Agency.name': PUBLIC,
  'Agency.figures': inAgencyScope('the agency', parentAgency),
  'Record.*': officials(),
  // Query.forgotten and Agency.secretive are left out on purpose: they must be refused.
};

const schema = enforceFieldPolicy(buildSchema(sdl), policy, (context: { access: RequestAccess }) => context.access);
const rootValue = {
  directory: [{ code: 'DEPT', name: 'Department', figures: 7, secretive: 1 }, { code: 'OTHER', name: 'Other', figures: 9, secretive: 2 }],
  record: { agency: 'OTHER', title: 'A record of another agency' },
  forgotten: 'should never be seen',
};

async function run(principal: Principal, query: string) {
  const access = createRequestAccess({ requestId: 't', deadline: Date.now() + 5000, principal }, agencies);
  const result = await graphql({ schema, source: query, rootValue, contextValue: { access } });
  return { data: result.data, errors: (result.errors ?? []).map((error) => `${error.path?.join('.')}: ${String(error.extensions['code'])}`).sort() };
}

describe('enforceFieldPolicy', () => {
  it.each<[string, Principal, string, unknown, string[]]>([
    ['public fields answer anyone', ANONYMOUS, '{ directory { code name } }', { directory: [{ code: 'DEPT', name: 'Department' }, { code: 'OTHER', name: 'Other' }] }, []],
    ['a scoped field without a token is UNAUTHENTICATED, on that field only', ANONYMOUS, '{ directory { code figures } }', { directory: [{ code: 'DEPT', figures: null }, { code: 'OTHER', figures: null }] }, ['directory.0.figures: UNAUTHENTICATED', 'directory.1.figures: UNAUTHENTICATED']],
    ['an official sees the figures of their scope, FORBIDDEN elsewhere', official('DEPT'), '{ directory { code figures } }', { directory: [{ code: 'DEPT', figures: 7 }, { code: 'OTHER', figures: null }] }, ['directory.1.figures: FORBIDDEN']],
    ['the city sees every figure', official('CITY'), '{ directory { figures } }', { directory: [{ figures: 7 }, { figures: 9 }] }, []],
    ['a citizen has no agency scope', citizen, '{ directory { figures } }', { directory: [{ figures: null }, { figures: null }] }, ['directory.0.figures: FORBIDDEN', 'directory.1.figures: FORBIDDEN']],
    ['a field missing from the policy is refused to everyone', official('CITY'), '{ forgotten directory { secretive } }', { forgotten: null, directory: [{ secretive: null }, { secretive: null }] }, ['directory.0.secretive: FORBIDDEN', 'directory.1.secretive: FORBIDDEN', 'forgotten: FORBIDDEN']],
    ['a result rule refuses a record out of scope', official('DEPT'), '{ record { title } }', { record: null }, ['record: FORBIDDEN']],
    ['a result rule lets a record in scope through', official('OTHER'), '{ record { title } }', { record: { title: 'A record of another agency' } }, []],
    ['before the result rule, the entry rule: partners are refused', partner, '{ record { title } }', { record: null }, ['record: FORBIDDEN']],
  ])('%s', async (_name, principal, query, data, errors) => {
    expect(await run(principal, query)).toEqual({ data, errors });
  });

  it('reads the agency tree once per request, and never for non-officials', async () => {
    treeReads = 0;
    await run(official('DEPT'), '{ directory { figures } a: directory { figures } }');
    expect(treeReads).toBe(1);
    await run(citizen, '{ directory { figures } }');
    expect(treeReads).toBe(1);
  });

  it('names the gaps between a policy and a schema', () => {
    expect(policyGaps(buildSchema(sdl), { ...policy, 'Agency.gone': PUBLIC, 'Gone.*': PUBLIC })).toEqual({
      unlisted: ['Query.forgotten', 'Agency.secretive'],
      stale: ['Agency.gone', 'Gone.*'],
    });
  });

  it('checks entities loaded by reference one by one', async () => {
    const access = createRequestAccess({ requestId: 't', deadline: Date.now() + 5000, principal: official('DEPT') }, agencies);
    const canSee = async (a: RequestAccess, record: { agency: string }) => (await a.agencyScope()).includes(record.agency);
    expect(await visibleReference(access, 'Record', { agency: 'DEPT' }, canSee)).toEqual({ agency: 'DEPT' });
    expect(await visibleReference(access, 'Record', null, canSee)).toBeNull();
    await expect(visibleReference(access, 'Record', { agency: 'OTHER' }, canSee)).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });
});
