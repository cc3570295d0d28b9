import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { errorSummary } from '../../test/support/graphqlClient.js';
import { testAgencyTree } from '../../test/support/agencyTree.js';
import { postAsGateway, testInternalKeys } from '../../test/support/internalTokens.js';

const postGraphQL = postAsGateway('feedback');
import { loadSubgraphConfig } from '../common/config/loadSubgraphConfig.js';
import type { SubgraphServer } from '../common/server/createSubgraphServer.js';
import { createFeedbackSubgraph, FEEDBACK_SIMULATOR_CREDENTIALS, FEEDBACK_SYSTEM } from './createFeedbackSubgraph.js';
import type { FeedbackSimulator } from './simulator/createFeedbackSimulator.js';
import { createFeedbackSimulator } from './simulator/createFeedbackSimulator.js';
import { expectedSummary, SignedLegacy, type RawFeedback } from './test/signedLegacy.js';

const NOW = new Date('2026-11-20T10:00:00+07:00');
const CITY = '000.00.00.H26';
const DEPARTMENT = '000.00.05.H26';
const COMMUNE = '001.00.00.H26';

const SUMMARY_QUERY = `query($r: [_Any!]!, $from: Date!, $to: Date!) { _entities(representations: $r) { ... on Agency {
  code feedbackSummary(from: $from, to: $to) { received resolved overdue satisfactionRate provenance { system asOf stale } }
} } }`;

interface SummaryData {
  _entities: { code: string; feedbackSummary: Record<string, unknown> | null }[];
}

