import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { errorSummary } from '../../../test/support/graphqlClient.js';
import { testAgencyTree } from '../../../test/support/agencyTree.js';
import { postAsGateway, testInternalKeys } from '../../../test/support/internalTokens.js';

const postGraphQL = postAsGateway('reporting');
import { loadSubgraphConfig } from '../../common/config/loadSubgraphConfig.js';
import type { SubgraphServer } from '../../common/server/createSubgraphServer.js';
import type { SimulatorServer } from '../../common/simulator/createSimulatorServer.js';
import { createReportingSubgraph, REPORTING_SIMULATOR_CREDENTIALS, REPORTING_SYSTEM } from '../createReportingSubgraph.js';
import { createReportingSimulator } from '../simulator/createReportingSimulator.js';

type Row = Record<string, string>;

const NOW = new Date('2026-11-20T10:00:00+07:00');
const CITY = '000.00.00.H26';
const DEPARTMENT = '000.00.05.H26';
const COMMUNE = '001.00.00.H26';
/** Headline indicators of every kind: lead-department flows and stock, flows and ratios of every agency, a stock of communes, a level. */
const CODES = ['CT00007', 'CT00012', 'CT00013', 'CT00024', 'CT00004', 'CT00019', 'CT00022', 'CT00034'];

const VALUES = `query($r: [_Any!]!, $codes: [ID!]!, $period: String!) { _entities(representations: $r) { ... on Agency {
  code
  indicatorValues(codes: $codes, period: $period) {
    indicator { code name unit aggregation sharedWithGovernment }
    agency { code }
    period { code type year number from to }
    value reportingAgencies
    provenance { system asOf stale }
  }
} } }`;

const SCORES = `query($r: [_Any!]!, $year: Int!) { _entities(representations: $r) { ... on Agency {
  code
  indexScores(year: $year) { index name year value scale unit rank cohortSize publishedAt source methodVersion valuePublished rankPublished simulated
    components { code name value scale } provenance { system asOf stale } }
} } }`;

const agencies = (...codes: string[]) => codes.map((code) => ({ __typename: 'Agency', code }));

interface Figure {
  value: number | null;
  reportingAgencies: number;
}

/** The test's own reading of a legacy number: exact, in units of its last decimal, with its scale. */
function decimal(text: string): { units: bigint; places: number } {
  const [whole = '', fraction = ''] = text.replaceAll('.', '').split(',');
  return { units: BigInt(`${whole}${fraction}`), places: fraction.length };
}

/** DOMAIN.md "Summaries", applied by the test to raw records of the agency and its units. */
function rollUp(method: string, factor: string, rows: Row[]): Figure {
  if (method === '2') {
    const parts = rows.map((row) => [Number(decimal(row.TuSo ?? '').units), Number(decimal(row.MauSo ?? '').units)] as const);
    const numerator = parts.reduce((sum, [n]) => sum + n, 0);
    const denominator = parts.reduce((sum, [, d]) => sum + d, 0);
    return { value: denominator === 0 ? null : (Number(factor) * numerator) / denominator, reportingAgencies: rows.length };
  }
  const values = rows.filter((row) => row.GiaTri !== '').map((row) => decimal(row.GiaTri ?? ''));
  if (method === '3') return { value: values.length === 1 ? Number(values[0]!.units) / 10 ** values[0]!.places : null, reportingAgencies: values.length };
  if (values.length === 0) return { value: null, reportingAgencies: 0 };
  const places = Math.max(...values.map((v) => v.places));
  const total = values.reduce((sum, v) => sum + v.units * 10n ** BigInt(places - v.places), 0n);
  return { value: Number(total) / 10 ** places, reportingAgencies: values.length };
}

