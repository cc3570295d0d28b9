import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { agenciesUnder, agencyIndexByCode, hanoiAgencies } from '../../subgraphs/common/simulator/hanoiAgencies.js';
import { expectedSummary as expectedDossiers, PortalClient, type Row } from '../../subgraphs/dossiers/test/portalClient.js';
import { expectedSummary as expectedFeedback, SignedLegacy, type RawFeedback } from '../../subgraphs/feedback/test/signedLegacy.js';
import {
  expectedDocumentSummary,
  expectedTaskSummary,
  openOverdueAt,
  type RawDocument,
  type RawTask,
} from '../support/expectedFigures.js';
import { errorSummary } from '../support/graphqlClient.js';
import { startStack, TEST_NOW, type TestStack } from '../support/startStack.js';

/** The single call, exactly as the public contract has it. */
const LEADER_DASHBOARD = readFileSync(new URL('../../schema/operations/LeaderDashboard.graphql', import.meta.url), 'utf8');

const CITY = '000.00.00.H26';
const DEPARTMENT = '000.00.05.H26';
const COMMUNE = '001.00.00.H26';
const PERIOD = { from: '2025-01-01', to: '2025-12-31', year: 2024 };
const AS_OF = '2025-12-31T23:59:59+07:00';

type Dashboard = { agency: Record<string, unknown> & { overdueTasks: { totalCount: number; nodes: Record<string, unknown>[] } } };

/** Paths of every null in a value, for the "every field non-null" acceptance. */
function nullPaths(value: unknown, path = ''): string[] {
  if (value === null) return [path];
  if (Array.isArray(value)) return value.flatMap((item, index) => nullPaths(item, `${path}.${index}`));
  if (typeof value === 'object') return Object.entries(value as object).flatMap(([key, item]) => nullPaths(item, path ? `${path}.${key}` : key));
  return [];
}

const underCodes = (code: string) => new Set(agenciesUnder(agencyIndexByCode.get(code) ?? -1).map((index) => hanoiAgencies[index]?.code));

