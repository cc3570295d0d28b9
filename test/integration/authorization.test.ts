/**
 * Authorization in the subgraphs, through the whole stack over HTTP (issue part 4): agency scope,
 * roles, the partner's reads, citizens' own data, and personal data masked unless released.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PURPOSE_HEADER } from '../../schema/purposes.js';
import { citizenByPersonalId, communeOf } from '../../subgraphs/common/simulator/citizenPopulation.js';
import { hanoiAgencies } from '../../subgraphs/common/simulator/hanoiAgencies.js';
import { SEEDED_APPLICATIONS } from '../../subgraphs/dossiers/simulator/dossierApplicants.js';
import type { DevPrincipalName } from '../../subgraphs/identity/simulator/devPrincipals.js';
import type { Purpose } from '../../schema/purposes.js';
import type { Principal } from '../../subgraphs/common/auth/Principal.js';
import { errorSummary, postGraphQL, type GraphQLResponse } from '../support/graphqlClient.js';
import { internalHeaders, TEST_CITY_LEADER } from '../support/internalTokens.js';
import { startStack, type TestStack } from '../support/startStack.js';

const CITY = '000.00.00.H26';
const LEVEL_1 = '001085012345';
const LEVEL_2 = '001302678901';
const PERIOD = 'from: "2026-01-01", to: "2026-06-30"';

const CITIZEN_FIELDS = 'personalId fullName birthYear birthDate sex address phone identityLevel';

interface CitizenView {
  personalId: string;
  fullName: string;
  birthYear: number;
  birthDate: string | null;
  sex: string | null;
  address: string;
  phone: string | null;
  identityLevel: number;
}

/** What the registry holds for a citizen, in clear and masked, as the graph must show it. */
function expectedCitizen(personalId: string): { clear: CitizenView; masked: CitizenView } {
  const citizen = citizenByPersonalId(personalId);
  if (!citizen) throw new Error(`no citizen ${personalId}`);
  const two = (n: number) => String(n).padStart(2, '0');
  const commune = communeOf(citizen).area;
  const [family, ...rest] = citizen.fullName.split(' ');
  const common = { birthYear: citizen.birthYear, identityLevel: citizen.identityLevel };
  return {
    clear: {
      ...common,
      personalId,
      fullName: citizen.fullName,
      birthDate: `${citizen.birthYear}-${two(citizen.birthMonth)}-${two(citizen.birthDay)}`,
      sex: citizen.female ? 'FEMALE' : 'MALE',
      address: `${citizen.street}, ${commune}, thành phố Hà Nội`,
      phone: citizen.phone,
    },
    masked: {
      ...common,
      personalId: `${personalId.slice(0, 3)}******${personalId.slice(-3)}`,
      fullName: [family, ...rest.map((word) => `${[...word][0]}**`)].join(' '),
      birthDate: null,
      sex: null,
      address: `${commune}, thành phố Hà Nội`,
      phone: `${citizen.phone.slice(0, 2)}******${citizen.phone.slice(-2)}`,
    },
  };
}

