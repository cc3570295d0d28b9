import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { errorSummary } from '../../../test/support/graphqlClient.js';
import { testAgencyTree } from '../../../test/support/agencyTree.js';
import { postAsGateway, testInternalKeys } from '../../../test/support/internalTokens.js';

const postGraphQL = postAsGateway('dossiers');
import { loadSubgraphConfig } from '../../common/config/loadSubgraphConfig.js';
import type { SubgraphServer } from '../../common/server/createSubgraphServer.js';
import { agenciesUnder, agencyIndexByCode, hanoiAgencies } from '../../common/simulator/hanoiAgencies.js';
import { createDossiersSubgraph, DOSSIERS_SYSTEM } from '../createDossiersSubgraph.js';
import { createDossiersSimulator, type DossiersSimulator } from '../simulator/createDossiersSimulator.js';
import { SIMULATOR_CLIENT_ID, SIMULATOR_CLIENT_SECRET } from '../simulator/simulatorClient.js';
import { dateOf, expectedSummary, PortalClient, sortable, type Row } from './portalClient.js';

const NOW = new Date('2026-11-20T10:00:00+07:00');
const CITY = '000.00.00.H26';
const AGENCIES = [CITY, '000.00.05.H26', '001.00.00.H26'] as const;
const SUMMARY_QUERY = `query($r: [_Any!]!, $from: Date!, $to: Date!) { _entities(representations: $r) { ... on Agency {
  code
  dossierSummary(from: $from, to: $to) { received resolved resolvedOnTime resolvedLate onTimeRate onlineRate provenance { system asOf stale } }
} } }`;

interface Summary {
  received: number;
  resolved: number;
  resolvedOnTime: number;
  resolvedLate: number;
  onTimeRate: number | null;
  onlineRate: number | null;
  provenance: { system: string; asOf: string; stale: boolean };
}
type Entities = { _entities: ({ code: string; dossierSummary: Summary | null } | null)[] };