describe('the LeaderDashboard single call (ARCHITECTURE.md §2) through the gateway', () => {
  let stack: TestStack;
  let tasks: RawTask[];
  let documents: RawDocument[];
  let dossiers: Row[];
  let feedback: Map<string, RawFeedback[]>;

  beforeAll(async () => {
    stack = await startStack();
    const raw = stack.simulator('documents');
    tasks = await raw.legacyAll<RawTask>('/api/v1/nhiemvu', { maDonVi: CITY, baoGomDonViCon: 1 });
    documents = await raw.legacyAll<RawDocument>('/api/v1/vanban', { maDonVi: CITY, baoGomDonViCon: 1 });
    dossiers = await new PortalClient(stack.simulator('dossiers').baseUrl).all(`/api/v1/hoso?maDonVi=${CITY}&baoGomDonViCon=1`);
    const signed = new SignedLegacy(stack.simulator('feedback').baseUrl);
    feedback = new Map();
    for (const code of [CITY, DEPARTMENT, COMMUNE]) feedback.set(code, await signed.all({ maDonVi: code, baoGomDonViCon: 1 }));
  });

  afterEach(async () => {
    for (const name of ['documents', 'dossiers', 'feedback', 'reporting']) await stack.simulator(name).clearFaults();
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it.each([
    ['the city', CITY, 'CITY'],
    ['a department', DEPARTMENT, 'DEPARTMENT'],
    ['a commune', COMMUNE, 'COMMUNE'],
  ])('answers for %s in one request, every field non-null and equal to the source systems', async (_what, code, level) => {
    const response = await stack.query<Dashboard>(LEADER_DASHBOARD, { agency: code, ...PERIOD });
    expect(response.status).toBe(200);
    expect(errorSummary(response)).toEqual([]);
    const agency = response.body.data!.agency;
    expect(agency).toMatchObject({ code, level });

    const under = underCodes(code);
    const provenance = (system: string) => ({ system, asOf: AS_OF, stale: false });
    expect(agency['taskSummary']).toEqual({
      ...expectedTaskSummary(tasks.filter((task) => under.has(task.MaDonViChuTri)), PERIOD.from, PERIOD.to, new Date(AS_OF)),
      provenance: provenance('document-management'),
    });
    expect(agency['documentSummary']).toEqual({
      ...expectedDocumentSummary(documents.filter((document) => under.has(document.MaDonViSo)), PERIOD.from, PERIOD.to),
      provenance: provenance('document-management'),
    });
    const d = expectedDossiers(dossiers.filter((dossier) => under.has(dossier['MaDonVi'] ?? '')), PERIOD.from, PERIOD.to);
    expect(agency['dossierSummary']).toEqual({
      received: d.received,
      resolved: d.resolved,
      resolvedOnTime: d.resolvedOnTime,
      resolvedLate: d.resolvedLate,
      onTimeRate: d.resolved === 0 ? null : d.resolvedOnTime / d.resolved,
      onlineRate: d.received === 0 ? null : d.receivedOnline / d.received,
      provenance: provenance('one-stop-shop'),
    });
    expect(agency['feedbackSummary']).toEqual({
      ...expectedFeedback(feedback.get(code) ?? [], PERIOD.from, PERIOD.to, '2025-12-31 23:59:59'),
      provenance: provenance('citizen-feedback'),
    });
    expect(agency.overdueTasks.totalCount).toBe(openOverdueAt(tasks.filter((task) => under.has(task.MaDonViChuTri)), TEST_NOW).length);

    // Every field non-null; a source document may be absent only where the source has none to show.
    const nulls = nullPaths(agency).filter((path) => !/^overdueTasks\.nodes\.\d+\.sourceDocument$/.test(path));
    expect(nulls).toEqual([]);
    for (const node of agency.overdueTasks.nodes) {
      const source = tasks.find((task) => task.MaNhiemVu === node['id'])?.IDVanBan;
      const document = documents.find((candidate) => candidate.ID === source);
      if (node['sourceDocument'] === null) expect(document === undefined || document.DoMat !== '0').toBe(true);
    }
  });

  it('gives the city its published provincial indices with their cohorts; other agencies none', async () => {
    const city = await stack.query<Dashboard>(LEADER_DASHBOARD, { agency: CITY, ...PERIOD });
    const scores = city.body.data!.agency['indexScores'] as { index: string; value: number; rank: number; cohortSize: number }[];
    const byIndex = Object.fromEntries(scores.map((score) => [score.index, score]));
    // DOMAIN.md: published values for Hanoi.
    expect(byIndex['PAR_INDEX']).toMatchObject({ rank: 3, cohortSize: 63 });
    expect(byIndex['SIPAS']).toMatchObject({ value: 86.5, rank: 11, cohortSize: 63 });
    expect(byIndex['PCI']).toMatchObject({ rank: 28, cohortSize: 63 });
    expect(byIndex['DTI']).toMatchObject({ value: 0.8241, rank: 1, cohortSize: 34 });
    const commune = await stack.query<Dashboard>(LEADER_DASHBOARD, { agency: COMMUNE, ...PERIOD });
    expect(commune.body.data!.agency['indexScores']).toEqual([]);
  });

  it.each([
    ['documents', 'document-management', ['taskSummary', 'overdueTasks', 'documentSummary'], '2025-03', 2021],
    ['dossiers', 'one-stop-shop', ['dossierSummary'], '2025-04', 2022],
    ['feedback', 'citizen-feedback', ['feedbackSummary'], '2025-05', 2023],
    ['reporting', 'reporting-system', ['indexScores'], '2025-06', 2025],
  ])('with the %s system down, the other systems still answer and the error names it', async (name, system, fields, month, year) => {
    await stack.simulator(name).setFaults({ outage: true });
    // A period and year no other call asks for: no last good copy may stand in for the failure.
    const variables = { agency: CITY, from: `${month}-01`, to: `${month}-28`, year };
    const response = await stack.query<Dashboard>(LEADER_DASHBOARD, variables);
    const agency = response.body.data!.agency;
    for (const field of fields) expect(agency[field], field).toBeNull();
    for (const field of ['taskSummary', 'dossierSummary', 'documentSummary', 'feedbackSummary', 'indexScores'].filter((f) => !fields.includes(f))) {
      expect(agency[field], field).not.toBeNull();
    }
    expect(agency['name']).toBe('Ủy ban nhân dân thành phố Hà Nội');
    const errors = errorSummary(response);
    expect(errors.length).toBe(fields.length);
    for (const error of errors) expect(error).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', subgraph: name, system });
  });
});