describe('authorization in the subgraphs, through the gateway', () => {
  let stack: TestStack;

  beforeAll(async () => {
    // Trusted documents are enforced for partner systems by default; their tests are elsewhere.
    // Here the partner sends ad-hoc operations, to show what the subgraphs let through.
    stack = await startStack({ gatewayEnv: { GATEWAY_TRUSTED_DOCUMENTS_MODE_PARTNER: 'off' } });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const as = <T = Record<string, unknown>>(principal: DevPrincipalName, query: string, purpose?: string): Promise<GraphQLResponse<T>> =>
    stack.query<T>(query, undefined, { as: principal, ...(purpose ? { headers: { [PURPOSE_HEADER]: purpose } } : {}) });
  const codes = (response: GraphQLResponse<unknown>) => errorSummary(response).map(({ code, path }) => `${path}: ${String(code)}`).sort();

  describe('agency scope', () => {
    const figures = (code: string) => `{ agency(code: "${code}") { code name
      taskSummary(${PERIOD}) { total } documentSummary(${PERIOD}) { incoming }
      dossierSummary(${PERIOD}) { received } feedbackSummary(${PERIOD}) { received } } }`;

    it('gives a department official their own figures', async () => {
      const response = await as<{ agency: Record<string, unknown> }>('department-official', figures('000.00.05.H26'));
      expect(codes(response)).toEqual([]);
      expect(response.body.data?.agency).toMatchObject({ code: '000.00.05.H26', taskSummary: { total: expect.any(Number) } });
    });

    it('refuses another department\'s figures field by field, while the directory still answers', async () => {
      const response = await as<{ agency: Record<string, unknown> }>('department-official', figures('000.00.09.H26'));
      expect(response.status).toBe(200);
      expect(response.body.data?.agency).toEqual({
        code: '000.00.09.H26',
        name: 'Sở Y tế',
        taskSummary: null,
        documentSummary: null,
        dossierSummary: null,
        feedbackSummary: null,
      });
      expect(codes(response)).toEqual([
        'agency.documentSummary: FORBIDDEN',
        'agency.dossierSummary: FORBIDDEN',
        'agency.feedbackSummary: FORBIDDEN',
        'agency.taskSummary: FORBIDDEN',
      ]);
    });

    it('refuses the city\'s figures to a department official, and gives them to the city leader', async () => {
      expect(codes(await as('department-official', figures(CITY)))).toHaveLength(4);
      expect(codes(await as('city-leader', figures(CITY)))).toEqual([]);
    });

    it('lets a ward official see the former units it succeeded, not another ward', async () => {
      const ward = hanoiAgencies.find((agency) => agency.code === '001.00.00.H26');
      const formerDistrict = ward?.predecessors.find((code) => hanoiAgencies.find((agency) => agency.code === code)?.kind === 'district');
      expect(formerDistrict).toBeDefined();
      const query = (code: string) => `{ agency(code: "${code}") { dossierSummary(from: "2025-01-01", to: "2025-06-30") { received } } }`;
      const own = await as<{ agency: { dossierSummary: { received: number } } }>('commune-official', query(formerDistrict as string));
      expect(codes(own)).toEqual([]);
      expect(own.body.data?.agency.dossierSummary.received).toBeGreaterThan(0);
      expect(codes(await as('commune-official', query('002.00.00.H26')))).toEqual(['agency.dossierSummary: FORBIDDEN']);
    });

    it('checks records reached by id against the scope', async () => {
      const list = await as<{ agency: { dossiers: { nodes: { code: string }[] }; tasks: { nodes: { id: string }[] } } }>(
        'city-leader',
        `{ agency(code: "000.00.09.H26") { dossiers(first: 1) { nodes { code } } tasks(first: 1) { nodes { id } } } }`,
      );
      const dossier = list.body.data?.agency.dossiers.nodes[0]?.code;
      const task = list.body.data?.agency.tasks.nodes[0]?.id;
      expect(dossier && task).toBeTruthy();
      const response = await as('department-official', `{ dossier(code: "${dossier}") { code status } task(id: "${task}") { id title } }`);
      expect(codes(response)).toEqual(['dossier: FORBIDDEN', 'task: FORBIDDEN']);
      expect(codes(await as('department-official', `{ dossiers(agencyCode: "000.00.09.H26", first: 1) { totalCount } }`))).toEqual(['dossiers: FORBIDDEN']);
    });

    it('still never shows a secret document, not even to the city leader: by id or in a list', async () => {
      const raw = await stack.simulator('documents').legacyAll<{ ID: string; DoMat: string }>('/api/v1/vanban', { maDonVi: '000.00.05.H26' });
      const secret = raw.find((document) => document.DoMat !== '0');
      expect(secret, 'the seed has secret documents').toBeDefined();
      const byId = await as('city-leader', `{ document(id: "${secret?.ID}") { id subject } }`);
      expect(codes(byId)).toEqual(['document: NOT_FOUND']);
      const listed = await as<{ agency: { documents: { totalCount: number; nodes: { id: string }[] } } }>(
        'city-leader',
        `{ agency(code: "000.00.05.H26") { documents(first: 100, includeSubunits: false) { totalCount nodes { id } } } }`,
      );
      expect(codes(listed)).toEqual([]);
      expect(listed.body.data?.agency.documents.totalCount).toBe(raw.filter((document) => document.DoMat === '0').length);
      expect(listed.body.data?.agency.documents.nodes.map((node) => node.id)).not.toContain(secret?.ID);
    });
  });

  describe('personal data', () => {
    it('masks a citizen for an official without a declared purpose', async () => {
      const response = await as<{ citizen: CitizenView }>('city-leader', `{ citizen(personalId: "${LEVEL_2}") { ${CITIZEN_FIELDS} } }`);
      expect(codes(response)).toEqual([]);
      expect(response.body.data?.citizen).toEqual(expectedCitizen(LEVEL_2).masked);
      expect(response.text).not.toContain(LEVEL_2);
    });

    it('releases a citizen in clear with the personal-data scope, level 2 and a purpose, and never shows the release report', async () => {
      for (const principal of ['city-leader', 'auditor'] as const) {
        const response = await as<{ citizen: CitizenView }>(principal, `{ citizen(personalId: "${LEVEL_1}") { ${CITIZEN_FIELDS} } }`, 'CITIZEN_SUPPORT');
        expect(codes(response)).toEqual([]);
        expect(response.body.data?.citizen).toEqual(expectedCitizen(LEVEL_1).clear);
        expect(response.text).not.toContain('govgraphReleases');
      }
    });

    it('keeps Query.citizen from officials without the personal-data scope, purpose or not', async () => {
      const response = await as('department-official', `{ citizen(personalId: "${LEVEL_2}") { fullName } }`, 'DOSSIER_PROCESSING');
      expect(codes(response)).toEqual(['citizen: FORBIDDEN']);
    });

    it('masks applicants on an agency\'s dossiers unless a purpose is declared; organisations are shown', async () => {
      const query = `{ agency(code: "002.00.00.H26") { dossiers(first: 50, from: "2025-07-30", to: "2025-07-30") {
        nodes { code applicant { kind name idNumber citizen { personalId fullName } } } } } }`;
      type Answer = { agency: { dossiers: { nodes: { code: string; applicant: { kind: string; name: string; idNumber: string; citizen: { personalId: string; fullName: string } | null } }[] } } };
      const masked = await as<Answer>('city-leader', query);
      expect(codes(masked)).toEqual([]);
      const nodes = masked.body.data?.agency.dossiers.nodes ?? [];
      const own = nodes.find((node) => node.applicant.idNumber === '001******901');
      expect(own?.applicant).toEqual({
        kind: 'CITIZEN',
        name: expectedCitizen(LEVEL_2).masked.fullName,
        idNumber: '001******901',
        citizen: { personalId: '001******901', fullName: expectedCitizen(LEVEL_2).masked.fullName },
      });
      for (const node of nodes.filter((n) => n.applicant.kind === 'CITIZEN')) expect(node.applicant.idNumber).toMatch(/^001\*{6}\d{3}$/);
      for (const node of nodes.filter((n) => n.applicant.kind === 'ORGANISATION')) expect(node.applicant.idNumber).toMatch(/^01\d{8}$/);

      const clear = await as<Answer>('city-leader', query, 'DOSSIER_PROCESSING');
      const released = clear.body.data?.agency.dossiers.nodes.find((node) => node.code === own?.code);
      expect(released?.applicant).toMatchObject({ name: expectedCitizen(LEVEL_2).clear.fullName, idNumber: LEVEL_2, citizen: { personalId: LEVEL_2 } });
    });
  });

  describe('release reports', () => {
    const leader: Principal = { ...TEST_CITY_LEADER, scopes: ['personal-data'] };
    const direct = async (subgraph: string, query: string, purpose?: Purpose) => {
      const response = await postGraphQL<Record<string, unknown>>(stack.subgraphUrls[subgraph] as string, query, undefined, await internalHeaders(subgraph, leader, purpose));
      return (response.body as { extensions?: Record<string, unknown> }).extensions?.['govgraphReleases'];
    };

    it('reports every field a subgraph showed in clear, each once, with whose data it was', async () => {
      const query = `{ a: citizen(personalId: "${LEVEL_2}") { personalId fullName phone birthYear } b: citizen(personalId: "${LEVEL_2}") { fullName } }`;
      expect(await direct('identity', query, 'INSPECTION')).toEqual([
        { coordinate: 'Citizen.personalId', subject: LEVEL_2 },
        { coordinate: 'Citizen.fullName', subject: LEVEL_2 },
        { coordinate: 'Citizen.phone', subject: LEVEL_2 },
      ]);
      // Masked answers release nothing, and say so by saying nothing.
      expect(await direct('identity', query)).toBeUndefined();
    });

    it('reports applicants released by the dossiers subgraph', async () => {
      const [[agency, year, month, day]] = SEEDED_APPLICATIONS[LEVEL_1] as [[string, number, number, number]];
      const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      const query = `{ dossiers(agencyCode: "${agency}", from: "2025-01-01", to: "${date}", first: 100) { nodes { applicant { name idNumber } } } }`;
      const releases = (await direct('dossiers', query, 'DOSSIER_PROCESSING')) as { coordinate: string; subject: string }[];
      expect(releases).toContainEqual({ coordinate: 'Applicant.name', subject: LEVEL_1 });
      expect(releases).toContainEqual({ coordinate: 'Applicant.idNumber', subject: LEVEL_1 });
      expect(releases.every((release) => /^Applicant\.(name|idNumber)$/.test(release.coordinate) && /^\d{12}$/.test(release.subject))).toBe(true);
    });
  });

  describe('citizens', () => {
    type Me = { me: CitizenView & { dossiers: { totalCount: number; nodes: { code: string; agency: { code: string }; applicant: { name: string; idNumber: string } }[] } } };
    const ME = `{ me { __typename ... on Citizen { ${CITIZEN_FIELDS} dossiers(first: 20) { totalCount nodes { code agency { code } applicant { name idNumber } } } } } }`;

    it('shows a level-2 citizen their own record and dossiers in clear', async () => {
      const response = await as<Me>('citizen-level-2', ME);
      expect(codes(response)).toEqual([]);
      const { dossiers, ...record } = response.body.data?.me ?? ({} as Me['me']);
      expect(record).toEqual({ __typename: 'Citizen', ...expectedCitizen(LEVEL_2).clear });
      expect(dossiers.totalCount).toBe(SEEDED_APPLICATIONS[LEVEL_2]?.length);
      expect(new Set(dossiers.nodes.map((node) => node.agency.code))).toEqual(new Set(SEEDED_APPLICATIONS[LEVEL_2]?.map(([agency]) => agency)));
      for (const node of dossiers.nodes) expect(node.applicant).toEqual({ name: expectedCitizen(LEVEL_2).clear.fullName, idNumber: LEVEL_2 });
    });

    it('shows a level-1 citizen their own dossiers, with their personal fields masked', async () => {
      const response = await as<Me>('citizen-level-1', ME);
      expect(codes(response)).toEqual([]);
      const { dossiers, ...record } = response.body.data?.me ?? ({} as Me['me']);
      expect(record).toEqual({ __typename: 'Citizen', ...expectedCitizen(LEVEL_1).masked });
      expect(dossiers.totalCount).toBe(SEEDED_APPLICATIONS[LEVEL_1]?.length);
      for (const node of dossiers.nodes) expect(node.applicant.idNumber).toBe('001******345');
    });

    it('lets a citizen read their own dossier by code but nobody else\'s, nor agency figures or the registry', async () => {
      const mine = await as<Me>('citizen-level-2', ME);
      const ownCode = mine.body.data?.me.dossiers.nodes[0]?.code;
      const others = await as<{ agency: { dossiers: { nodes: { code: string; applicant: { idNumber: string } }[] } } }>(
        'city-leader',
        `{ agency(code: "002.00.00.H26") { dossiers(first: 20) { nodes { code applicant { idNumber } } } } }`,
      );
      const otherCode = others.body.data?.agency.dossiers.nodes.find((node) => node.applicant.idNumber !== '001******901')?.code;
      expect(ownCode && otherCode).toBeTruthy();
      const response = await as<{ own: { code: string } | null; other: unknown }>(
        'citizen-level-2',
        `{ own: dossier(code: "${ownCode}") { code status } other: dossier(code: "${otherCode}") { code status }
           agency(code: "002.00.00.H26") { name dossierSummary(${PERIOD}) { received } }
           citizen(personalId: "${LEVEL_1}") { fullName } }`,
      );
      expect(response.body.data?.own).toMatchObject({ code: ownCode });
      expect(codes(response)).toEqual(['agency.dossierSummary: FORBIDDEN', 'citizen: FORBIDDEN', 'other: FORBIDDEN']);
    });

    it('answers me for an official with their account', async () => {
      const response = await as<{ me: { __typename: string; roles: string[]; agency: { code: string } } }>(
        'department-official',
        '{ me { __typename ... on Official { id name roles agency { code } } } }',
      );
      expect(codes(response)).toEqual([]);
      expect(response.body.data?.me).toMatchObject({ __typename: 'Official', roles: ['OFFICIAL'], agency: { code: '000.00.05.H26' } });
    });
  });

  describe('the partner system', () => {
    it('reads the city\'s shared indicators and the index scores, nothing else', async () => {
      const catalogue = await as<{ shared: { nodes: { code: string }[] }; other: { nodes: { code: string }[] } }>(
        'city-leader',
        '{ shared: indicators(sharedWithGovernment: true, first: 8) { nodes { code } } other: indicators(sharedWithGovernment: false, first: 1) { nodes { code } } }',
      );
      const shared = catalogue.body.data?.shared.nodes.map((node) => node.code) ?? [];
      const notShared = catalogue.body.data?.other.nodes[0]?.code;
      expect(shared).toHaveLength(8);
      const list = (items: string[]) => items.map((code) => `"${code}"`).join(', ');

      const allowed = await as<{ agency: { indicatorValues: { indicator: { code: string } }[]; indexScores: unknown[] } }>(
        'partner',
        `{ agency(code: "${CITY}") { indexScores(year: 2024) { index rank cohortSize } indicatorValues(codes: [${list(shared)}], period: "N2025") { indicator { code name } value } } }`,
      );
      expect(codes(allowed)).toEqual([]);
      expect(allowed.body.data?.agency.indicatorValues.map((value) => value.indicator.code)).toEqual(shared);
      expect(allowed.body.data?.agency.indexScores.length).toBeGreaterThan(0);

      const refused = await as(
        'partner',
        `{ agency(code: "${CITY}") { notShared: indicatorValues(codes: [${list([shared[0] as string, notShared as string])}], period: "N2025") { value } }
           department: agency(code: "000.00.05.H26") { indicatorValues(codes: [${list(shared.slice(0, 1))}], period: "N2025") { value } } }`,
      );
      expect(codes(refused)).toEqual(['agency.notShared: FORBIDDEN', 'department.indicatorValues: FORBIDDEN']);
    });

    it('is refused by the subgraphs too on everything outside the contract, had it got past the gateway', async () => {
      const partner: Principal = { kind: 'partner', subject: 'gov-reporting-system', clientId: 'gov-reporting-system', scopes: ['shared-indicators', 'published-indices'], roles: [], contract: 'partner' };
      const direct = async (subgraph: string, query: string) =>
        codes(await postGraphQL(stack.subgraphUrls[subgraph] as string, query, undefined, await internalHeaders(subgraph, partner)));
      expect(await direct('identity', '{ me { __typename } citizen(personalId: "001302678901") { fullName } }')).toEqual(['citizen: FORBIDDEN', 'me: FORBIDDEN']);
      expect(await direct('dossiers', `{ dossiers(agencyCode: "${CITY}", first: 1) { totalCount } }`)).toEqual(['dossiers: FORBIDDEN']);
      expect(await direct('documents', `{ _entities(representations: [{ __typename: "Agency", code: "${CITY}" }]) { ... on Agency { taskSummary(${PERIOD}) { total } } } }`)).toEqual([
        '_entities.0.taskSummary: FORBIDDEN',
      ]);
      expect(await direct('reporting', '{ reportForms(first: 1) { totalCount } }')).toEqual(['reportForms: FORBIDDEN']);
    });
  });
});
