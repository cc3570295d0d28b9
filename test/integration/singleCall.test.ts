import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorSummary } from '../support/graphqlClient.js';
import {
  expectedDocumentSummary,
  expectedTaskSummary,
  openOverdueAt,
  type RawDocument,
  type RawTask,
} from '../support/expectedFigures.js';
import { startStack, TEST_NOW, type TestStack } from '../support/startStack.js';

const CITY = '000.00.00.H26';
const COMMUNE = '001.00.00.H26';

/** The acceptance query of the foundation issue, with the agency as a variable. */
const FOUNDATION_QUERY = `
  query Foundation($agency: ID!) {
    agency(code: $agency) {
      code name level
      taskSummary(from: "2025-01-01", to: "2025-12-31") {
        total doneOnTime doneLate openOnTrack openOverdue
        provenance { system asOf stale }
      }
      tasks(status: OPEN_OVERDUE, first: 5) {
        totalCount
        nodes { id title dueDate leadAgency { code name } sourceDocument { number subject } }
      }
      documentSummary(from: "2025-01-01", to: "2025-12-31") { incoming outgoing digitallySignedRate }
    }
  }`;

interface FoundationData {
  agency: {
    code: string;
    name: string;
    level: string;
    taskSummary: Record<string, unknown>;
    tasks: { totalCount: number; nodes: { id: string; title: string; dueDate: string; leadAgency: { code: string; name: string }; sourceDocument: { number: string; subject: string } | null }[] };
    documentSummary: { incoming: number; outgoing: number; digitallySignedRate: number | null };
  };
}

describe('the single call of the foundation, through the gateway over HTTP', () => {
  let stack: TestStack;
  let tasks: RawTask[];
  let documents: RawDocument[];

  beforeAll(async () => {
    stack = await startStack();
    // Every record of the city (the city and every unit under it, at any time), read raw.
    tasks = await stack.simulator('documents').legacyAll<RawTask>('/api/v1/nhiemvu', { maDonVi: CITY, baoGomDonViCon: 1 });
    documents = await stack.simulator('documents').legacyAll<RawDocument>('/api/v1/vanban', { maDonVi: CITY, baoGomDonViCon: 1 });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it.each([
    ['the city', CITY, 'CITY'],
    ['a commune', COMMUNE, 'COMMUNE'],
  ])('answers for %s in one request, with figures equal to the source system', async (_what, code, level) => {
    const response = await stack.query<FoundationData>(FOUNDATION_QUERY, { agency: code });
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    const agency = response.body.data!.agency;
    expect(agency).toMatchObject({ code, level });
    expect(agency.name).toMatch(/^Ủy ban nhân dân/);

    const mine = code === CITY ? tasks : tasks.filter((task) => task.MaDonViChuTri === code);
    const myDocuments = code === CITY ? documents : documents.filter((document) => document.MaDonViSo === code);
    const asOf = new Date('2025-12-31T23:59:59+07:00');
    expect(agency.taskSummary).toEqual({
      ...expectedTaskSummary(mine, '2025-01-01', '2025-12-31', asOf),
      provenance: { system: 'document-management', asOf: '2025-12-31T23:59:59+07:00', stale: false },
    });
    expect(agency.documentSummary).toEqual(expectedDocumentSummary(myDocuments, '2025-01-01', '2025-12-31'));
    expect((agency.taskSummary as { total: number }).total).toBeGreaterThan(0);

    const overdue = openOverdueAt(mine, TEST_NOW);
    expect(agency.tasks.totalCount).toBe(overdue.length);
    expect(agency.tasks.nodes.length).toBe(Math.min(5, overdue.length));
    for (const node of agency.tasks.nodes) {
      const raw = overdue.find((task) => task.MaNhiemVu === node.id);
      expect(raw, `task ${node.id} is overdue in the source`).toBeDefined();
      expect(node.leadAgency.code).toBe(raw!.MaDonViChuTri);
      expect(node.leadAgency.name).toMatch(/\S/);
      const source = documents.find((document) => document.ID === raw!.IDVanBan);
      if (source && source.DoMat === '0') {
        expect(node.sourceDocument).toEqual({ number: source.SoKyHieu.normalize('NFC').split('/')[0], subject: source.TrichYeu.normalize('NFC') });
      } else {
        expect(node.sourceDocument).toBeNull();
      }
    }
    const dueDates = agency.tasks.nodes.map((node) => node.dueDate);
    expect(dueDates).toEqual([...dueDates].sort());
  });

  it('takes the figures of a period not yet ended as of now', async () => {
    const response = await stack.query<{ agency: { taskSummary: { total: number; provenance: { asOf: string } } } }>(`{ agency(code: "${CITY}") { taskSummary(from: "2026-01-01", to: "2026-12-31") { total provenance { asOf } } } }`,
    );
    expect(errorSummary(response)).toEqual([]);
    expect(response.body.data!.agency.taskSummary).toEqual({
      total: expectedTaskSummary(tasks, '2026-01-01', '2026-12-31', TEST_NOW).total,
      provenance: { asOf: '2026-11-20T10:00:00+07:00' },
    });
  });

  it('never shows a secret document: they are counted but not listed', async () => {
    const secret = documents.find((document) => document.DoMat !== '0');
    expect(secret, 'the seed has secret documents').toBeDefined();
    const response = await stack.query(`{ document(id: "${secret!.ID}") { id subject } }`);
    expect(response.body.data).toEqual({ document: null });
    expect(errorSummary(response)).toEqual([{ code: 'NOT_FOUND', path: 'document', subgraph: 'documents' }]);
  });
});