describe('reporting subgraph over real HTTP', () => {
  let simulator: SimulatorServer;
  let upstream: string;
  let subgraph: SubgraphServer;
  let url: string;

  const raw = async (path: string, query: Record<string, string>): Promise<{ TotalRecord?: string; Data: Row[] }> => {
    const target = new URL(path, upstream);
    for (const [key, value] of Object.entries(query)) target.searchParams.set(key, value);
    const response = await fetch(target, { headers: { 'x-api-key': REPORTING_SIMULATOR_CREDENTIALS.apiKey as string } });
    return (await response.json()) as { TotalRecord?: string; Data: Row[] };
  };
  /** Every raw record of a paged list. */
  const rawAll = async (path: string, query: Record<string, string>): Promise<Row[]> => {
    const rows: Row[] = [];
    for (let page = 1; ; page++) {
      const { Data } = await raw(path, { ...query, trang: String(page), soBanGhi: '500' });
      rows.push(...Data);
      if (Data.length < 500) return rows;
    }
  };

  const start = async (env: Record<string, string> = {}): Promise<{ server: SubgraphServer; url: string }> => {
    const config = loadSubgraphConfig(
      'REPORTING',
      { REPORTING_UPSTREAM_URL: upstream, REPORTING_RETRIES: '0', REPORTING_TIMEOUT_MS: '400', REPORTING_BREAKER_THRESHOLD: '1000', ...env },
      { port: 0, upstreamUrl: upstream, credentials: REPORTING_SIMULATOR_CREDENTIALS },
    );
    const server = await createReportingSubgraph(config, { logger: pino({ level: 'silent' }), now: () => NOW, internalKeys: (await testInternalKeys()).source, agencyTree: testAgencyTree });
    return { server, url: await server.listen(0, '127.0.0.1') };
  };

  beforeAll(async () => {
    simulator = createReportingSimulator({ seed: 1, scale: 0.01, now: NOW, latency: { medianMs: 0, p99Ms: 0 } });
    upstream = await simulator.listen(0);
    ({ server: subgraph, url } = await start());
  });
  afterEach(() => {
    simulator.admin.clearFaults();
  });
  afterAll(async () => {
    await subgraph?.stop();
    await simulator?.close();
  });

  /** Checks every figure of `agency` for `period` against what the test computes from the raw list. */
  async function expectFiguresOfRawRecords(agency: string, period: string, asOf: { iso: string; legacy: string | null }) {
    const response = await postGraphQL<{ _entities: { code: string; indicatorValues: Record<string, unknown>[] }[] }>(url, VALUES, {
      r: agencies(agency),
      codes: CODES,
      period,
    });
    expect(response.body.errors).toBeUndefined();
    const catalogue = (await raw('/api/v1/chitieu/ds', { ma: CODES.join(',') })).Data;
    const rows = await rawAll('/api/v1/solieu', {
      maDonVi: agency,
      baoGomDonViCon: '1',
      kyBaoCao: period,
      maChiTieu: CODES.join(','),
      ...(asOf.legacy ? { thoiDiem: asOf.legacy } : {}),
    });
    const values = response.body.data?._entities[0]?.indicatorValues ?? [];
    expect(values.map((value) => (value.indicator as { code: string }).code)).toEqual(CODES);
    for (const [i, code] of CODES.entries()) {
      const indicator = catalogue.find((row) => row.MaChiTieu === code) as Row;
      const expected = rollUp(indicator.CachTongHop ?? '', indicator.HeSo ?? '', rows.filter((row) => row.MaChiTieu === code));
      const actual = values[i] as { value: number | null; reportingAgencies: number } & Record<string, unknown>;
      expect({ code, reportingAgencies: actual.reportingAgencies }).toEqual({ code, reportingAgencies: expected.reportingAgencies });
      if (expected.value === null) expect({ code, value: actual.value }).toEqual({ code, value: null });
      else expect(actual.value, code).toBeCloseTo(expected.value, 6);
      expect(actual).toMatchObject({
        indicator: { code, name: indicator.TenChiTieu?.normalize('NFC'), unit: indicator.DonViTinh?.normalize('NFC') },
        agency: { code: agency },
        provenance: { system: REPORTING_SYSTEM, asOf: asOf.iso, stale: false },
      });
    }
    return values as unknown as (Figure & { indicator: { code: string } })[];
  }

  it('rolls up the city, a department and a commune exactly as their raw records say (N2025)', async () => {
    const asOf = { iso: '2025-12-20T23:59:59+07:00', legacy: '20/12/2025 23:59:59' };
    const city = await expectFiguresOfRawRecords(CITY, 'N2025', asOf);
    const department = await expectFiguresOfRawRecords(DEPARTMENT, 'N2025', asOf);
    const commune = await expectFiguresOfRawRecords(COMMUNE, 'N2025', asOf);
    const byCode = (figures: Figure[]) => Object.fromEntries(figures.map((figure, i) => [CODES[i], figure.value === null ? null : figure.reportingAgencies]));
    // Where each figure comes from, so the comparison above is about real numbers.
    expect(byCode(city)).toEqual({ CT00007: 1, CT00012: 707, CT00013: 707, CT00024: 708, CT00004: 1, CT00019: 1, CT00022: 1, CT00034: 126 });
    expect(byCode(department)).toEqual({ CT00007: null, CT00012: 1, CT00013: 1, CT00024: 1, CT00004: null, CT00019: 1, CT00022: 1, CT00034: null });
    expect(byCode(commune)).toEqual({ CT00007: null, CT00012: 1, CT00013: 1, CT00024: 1, CT00004: null, CT00019: null, CT00022: null, CT00034: 1 });
  });

  it('describes the period by its code and the days the regime covers', async () => {
    const response = await postGraphQL<{ _entities: { indicatorValues: { period: unknown; indicator: unknown }[] }[] }>(url, VALUES, {
      r: agencies(CITY),
      codes: ['CT00024'],
      period: ' q3/2025',
    });
    expect(response.body.data?._entities[0]?.indicatorValues[0]).toMatchObject({
      period: { code: 'Q3/2025', type: 'QUARTER', year: 2025, number: 3, from: '2025-06-15', to: '2025-09-14' },
      indicator: { code: 'CT00024', unit: '%', aggregation: 'RATIO', sharedWithGovernment: true },
    });
  });

  it('takes a period whose reports are not all in as of now', async () => {
    const figures = await expectFiguresOfRawRecords(CITY, 'T11/2026', { iso: '2026-11-20T10:00:00+07:00', legacy: null });
    const disbursed = figures[1] as Figure;
    expect(disbursed.reportingAgencies).toBeGreaterThan(0);
    expect(disbursed.reportingAgencies).toBeLessThan(151);
  });

  it('answers many agencies with one statistics request', async () => {
    simulator.admin.resetCounters();
    const response = await postGraphQL(url, VALUES, { r: agencies(CITY, DEPARTMENT, COMMUNE, '002.00.00.H26'), codes: ['CT00012', 'CT00024'], period: 'Q2/2024' });
    expect(response.body.errors).toBeUndefined();
    expect(simulator.admin.counters()).toMatchObject({ 'GET /api/v1/thongke/solieu': 1, 'GET /api/v1/chitieu/ds': 1 });
  });

  it('gives the city its published index scores exactly, with the cohort they rank in', async () => {
    const scores = async (year: number, agency = CITY) =>
      (await postGraphQL<{ _entities: { indexScores: Record<string, unknown>[] }[] }>(url, SCORES, { r: agencies(agency), year })).body.data?._entities[0]?.indexScores;
    const published = (list: Record<string, unknown>[] | undefined) =>
      Object.fromEntries((list ?? []).map((score) => [score.index, [score.valuePublished ? score.value : '~', score.rankPublished ? `${score.rank}/${score.cohortSize}` : '~', score.scale]]));
    expect(published(await scores(2022))).toMatchObject({ PAR_INDEX: ['~', '3/63', 100] });
    expect(published(await scores(2023))).toMatchObject({ PAR_INDEX: [91.43, '3/63', 100], PAPI: [43.96, '~', 80] });
    const year2024 = await scores(2024);
    expect(published(year2024)).toEqual({
      PAR_INDEX: ['~', '3/63', 100],
      SIPAS: [86.5, '11/63', 100],
      PAPI: ['~', '~', 80],
      PCI: ['~', '28/63', 100],
      DTI: [0.8241, '1/34', 1],
    });
    expect(year2024?.find((score) => score.index === 'DTI')).toMatchObject({
      year: 2024,
      unit: null,
      publishedAt: '2025-08-15',
      source: 'Bộ Khoa học và Công nghệ',
      simulated: false,
      provenance: { system: REPORTING_SYSTEM, asOf: '2025-08-15T00:00:00+07:00', stale: false },
    });
    expect(year2024?.find((score) => score.index === 'PCI')).toMatchObject({ simulated: true, cohortSize: 63 });
    expect(year2024?.find((score) => score.index === 'PAR_INDEX')?.components).toHaveLength(8);
    expect(await scores(2026)).toEqual([]);
    expect(await scores(2024, COMMUNE)).toEqual([]);
    expect(await scores(2024, DEPARTMENT)).toEqual([]);
  });

  it('refuses bad arguments on the field, naming the accepted forms', async () => {
    const period = await postGraphQL(url, VALUES, { r: agencies(CITY), codes: ['CT00007'], period: 'T13/2025' });
    expect(errorSummary(period)).toEqual([{ code: 'BAD_USER_INPUT', path: '_entities.0.indicatorValues' }]);
    expect(period.body.errors?.[0]?.message).toContain('T01/2025 … T12/2025 (month), Q1/2025 … Q4/2025 (quarter), 6T/2025 (six months), 9T/2025 (nine months) or N2025 (year)');
    expect(period.body.data).toEqual({ _entities: [{ code: CITY, indicatorValues: null }] });
    const unknown = await postGraphQL(url, VALUES, { r: agencies(CITY), codes: ['CT00007', 'CT99999'], period: 'N2025' });
    expect(errorSummary(unknown)).toEqual([{ code: 'BAD_USER_INPUT', path: '_entities.0.indicatorValues' }]);
    expect(unknown.body.errors?.[0]?.message).toContain('CT99999');
    const year = await postGraphQL(url, SCORES, { r: agencies(CITY), year: 1999 });
    expect(errorSummary(year)).toEqual([{ code: 'BAD_USER_INPUT', path: '_entities.0.indexScores' }]);
  });

  it('searches indicators without diacritics or case, in Vietnamese order, reading the catalogue once', async () => {
    simulator.admin.resetCounters();
    const catalogue = await rawAll('/api/v1/chitieu', {});
    const search = async (text: string, first = 20, after?: string) =>
      (
        await postGraphQL<{ indicators: { totalCount: number; nodes: { code: string; name: string }[]; pageInfo: { endCursor: string; hasNextPage: boolean } } }>(
          url,
          'query($s: String, $first: Int!, $after: String) { indicators(search: $s, first: $first, after: $after) { totalCount nodes { code name } pageInfo { endCursor hasNextPage } } }',
          { s: text, first, after },
        )
      ).body.data?.indicators;
    // Every word of the search starts a word of the name, whatever the accents and case.
    const plainWords = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase().split(/[^a-z0-9]+/);
    const found = (search: string) =>
      catalogue.filter((row) => search.split(' ').every((word) => plainWords(row.TenChiTieu ?? '').some((name) => name.startsWith(word)))).map((row) => row.MaChiTieu);
    const budget = await search('thu ngan sach');
    expect(budget?.nodes.map((node) => node.code).sort()).toEqual(found('thu ngan sach').sort());
    expect(budget?.nodes.map((node) => node.name)).toContain('Tổng thu ngân sách nhà nước trên địa bàn');
    expect((await search('HÀ NỘI'))?.nodes.map((node) => node.code)).toEqual(['CT00043', 'CT00042']);
    const everything = await search('', 100);
    expect(everything?.totalCount).toBe(catalogue.length);
    const names = everything?.nodes.map((node) => node.name) ?? [];
    expect(names).toEqual([...names].sort(new Intl.Collator('vi').compare));
    expect(names).not.toEqual([...names].sort());
    // Pages follow one another through the cursor.
    const first = await search('ty le', 2);
    const second = await search('ty le', 2, first?.pageInfo.endCursor);
    const both = await search('ty le', 4);
    expect([...(first?.nodes ?? []), ...(second?.nodes ?? [])]).toEqual(both?.nodes);
    // One page read by this test, one by the subgraph for all its searches.
    expect(simulator.admin.counters()['GET /api/v1/chitieu']).toBe(2);
  });

  it('resolves forms and indicators, by code and as entities', async () => {
    const response = await postGraphQL<Record<string, unknown>>(
      url,
      `{ indicator(code: "CT00024") { name form { code name periodicity submitterLevels leadAgencyOnly leadAgency { code } indicatorCount indicators(first: 10) { totalCount nodes { code } } } }
         reportForms(first: 3, after: "djE6MA") { totalCount nodes { code } pageInfo { hasNextPage } }
         _entities(representations: [{ __typename: "ReportForm", code: "BM0003" }, { __typename: "Indicator", code: "CT00019" }]) { ... on ReportForm { name } ... on Indicator { name } } }`,
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data).toEqual({
      indicator: {
        name: 'Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận trực tuyến',
        form: {
          code: 'BM0007',
          name: 'Báo cáo kết quả giải quyết thủ tục hành chính',
          periodicity: 'MONTHLY',
          submitterLevels: ['CITY', 'DEPARTMENT', 'DISTRICT', 'COMMUNE'],
          leadAgencyOnly: false,
          leadAgency: { code: '000.00.01.H26' },
          indicatorCount: 4,
          indicators: { totalCount: 4, nodes: [{ code: 'CT00023' }, { code: 'CT00024' }, { code: 'CT00025' }, { code: 'CT00026' }] },
        },
      },
      reportForms: { totalCount: 16, nodes: [{ code: 'BM0002' }, { code: 'BM0003' }, { code: 'BM0004' }], pageInfo: { hasNextPage: true } },
      _entities: [{ name: 'Báo cáo tình hình thu, chi ngân sách nhà nước' }, { name: 'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng' }],
    });
    const missing = await postGraphQL(url, '{ indicator(code: "CT99999") { name } reportForm(code: "BM9999") { name } }');
    // Independent root fields fail in the order they settle: compare them by path.
    expect(errorSummary(missing).sort((a, b) => String(a.path).localeCompare(String(b.path)))).toEqual([
      { code: 'NOT_FOUND', path: 'indicator' },
      { code: 'NOT_FOUND', path: 'reportForm' },
    ]);
  });

  it.each([
    // Each case asks a period not asked before, so there is no last good copy to fall back on.
    ['server errors', { errorRate: 1, routes: ['GET /api/v1/thongke/solieu'] }, 'UPSTREAM_UNAVAILABLE', 'T01/2023'],
    ['refusals', { errorRate: 1, errorStatus: 400, routes: ['GET /api/v1/thongke/solieu'] }, 'UPSTREAM_REJECTED', 'T02/2023'],
    ['truncated bodies', { truncatedRate: 1, routes: ['GET /api/v1/thongke/solieu'] }, 'UPSTREAM_BAD_RESPONSE', 'T03/2023'],
    ['no answer at all', { timeoutRate: 1, routes: ['GET /api/v1/thongke/solieu'] }, 'UPSTREAM_TIMEOUT', 'T04/2023'],
  ])('nulls only its field, with a coded error naming the system, on %s', async (_what, faults, code, period) => {
    simulator.admin.setFaults(faults);
    const response = await postGraphQL(url, VALUES, { r: agencies(CITY), codes: ['CT00012'], period });
    expect(response.body.data).toEqual({ _entities: [{ code: CITY, indicatorValues: null }] });
    expect(errorSummary(response)).toEqual([{ code, path: '_entities.0.indicatorValues', system: REPORTING_SYSTEM }]);
    expect(response.text).not.toMatch(/stacktrace|MaLoi|<html/i);
  });

  it('reads malformed XML of the provincial indices as UPSTREAM_BAD_RESPONSE', async () => {
    simulator.admin.setFaults({ malformedRate: 1, routes: ['GET /api/v1/chisotinh'] });
    const response = await postGraphQL(url, SCORES, { r: agencies(CITY), year: 2021 });
    expect(response.body.data).toEqual({ _entities: [{ code: CITY, indexScores: null }] });
    expect(errorSummary(response)).toEqual([{ code: 'UPSTREAM_BAD_RESPONSE', path: '_entities.0.indexScores', system: REPORTING_SYSTEM }]);
  });

  it('serves the last good figures marked stale while the system is down', async () => {
    const query = async () => (await postGraphQL<{ _entities: Record<string, { provenance: { stale: boolean } }[]>[] }>(url, VALUES, { r: agencies(DEPARTMENT), codes: ['CT00019', 'CT00024'], period: 'Q1/2025' })).body;
    const scores = async () => (await postGraphQL<{ _entities: Record<string, { value: number; provenance: { stale: boolean } }[]>[] }>(url, SCORES, { r: agencies(CITY), year: 2022 })).body;
    const fresh = await query();
    const freshScores = await scores();
    simulator.admin.setFaults({ outage: true });
    const stale = await query();
    const staleScores = await scores();
    expect(stale.errors).toBeUndefined();
    const values = stale.data?._entities[0]?.['indicatorValues'] ?? [];
    expect(values.map((value) => value.provenance.stale)).toEqual([true, true]);
    expect(values.map(({ provenance: _p, ...rest }) => rest)).toEqual(fresh.data?._entities[0]?.['indicatorValues']?.map(({ provenance: _p, ...rest }) => rest));
    expect(staleScores.data?._entities[0]?.['indexScores']?.every((score) => score.provenance.stale)).toBe(true);
    expect(staleScores.data?._entities[0]?.['indexScores']?.map((score) => score.value)).toEqual(freshScores.data?._entities[0]?.['indexScores']?.map((score) => score.value));
  });

  it('fails its fields as UPSTREAM_REJECTED when the API key is wrong', async () => {
    const wrong = await start({ REPORTING_API_KEY: 'not-the-key' });
    try {
      const response = await postGraphQL(wrong.url, VALUES, { r: agencies(CITY), codes: ['CT00007'], period: 'N2024' });
      expect(errorSummary(response)).toEqual([{ code: 'UPSTREAM_REJECTED', path: '_entities.0.indicatorValues', system: REPORTING_SYSTEM }]);
    } finally {
      await wrong.server.stop();
    }
  });
});