describe('feedback subgraph over HTTP, against the simulator', () => {
  let simulator: FeedbackSimulator;
  let subgraph: SubgraphServer;
  let url: string;
  let legacy: SignedLegacy;
  const raw = new Map<string, RawFeedback[]>();

  const summaries = (codes: string[], from: string, to: string) =>
    postGraphQL<SummaryData>(url, SUMMARY_QUERY, { r: codes.map((code) => ({ __typename: 'Agency', code })), from, to });

  beforeAll(async () => {
    simulator = createFeedbackSimulator({ seed: 1, scale: 0.01, now: NOW, latency: { medianMs: 0, p99Ms: 0 }, badGatewayRate: 0 });
    const upstream = await simulator.listen(0);
    const config = loadSubgraphConfig(
      'FEEDBACK',
      { FEEDBACK_UPSTREAM_URL: upstream, FEEDBACK_RETRIES: '1', FEEDBACK_TIMEOUT_MS: '500', FEEDBACK_BREAKER_THRESHOLD: '1000' },
      { port: 0, upstreamUrl: upstream, credentials: FEEDBACK_SIMULATOR_CREDENTIALS },
    );
    subgraph = await createFeedbackSubgraph(config, { logger: pino({ level: 'silent' }), now: () => NOW, internalKeys: (await testInternalKeys()).source, agencyTree: testAgencyTree });
    url = await subgraph.listen(0, '127.0.0.1');
    legacy = new SignedLegacy(upstream);
    // Every record each agency handles, itself and every unit under it, read raw.
    for (const code of [CITY, DEPARTMENT, COMMUNE]) raw.set(code, await legacy.all({ maDonVi: code, baoGomDonViCon: 1 }));
  });
  afterEach(() => {
    simulator.admin.clearFaults();
  });
  afterAll(async () => {
    await subgraph?.stop();
    await simulator?.close();
  });

  it('answers feedbackSummary for the city, a department and a commune with the figures the raw records give', async () => {
    const response = await summaries([CITY, DEPARTMENT, COMMUNE], '2025-01-01', '2025-12-31');
    expect(errorSummary(response)).toEqual([]);
    const entities = response.body.data!._entities;
    expect(entities.map((entity) => entity.code)).toEqual([CITY, DEPARTMENT, COMMUNE]);
    for (const entity of entities) {
      const expected = expectedSummary(raw.get(entity.code) ?? [], '2025-01-01', '2025-12-31', '2025-12-31 23:59:59');
      expect(expected.received, entity.code).toBeGreaterThan(0);
      expect(entity.feedbackSummary, entity.code).toEqual({
        ...expected,
        provenance: { system: FEEDBACK_SYSTEM, asOf: '2025-12-31T23:59:59+07:00', stale: false },
      });
    }
    const city = expectedSummary(raw.get(CITY) ?? [], '2025-01-01', '2025-12-31', '2025-12-31 23:59:59');
    expect(city.overdue).toBeGreaterThan(0);
    expect(city.satisfactionRate).toBeGreaterThan(0);
    expect(city.satisfactionRate).toBeLessThan(1);
  });

  it('takes a period that has not ended as of now', async () => {
    const response = await summaries([CITY], '2026-11-01', '2026-11-30');
    expect(response.body.data!._entities[0]?.feedbackSummary).toEqual({
      ...expectedSummary(raw.get(CITY) ?? [], '2026-11-01', '2026-11-30', '2026-11-20 10:00:00'),
      provenance: { system: FEEDBACK_SYSTEM, asOf: '2026-11-20T10:00:00+07:00', stale: false },
    });
  });

  it('gives a null rate when nothing was rated, and refuses an empty period', async () => {
    const quiet = await summaries([COMMUNE], '2025-01-01', '2025-01-31');
    expect(quiet.body.data!._entities[0]?.feedbackSummary).toMatchObject({ received: 0, resolved: 0, overdue: 0, satisfactionRate: null });
    const empty = await summaries([CITY], '2025-12-31', '2025-01-01');
    expect(errorSummary(empty)).toEqual([{ code: 'BAD_USER_INPUT', path: '_entities.0.feedbackSummary' }]);
  });

  it('nulls only feedbackSummary with a coded error naming the system when the system fails', async () => {
    simulator.admin.setFaults({ errorRate: 1, errorStatus: 503 });
    const response = await summaries([CITY], '2026-01-01', '2026-06-30');
    expect(response.body.data!._entities).toEqual([{ code: CITY, feedbackSummary: null }]);
    expect(errorSummary(response)).toEqual([{ code: 'UPSTREAM_UNAVAILABLE', path: '_entities.0.feedbackSummary', system: FEEDBACK_SYSTEM }]);
    expect(response.text).not.toMatch(/stacktrace|Lỗi hệ thống/);
  });

  it('serves the last good figures marked stale while the system is down', async () => {
    const fresh = await summaries([DEPARTMENT], '2025-07-01', '2025-12-31');
    const figures = fresh.body.data!._entities[0]?.feedbackSummary as Record<string, unknown>;
    expect(figures).toMatchObject({ provenance: { stale: false } });
    simulator.admin.setFaults({ outage: true });
    const whileDown = await summaries([DEPARTMENT], '2025-07-01', '2025-12-31');
    expect(errorSummary(whileDown)).toEqual([]);
    expect(whileDown.body.data!._entities[0]?.feedbackSummary).toEqual({ ...figures, provenance: { ...(figures['provenance'] as object), stale: true } });
  });

  it('lists published feedback only, anonymised, with agencies as references and cursors that page on', async () => {
    const query = `query($after: String) { feedback(agency: "${CITY}", first: 4, after: $after) {
      totalCount nodes { id channel category content status published satisfaction location { code } handlingAgency { code } }
      pageInfo { hasNextPage endCursor } } }`;
    type Page = { feedback: { totalCount: number; nodes: Record<string, unknown>[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    const first = await postGraphQL<Page>(url, query);
    expect(errorSummary(first)).toEqual([]);
    const published = (raw.get(CITY) ?? []).filter((record) => record['CongKhai'] === '1');
    expect(first.body.data!.feedback.totalCount).toBe(published.length);
    const second = await postGraphQL<Page>(url, query, { after: first.body.data!.feedback.pageInfo.endCursor });
    const ids = [...first.body.data!.feedback.nodes, ...second.body.data!.feedback.nodes].map((node) => node['id']);
    expect(ids).toEqual(published.slice(0, 8).map((record) => record['MaPhanAnh']));
    const node = first.body.data!.feedback.nodes[0] as Record<string, unknown>;
    const source = published[0] as RawFeedback;
    expect(node).toMatchObject({ published: true, location: { code: source['MaXaPhuong'] }, handlingAgency: { code: source['MaDonViXuLy'] } });
    const bad = await postGraphQL(url, `{ feedback(after: "bm90LWEtY3Vyc29y") { totalCount } }`);
    expect(errorSummary(bad)).toEqual([{ code: 'BAD_USER_INPUT', path: 'feedback' }]);
    const badAgency = await postGraphQL(url, `{ feedback(agency: "UBND") { totalCount } }`);
    expect(errorSummary(badAgency)).toEqual([{ code: 'BAD_USER_INPUT', path: 'feedback' }]);
  });

  it('finds one published feedback by id (also as an entity) and gives NOT_FOUND for unpublished and unknown ones', async () => {
    const all = raw.get(CITY) ?? [];
    const shown = all.find((record) => record['CongKhai'] === '1' && /Tôi là/.test(record['NoiDung'] ?? '')) as RawFeedback;
    const hidden = all.find((record) => record['CongKhai'] === '0') as RawFeedback;
    const response = await postGraphQL<{ shown: { id: string; content: string }; hidden: null; unknown: null }>(
      url,
      `{ shown: feedbackItem(id: "${shown['MaPhanAnh']}") { id content }
         hidden: feedbackItem(id: "${hidden['MaPhanAnh']}") { id }
         unknown: feedbackItem(id: "PAKN99999999") { id } }`,
    );
    expect(response.body.data).toMatchObject({ shown: { id: shown['MaPhanAnh'] }, hidden: null, unknown: null });
    expect(response.body.data!.shown.content).toContain('Tôi là [họ tên]');
    expect(response.body.data!.shown.content).not.toContain((shown['HoTenNguoiPhanAnh'] ?? '').normalize('NFC'));
    expect(errorSummary(response).sort((a, b) => String(a.path).localeCompare(String(b.path)))).toEqual([
      { code: 'NOT_FOUND', path: 'hidden' },
      { code: 'NOT_FOUND', path: 'unknown' },
    ]);
    const entity = await postGraphQL<{ _entities: unknown[] }>(url, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Feedback { id status } } }`, {
      r: [{ __typename: 'Feedback', id: shown['MaPhanAnh'] }],
    });
    expect(entity.body.data!._entities).toEqual([{ id: shown['MaPhanAnh'], status: expect.any(String) }]);
  });
});