describe('the dossiers subgraph over HTTP, held to the portal\'s raw records', () => {
  let simulator: DossiersSimulator;
  let subgraph: SubgraphServer;
  let url: string;
  let everything: Row[];

  const summaries = (from: string, to: string, codes: readonly string[] = AGENCIES) =>
    postGraphQL<Entities>(url, SUMMARY_QUERY, { r: codes.map((code) => ({ __typename: 'Agency', code })), from, to });
  /** The agency's records and every unit's under it, at any time, picked by the test itself from the whole city. */
  const recordsOf = (code: string): Row[] => {
    const under = new Set(agenciesUnder(agencyIndexByCode.get(code) ?? -1).map((i) => hanoiAgencies[i]?.code));
    return everything.filter((d) => under.has(d.MaDonVi));
  };
  const expectedFigures = (code: string, from: string, to: string) => {
    const s = expectedSummary(recordsOf(code), from, to);
    return {
      received: s.received,
      resolved: s.resolved,
      resolvedOnTime: s.resolvedOnTime,
      resolvedLate: s.resolvedLate,
      onTimeRate: s.resolved === 0 ? null : s.resolvedOnTime / s.resolved,
      onlineRate: s.received === 0 ? null : s.receivedOnline / s.received,
    };
  };

  beforeAll(async () => {
    simulator = createDossiersSimulator({ seed: 1, scale: 0.01, now: NOW, latency: { medianMs: 0, p99Ms: 0 } });
    const upstream = await simulator.listen(0);
    const config = loadSubgraphConfig(
      'DOSSIERS',
      {
        DOSSIERS_UPSTREAM_URL: upstream,
        DOSSIERS_RETRIES: '0',
        DOSSIERS_TIMEOUT_MS: '2000',
        DOSSIERS_BREAKER_THRESHOLD: '1000',
        DOSSIERS_CLIENT_ID: SIMULATOR_CLIENT_ID,
        DOSSIERS_CLIENT_SECRET: SIMULATOR_CLIENT_SECRET,
      },
      { port: 0, upstreamUrl: upstream },
    );
    subgraph = await createDossiersSubgraph(config, { logger: pino({ level: 'silent' }), now: () => NOW, internalKeys: (await testInternalKeys()).source, agencyTree: testAgencyTree });
    url = await subgraph.listen(0, '127.0.0.1');
    everything = await new PortalClient(upstream).all(`/api/v1/hoso?maDonVi=${CITY}&baoGomDonViCon=1`);
  });
  afterEach(() => {
    simulator.admin.clearFaults();
  });
  afterAll(async () => {
    await subgraph?.stop();
    await simulator?.close();
  });

  it.each([
    ['2025, a past year', '2025-01-01', '2025-12-31', '2025-12-31T23:59:59+07:00'],
    ['a quarter not ended yet', '2026-10-01', '2026-12-31', '2026-11-20T10:00:00+07:00'],
  ])('answers dossierSummary for the city, a department and a commune by DOMAIN\'s definitions: %s', async (_what, from, to, asOf) => {
    const response = await summaries(from, to);
    expect(errorSummary(response)).toEqual([]);
    const entities = response.body.data?._entities ?? [];
    expect(entities.map((entity) => entity?.code)).toEqual([...AGENCIES]);
    for (const [i, code] of AGENCIES.entries()) {
      const summary = entities[i]?.dossierSummary as Summary;
      const expected = expectedFigures(code, from, to);
      expect(summary, code).toMatchObject({ received: expected.received, resolved: expected.resolved, resolvedOnTime: expected.resolvedOnTime, resolvedLate: expected.resolvedLate });
      for (const rate of ['onTimeRate', 'onlineRate'] as const) {
        if (expected[rate] === null) expect(summary[rate], `${code} ${rate}`).toBeNull();
        else expect(summary[rate], `${code} ${rate}`).toBeCloseTo(expected[rate], 12);
      }
      expect(summary.provenance).toEqual({ system: DOSSIERS_SYSTEM, asOf, stale: false });
      expect(summary.resolvedOnTime + summary.resolvedLate).toBe(summary.resolved);
    }
    // The figures are not trivial: the city has thousands, the others some.
    expect(entities[0]?.dossierSummary?.received).toBeGreaterThan(1000);
    expect(entities[1]?.dossierSummary?.received).toBeGreaterThan(0);
  });

  it('gives null rates when nothing was received or resolved', async () => {
    const response = await summaries('2025-01-01', '2025-06-30', ['001.00.00.H26']);
    expect(response.body.data?._entities[0]?.dossierSummary).toMatchObject({ received: 0, resolved: 0, onTimeRate: null, onlineRate: null });
  });

  it('pages an agency\'s dossiers by cursor, as the portal lists them, without personal data', async () => {
    const query = `query($r: [_Any!]!, $after: String) { _entities(representations: $r) { ... on Agency {
      dossiers(first: 7, after: $after) { totalCount nodes { code status channel applicantKind receivedAt appointmentAt finishedAt onTime procedure { code level } agency { code } } pageInfo { hasNextPage endCursor } }
    } } }`;
    type Page = { _entities: { dossiers: { totalCount: number; nodes: { code: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }[] };
    const own = recordsOf('000.00.05.H26');
    const first = await postGraphQL<Page>(url, query, { r: [{ __typename: 'Agency', code: '000.00.05.H26' }] });
    const second = await postGraphQL<Page>(url, query, { r: [{ __typename: 'Agency', code: '000.00.05.H26' }], after: first.body.data?._entities[0]?.dossiers.pageInfo.endCursor });
    const codes = [...(first.body.data?._entities[0]?.dossiers.nodes ?? []), ...(second.body.data?._entities[0]?.dossiers.nodes ?? [])].map((d) => d.code);
    expect(codes).toEqual(own.slice(0, 14).map((d) => d.MaHoSo));
    expect(first.body.data?._entities[0]?.dossiers).toMatchObject({ totalCount: own.length, pageInfo: { hasNextPage: true } });
    expect(first.text).not.toContain(own[0]?.ChuHoSo ?? '?');
    expect(first.text).not.toContain(own[0]?.SoGiayToChuHoSo ?? '?');
  });

  it('answers one dossier by code with its procedure and the on-time rule, NOT_FOUND for unknown codes', async () => {
    const resolved = everything.find((d) => d.TrangThaiHoSo === '10' && d.NgayYeuCauBoSung !== '' && d.MaDonVi === '000.00.07.H26') as Row;
    const response = await postGraphQL<{ dossier: Record<string, unknown> }>(
      url,
      `query($code: ID!) { dossier(code: $code) { code status channel receivedAt appointmentAt supplementRequestedAt finishedAt returnedAt onTime procedure { code name } agency { code } }
        missing: dossier(code: "000.00.07.H26-200101-0001") { code } }`,
      { code: resolved.MaHoSo },
    );
    expect(response.body.data?.dossier).toEqual({
      code: resolved.MaHoSo,
      status: 'RESULT_RETURNED',
      channel: ['IN_PERSON', 'ONLINE', 'POSTAL'][Number(resolved.KenhThucHien) - 1],
      receivedAt: `${sortable(resolved.NgayTiepNhan ?? '').replace(' ', 'T')}+07:00`,
      appointmentAt: dateOf(resolved.NgayHenTra ?? ''),
      supplementRequestedAt: `${sortable(resolved.NgayYeuCauBoSung ?? '').replace(' ', 'T')}+07:00`,
      finishedAt: `${sortable(resolved.NgayKetThucXuLy ?? '').replace(' ', 'T')}+07:00`,
      returnedAt: `${sortable(resolved.NgayTra ?? '').replace(' ', 'T')}+07:00`,
      onTime: dateOf(resolved.NgayKetThucXuLy ?? '') <= dateOf(resolved.NgayHenTra ?? ''),
      procedure: { code: resolved.MaTTHC, name: (resolved.TenTTHC ?? '').normalize('NFC') },
      agency: { code: '000.00.07.H26' },
    });
    expect(errorSummary(response)).toEqual([{ code: 'NOT_FOUND', path: 'missing' }]);
  });

  it('serves the last good figures marked stale when the portal fails, and a coded error when it has none', async () => {
    const before = await summaries('2025-01-01', '2025-12-31', [CITY]);
    simulator.admin.setFaults({ errorRate: 1, routes: ['GET /api/v1/thongke/hoso'] });
    const stale = await summaries('2025-01-01', '2025-12-31', [CITY]);
    expect(errorSummary(stale)).toEqual([]);
    expect(stale.body.data?._entities[0]?.dossierSummary).toEqual({
      ...before.body.data?._entities[0]?.dossierSummary,
      provenance: { system: DOSSIERS_SYSTEM, asOf: '2025-12-31T23:59:59+07:00', stale: true },
    });
    const fresh = await summaries('2025-02-01', '2025-02-28', [CITY]);
    expect(fresh.body.data?._entities[0]).toEqual({ code: CITY, dossierSummary: null });
    expect(errorSummary(fresh)).toEqual([{ code: 'UPSTREAM_UNAVAILABLE', path: '_entities.0.dossierSummary', system: DOSSIERS_SYSTEM }]);
  });

  it('names the system on an unreadable answer', async () => {
    simulator.admin.setFaults({ malformedRate: 1, routes: ['GET /api/v1/hoso'] });
    const response = await postGraphQL(url, `{ dossiers(agencyCode: "${CITY}", first: 1) { totalCount } }`);
    expect(response.body.data).toEqual({ dossiers: null });
    expect(errorSummary(response)).toEqual([{ code: 'UPSTREAM_BAD_RESPONSE', path: 'dossiers', system: DOSSIERS_SYSTEM }]);
  });
});
