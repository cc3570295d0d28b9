import { describe, expect, it } from 'vitest';
import { hanoiAgencies } from '../simulator/hanoiAgencies.js';
import { agencyScopeOf, AgencyTree, scopeOfAgency, type AgencyNode } from './agencyScope.js';
import { ANONYMOUS, type Principal } from './Principal.js';

/**
 * A small tree with the shapes that matter: the city; a department; a former district D with
 * former communes F1 (merged whole into ward W1) and F2 (split between W1 and W2), abolished with
 * successors W1 and W2; current wards W1, W2 under the city; W3 made of W2's part only (a second
 * reform), so history is transitive.
 */
const node = (code: string, parentCode: string | null, successorCodes: string[] = []): AgencyNode => ({ code, parentCode, successorCodes });
const tree = new AgencyTree([
  node('CITY', null),
  node('DEPT', 'CITY'),
  node('D', 'CITY', ['W1', 'W2']),
  node('F1', 'D', ['W1']),
  node('F2', 'D', ['W1', 'W2']),
  node('W1', 'CITY'),
  node('W2', 'CITY', ['W3']),
  node('W3', 'CITY'),
  node('UNIT', 'DEPT'),
]);

const official = (agency: string, roles: Principal['roles'] = ['OFFICIAL']): Principal => ({
  kind: 'official', subject: 'CB0000009', clientId: 'govgraph-dev-login', scopes: [], agency, roles, identityLevel: 2,
});

const ALL = ['CITY', 'DEPT', 'D', 'F1', 'F2', 'W1', 'W2', 'W3', 'UNIT'];

const rows: ReadonlyArray<readonly [who: string, principal: Principal, sees: readonly string[] | 'all']> = [
  ['city leader', official('CITY', ['LEADER']), 'all'],
  ['city official (not a leader)', official('CITY'), 'all'],
  ['department official: the department and its unit', official('DEPT'), ['DEPT', 'UNIT']],
  ['department leader: no wider than its staff', official('DEPT', ['LEADER']), ['DEPT', 'UNIT']],
  ['auditor of a department: no wider either', official('DEPT', ['OFFICIAL', 'AUDITOR']), ['DEPT', 'UNIT']],
  ['a unit: itself only', official('UNIT'), ['UNIT']],
  ['ward W1: itself, its former communes and district, not their other units', official('W1'), ['W1', 'D', 'F1', 'F2']],
  ['ward W2: the split commune and the district', official('W2'), ['W2', 'D', 'F2']],
  ['ward W3: history is transitive', official('W3'), ['W3', 'W2', 'D', 'F2']],
  ['former district D (an old account): D and its communes', official('D'), ['D', 'F1', 'F2']],
  ['unknown agency: nothing', official('NOWHERE'), []],
  ['anonymous: nothing', ANONYMOUS, []],
  ['citizen: nothing', { kind: 'citizen', subject: '001302678901', clientId: 'x', scopes: [], roles: [], identityLevel: 2 }, []],
  ['partner: nothing', { kind: 'partner', subject: 'p', clientId: 'p', scopes: ['shared-indicators'], roles: [], contract: 'partner' }, []],
  ['official without an agency: nothing', { ...official('CITY'), agency: undefined } as Principal, []],
];

describe('agencyScopeOf', () => {
  it.each(rows)('%s', (_who, principal, sees) => {
    const scope = agencyScopeOf(principal, tree);
    expect(scope.all).toBe(sees === 'all');
    const expected = sees === 'all' ? ALL : sees;
    expect(ALL.filter((code) => scope.includes(code))).toEqual(ALL.filter((code) => expected.includes(code)));
    if (sees === 'all') expect(scope.includes('A-CODE-NOT-YET-IN-THE-DIRECTORY')).toBe(true);
  });
});

describe('scopeOfAgency on Hanoi\'s tree', () => {
  const hanoi = new AgencyTree(hanoiAgencies.map((a) => node(a.code, a.parentCode, [...a.successors])));

  it('gives a current ward its former communes and districts, nothing else', () => {
    const scope = scopeOfAgency(hanoi, '001.00.00.H26');
    const ward = hanoiAgencies.find((a) => a.code === '001.00.00.H26');
    expect(ward?.predecessors.length).toBeGreaterThan(0);
    expect([...scope.codes].sort()).toEqual(['001.00.00.H26', ...(ward?.predecessors ?? [])].sort());
    expect(scope.includes('002.00.00.H26')).toBe(false);
    expect(scope.includes('000.00.00.H26')).toBe(false);
    expect(scope.includes('000.00.05.H26')).toBe(false);
  });

  it('gives a former district its communes, and the city everything', () => {
    const district = scopeOfAgency(hanoi, '000.00.32.H26');
    const communes = hanoiAgencies.filter((a) => a.parentCode === '000.00.32.H26').map((a) => a.code);
    expect(communes.length).toBeGreaterThan(5);
    for (const code of communes) expect(district.includes(code)).toBe(true);
    expect(scopeOfAgency(hanoi, '000.00.00.H26').all).toBe(true);
    expect([...scopeOfAgency(hanoi, '000.00.05.H26').codes]).toEqual(['000.00.05.H26']);
  });
});
