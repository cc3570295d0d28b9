import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SimulatorServer } from '../../common/simulator/createSimulatorServer.js';
import { agenciesUnder, agencyIndexByCode, hanoiAgencies } from '../../common/simulator/hanoiAgencies.js';
import { createReportingSimulator } from './createReportingSimulator.js';
import { buildCatalogue } from './reportingCatalogue.js';
import { REPORTING_SIMULATOR_API_KEY } from './simulatorApiKey.js';

type Row = Record<string, string>;
interface Envelope {
  MaLoi: string;
  ThongBao: string;
  TotalRecord?: string;
  Data: Row[] | null;
}

const NOW = new Date('2026-11-20T10:00:00+07:00');
const NO_LATENCY = { medianMs: 0, p99Ms: 0 };
const CITY = '000.00.00.H26';
const KEY = { 'x-api-key': REPORTING_SIMULATOR_API_KEY };
const INSTANT = /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/;
const DATE = /^\d{2}\/\d{2}\/\d{4}$/;
const NUMBER = /^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/;
/** Headline indicators (API.md, "Seed"): a flow of a lead department, a flow and a ratio of every agency, a stock, a level. */
const BUDGET = 'CT00007';
const DISBURSED = 'CT00012';
const ONLINE_RATE = 'CT00024';
const POOR_HOUSEHOLDS = 'CT00034';
const GRDP_GROWTH = 'CT00004';
const CODES = [BUDGET, DISBURSED, ONLINE_RATE, POOR_HOUSEHOLDS, GRDP_GROWTH];

/** `dd/MM/yyyy[ HH:mm:ss]` to a sortable `yyyy-MM-dd HH:mm:ss`, independently of the simulator. */
function sortable(text: string): string {
  const [date = '', time = '00:00:00'] = text.split(' ');
  const [dd, mm, yyyy] = date.split('/');
  return `${yyyy}-${mm}-${dd} ${time}`;
}

/** The test's own reading of a legacy number, in units of its last decimal. */
function units(text: string): bigint {
  return BigInt(text.replaceAll('.', '').replace(',', ''));
}

describe('reporting simulator', () => {
  let simulator: SimulatorServer;
  let base: string;
  let indicators: Row[];

  const get = async (path: string, headers: Record<string, string> = KEY) => {
    const response = await fetch(`${base}${path}`, { headers });
    return { status: response.status, type: response.headers.get('content-type') ?? '', text: await response.text() };
  };
  const json = async (path: string): Promise<Envelope> => JSON.parse((await get(path)).text) as Envelope;
  const all = async (path: string, url = base): Promise<Row[]> => {
    const records: Row[] = [];
    for (let page = 1; ; page++) {
      const response = await fetch(`${url}${path}&trang=${page}&soBanGhi=500`, { headers: KEY });
      const data = ((await response.json()) as Envelope).Data as Row[];
      records.push(...data);
      if (data.length < 500) return records;
    }
  };

  beforeAll(async () => {
    simulator = createReportingSimulator({ seed: 1, scale: 1, now: NOW, latency: NO_LATENCY });
    base = await simulator.listen(0);
    indicators = await all('/api/v1/chitieu?');
  });
  afterAll(async () => {
    await simulator.close();
  });

  it('has Hanoi\'s 134 forms and 2,136 indicators at scale 1, 8 shared with the Government', async () => {
    const info = (await (await fetch(`${base}/__admin/info`)).json()) as { counts: Record<string, number> };
    expect(info).toMatchObject({ seed: 1, scale: 1, clock: { now: '20/11/2026 10:00:00', fixed: true } });
    expect(info.counts).toMatchObject({ forms: 134, indicators: 2136, sharedIndicators: 8, indexScores: 25, publishedIndexScores: 25 });
    expect(indicators).toHaveLength(2136);
    expect(indicators.filter((indicator) => indicator.ChiaSeChinhPhu === '1').map((indicator) => indicator.MaChiTieu)).toEqual([
      'CT00001', 'CT00004', 'CT00007', 'CT00012', 'CT00013', 'CT00014', 'CT00019', 'CT00024',
    ]);
    const forms = await all('/api/v1/bieumau?');
    expect(forms).toHaveLength(134);
    // Every indicator belongs to a form, and each form counts its own.
    const perForm = new Map<string, number>();
    for (const indicator of indicators) perForm.set(indicator.MaBieuMau ?? '', (perForm.get(indicator.MaBieuMau ?? '') ?? 0) + 1);
    expect(forms.map((form) => Number(form.SoChiTieu))).toEqual(forms.map((form) => perForm.get(form.MaBieuMau ?? '')));
  });

  it('keeps the headline codes at every scale and scales the rest', () => {
    const small = buildCatalogue(0.01);
    const full = buildCatalogue(1);
    expect(small.forms).toHaveLength(16);
    expect(small.indicators).toHaveLength(53);
    expect(small.indicators.map((indicator) => [indicator.code, indicator.name])).toEqual(
      full.indicators.slice(0, 53).map((indicator) => [indicator.code, indicator.name]),
    );
    expect(buildCatalogue(2).indicators).toHaveLength(4272);
    expect(new Set(full.indicators.map((indicator) => indicator.name)).size).toBe(2136);
  });

  it('prints forms and indicators as legacy records, about one in ten in NFD', async () => {
    const forms = await all('/api/v1/bieumau?');
    const problems = [
      ...forms.flatMap((form) => {
        const wrong: string[] = [];
        const check = (ok: boolean, what: string) => ok || wrong.push(`${form.MaBieuMau}: ${what}`);
        check(Object.keys(form).join() === 'MaBieuMau,TenBieuMau,LinhVuc,KyBaoCao,CapBaoCao,MaDonViChuTri,ChiDonViChuTri,SoChiTieu,NgayApDung', 'fields');
        check(/^BM\d{4}$/.test(form.MaBieuMau ?? ''), 'code');
        check(['Tháng', 'Quý', '6 tháng', 'Năm'].includes(form.KyBaoCao?.normalize('NFC') ?? ''), 'KyBaoCao');
        check(/^[1-4](;[1-4])*$/.test(form.CapBaoCao ?? ''), 'CapBaoCao');
        check(agencyIndexByCode.has(form.MaDonViChuTri ?? ''), 'MaDonViChuTri');
        check(DATE.test(form.NgayApDung ?? '') && sortable(form.NgayApDung ?? '') < '2021-01-01', 'NgayApDung');
        check(form.ChiDonViChuTri === '0' || (form.ChiDonViChuTri === '1' && form.CapBaoCao === '2'), 'ChiDonViChuTri');
        return wrong;
      }),
      ...indicators.flatMap((indicator) => {
        const wrong: string[] = [];
        const check = (ok: boolean, what: string) => ok || wrong.push(`${indicator.MaChiTieu}: ${what}`);
        check(Object.values(indicator).every((value) => typeof value === 'string'), 'strings');
        check(/^CT\d{5}$/.test(indicator.MaChiTieu ?? ''), 'code');
        check(['1', '2', '3'].includes(indicator.CachTongHop ?? ''), 'CachTongHop');
        check(indicator.CachTongHop === '2' ? indicator.HeSo === '100' && indicator.DonViTinh === '%' : indicator.HeSo === '', 'HeSo');
        check((indicator.TenChiTieu ?? '') !== '' && (indicator.DonViTinh ?? '') !== '', 'name and unit');
        return wrong;
      }),
    ];
    expect(problems).toEqual([]);
    const nfd = indicators.filter((indicator) => indicator.TenChiTieu !== indicator.TenChiTieu?.normalize('NFC')).length / indicators.length;
    expect(nfd).toBeGreaterThan(0.05);
    expect(nfd).toBeLessThan(0.15);
    // A level (growth rate, index) is never reported by many agencies: its form is the lead department's.
    const leadOnly = new Set(forms.filter((form) => form.ChiDonViChuTri === '1').map((form) => form.MaBieuMau));
    expect(indicators.filter((indicator) => indicator.CachTongHop === '3' && !leadOnly.has(indicator.MaBieuMau))).toEqual([]);
  });

  it('pages by code with the real TotalRecord, and looks up batches by code', async () => {
    const first = await json('/api/v1/chitieu?soBanGhi=7&trang=3');
    expect(first).toMatchObject({ MaLoi: '0', TotalRecord: '2136', Trang: '3', SoBanGhi: '7' });
    expect(first.Data?.map((row) => row.MaChiTieu)).toEqual(indicators.slice(14, 21).map((row) => row.MaChiTieu));
    expect(indicators.map((row) => row.MaChiTieu)).toEqual([...indicators.map((row) => row.MaChiTieu ?? '')].sort());
    expect(await json('/api/v1/chitieu?trang=99&soBanGhi=500')).toMatchObject({ TotalRecord: '2136', Data: [] });
    const batch = await json('/api/v1/chitieu/ds?ma=CT00019,CT99999,CT00001');
    expect(batch.Data?.map((row) => row.MaChiTieu).sort()).toEqual(['CT00001', 'CT00019']);
    const forms = (await json('/api/v1/bieumau/ds?ma=BM0003,BM9999')).Data ?? [];
    expect(forms.map((row) => row.TenBieuMau?.normalize('NFC'))).toEqual(['Báo cáo tình hình thu, chi ngân sách nhà nước']);
    const tooMany = await get(`/api/v1/chitieu/ds?ma=${Array.from({ length: 201 }, (_, i) => `CT${String(i + 1).padStart(5, '0')}`).join(',')}`);
    expect(tooMany.status).toBe(400);
  });

  it('searches crudely: by the stored bytes, so case, accents and NFD matter', async () => {
    const total = async (keyword: string) => Number((await json(`/api/v1/chitieu?soBanGhi=1&tuKhoa=${encodeURIComponent(keyword)}`)).TotalRecord);
    const stored = indicators.filter((indicator) => indicator.TenChiTieu?.includes('ngân sách')).length;
    const meant = indicators.filter((indicator) => indicator.TenChiTieu?.normalize('NFC').toLowerCase().includes('ngân sách')).length;
    expect(await total('ngân sách')).toBe(stored);
    expect(stored).toBeLessThan(meant);
    expect(await total('ngan sach')).toBe(0);
    expect(await total('NGÂN SÁCH')).toBe(0);
    expect(Number((await json('/api/v1/chitieu?soBanGhi=1&chiaSeChinhPhu=1')).TotalRecord)).toBe(8);
    expect(Number((await json('/api/v1/chitieu?soBanGhi=1&maBieuMau=BM0004')).TotalRecord)).toBe(indicators.filter((row) => row.MaBieuMau === 'BM0004').length);
  });

  it('prints values with comma decimals, the period code and the days it covers', async () => {
    const rows = await all(`/api/v1/solieu?maDonVi=${CITY}&baoGomDonViCon=1&kyBaoCao=Q1/2024&maChiTieu=${CODES.join(',')}`);
    expect(rows.length).toBeGreaterThan(1000);
    const problems = rows.flatMap((row) => {
      const wrong: string[] = [];
      const check = (ok: boolean, what: string) => ok || wrong.push(`${row.MaDonVi} ${row.MaChiTieu}: ${what}`);
      check(Object.keys(row).join() === 'MaDonVi,MaChiTieu,KyBaoCao,TuNgay,DenNgay,GiaTri,TuSo,MauSo,NgayCapNhat', 'fields');
      check(row.KyBaoCao === 'Q1/2024' && row.TuNgay === '15/12/2023' && row.DenNgay === '14/03/2024', 'period');
      check(NUMBER.test(row.GiaTri ?? ''), `GiaTri ${row.GiaTri}`);
      check(row.MaChiTieu === ONLINE_RATE ? NUMBER.test(row.TuSo ?? '') && NUMBER.test(row.MauSo ?? '') : row.TuSo === '' && row.MauSo === '', 'parts');
      check(INSTANT.test(row.NgayCapNhat ?? '') && sortable(row.NgayCapNhat ?? '') > '2024-03-14 23:59:59' && sortable(row.NgayCapNhat ?? '') <= '2024-03-20 23:59:59', 'sent by the 20th');
      return wrong;
    });
    expect(problems).toEqual([]);
    const budget = rows.find((row) => row.MaChiTieu === BUDGET) as Row;
    // A quarter of the city's budget revenue: six digits of billions, one decimal.
    expect(budget.GiaTri).toMatch(/^\d{3}\.\d{3},\d$|^\d{6},\d$/);
    // About one row in ten comes from an old screen without thousands dots.
    const year = await all(`/api/v1/solieu?maDonVi=${CITY}&baoGomDonViCon=1&kyBaoCao=N2024&maChiTieu=${ONLINE_RATE}`);
    const big = year.filter((row) => units(row.MauSo ?? '0') >= 1000n);
    expect(big.length).toBeGreaterThan(500);
    const plain = big.filter((row) => !(row.MauSo ?? '').includes('.')).length / big.length;
    expect(plain).toBeGreaterThan(0.04);
    expect(plain).toBeLessThan(0.2);
    // A ratio's value is its own parts, to two decimals.
    for (const row of rows.filter((r) => r.MaChiTieu === ONLINE_RATE).slice(0, 50)) {
      const share = (Number(units(row.TuSo ?? '0')) * 100) / Number(units(row.MauSo ?? '1'));
      expect(Number(units(row.GiaTri ?? '0')) / 100).toBeCloseTo(share, 2);
    }
  });

  it('files values under agencies that existed in the period, for the days they existed', async () => {
    const kinds = async (period: string, code: string) => {
      const rows = await all(`/api/v1/solieu?maDonVi=${CITY}&baoGomDonViCon=1&kyBaoCao=${period}&maChiTieu=${code}`);
      return new Set(rows.map((row) => hanoiAgencies[agencyIndexByCode.get(row.MaDonVi ?? '') ?? -1]?.kind));
    };
    expect(await kinds('6T/2025', DISBURSED)).toEqual(new Set(['department', 'district', 'formerCommune']));
    expect(await kinds('N2025', DISBURSED)).toEqual(new Set(['department', 'district', 'formerCommune', 'commune']));
    expect(await kinds('Q4/2025', DISBURSED)).toEqual(new Set(['department', 'commune']));
    // A stock is reported by those that exist at the end of the period.
    expect(await kinds('N2025', POOR_HOUSEHOLDS)).toEqual(new Set(['commune']));
    expect(await kinds('N2024', BUDGET)).toEqual(new Set(['department']));
    // A former commune's T07/2025 covers 15–30 June only: far less than its T06/2025.
    const former = hanoiAgencies.find((agency) => agency.kind === 'formerCommune')?.code as string;
    const value = async (period: string) => units(((await json(`/api/v1/solieu?maDonVi=${former}&kyBaoCao=${period}&maChiTieu=${DISBURSED}`)).Data?.[0]?.GiaTri) ?? '0');
    expect(Number(await value('T07/2025'))).toBeLessThan(Number(await value('T06/2025')) * 0.8);
    expect((await json(`/api/v1/solieu?maDonVi=${former}&kyBaoCao=T08/2025&maChiTieu=${DISBURSED}`)).Data).toEqual([]);
  });

  it('makes a period of its months: flows add up, a stock is its last month', async () => {
    const of = async (period: string, code: string, agency = '000.00.31.H26') =>
      units((await json(`/api/v1/solieu?maDonVi=${agency}&kyBaoCao=${period}&maChiTieu=${code}`)).Data?.[0]?.GiaTri ?? 'x');
    expect((await of('T01/2024', DISBURSED)) + (await of('T02/2024', DISBURSED)) + (await of('T03/2024', DISBURSED))).toBe(await of('Q1/2024', DISBURSED));
    expect((await of('Q1/2024', DISBURSED)) + (await of('Q2/2024', DISBURSED))).toBe(await of('6T/2024', DISBURSED));
    expect((await of('6T/2024', DISBURSED)) + (await of('Q3/2024', DISBURSED))).toBe(await of('9T/2024', DISBURSED));
    expect((await of('9T/2024', DISBURSED)) + (await of('Q4/2024', DISBURSED))).toBe(await of('N2024', DISBURSED));
    expect(await of('N2024', POOR_HOUSEHOLDS)).toBe(await of('Q4/2024', POOR_HOUSEHOLDS));
    // A quarterly form is not reported by the month; a yearly one not by the quarter.
    expect((await json(`/api/v1/solieu?maDonVi=000.00.31.H26&kyBaoCao=T03/2024&maChiTieu=${POOR_HOUSEHOLDS}`)).Data).toEqual([]);
    expect((await json('/api/v1/solieu?maDonVi=000.00.08.H26&kyBaoCao=Q2/2024&maChiTieu=CT00039')).Data).toEqual([]);
  });

  it('answers statistics per agency that are exactly the raw list\'s records', async () => {
    const roots = [CITY, '000.00.05.H26', '001.00.00.H26', '000.00.38.H26'];
    const statistics = (await json(`/api/v1/thongke/solieu?maDonVi=${roots.join(',')}&baoGomDonViCon=1&kyBaoCao=N2025&maChiTieu=${CODES.join(',')}`)).Data as Row[];
    for (const root of roots) {
      const raw = await all(`/api/v1/solieu?maDonVi=${root}&baoGomDonViCon=1&kyBaoCao=N2025&maChiTieu=${CODES.join(',')}`);
      const under = new Set(agenciesUnder(agencyIndexByCode.get(root) as number).map((i) => hanoiAgencies[i]?.code));
      expect(raw.every((row) => under.has(row.MaDonVi))).toBe(true);
      const tagged = statistics.filter((row) => row.MaDonViTongHop === root).map(({ MaDonViTongHop: _root, ...row }) => row);
      expect(tagged).toEqual(raw);
    }
    const own = (await json(`/api/v1/thongke/solieu?maDonVi=${CITY}&kyBaoCao=N2025&maChiTieu=${CODES.join(',')}`)).Data as Row[];
    expect(new Set(own.map((row) => row.MaDonVi))).toEqual(new Set([CITY]));
  });

  it('hides reports not yet sent at the clock\'s now or at thoiDiem', async () => {
    const rows = await all(`/api/v1/solieu?maDonVi=${CITY}&baoGomDonViCon=1&kyBaoCao=T11/2026&maChiTieu=${DISBURSED}`);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => sortable(row.NgayCapNhat ?? '') <= '2026-11-20 10:00:00')).toBe(true);
    const reporters = (await all(`/api/v1/solieu?maDonVi=${CITY}&baoGomDonViCon=1&kyBaoCao=T10/2026&maChiTieu=${DISBURSED}`)).length;
    expect(rows.length).toBeLessThan(reporters);
    expect(await all(`/api/v1/solieu?maDonVi=${CITY}&baoGomDonViCon=1&kyBaoCao=T12/2026&maChiTieu=${DISBURSED}`)).toEqual([]);
    const earlier = await all(`/api/v1/solieu?maDonVi=${CITY}&baoGomDonViCon=1&kyBaoCao=T10/2026&maChiTieu=${DISBURSED}&thoiDiem=${encodeURIComponent('17/10/2026 12:00:00')}`);
    expect(earlier.length).toBeGreaterThan(0);
    expect(earlier.length).toBeLessThan(reporters);
    expect(earlier.every((row) => sortable(row.NgayCapNhat ?? '') <= '2026-10-17 12:00:00')).toBe(true);
  });

  it('is deterministic: same seed, same values; another seed, other values', async () => {
    const query = `/api/v1/thongke/solieu?maDonVi=${CITY}&baoGomDonViCon=1&kyBaoCao=Q2/2025&maChiTieu=${CODES.join(',')}`;
    const same = createReportingSimulator({ seed: 1, scale: 1, now: NOW, latency: NO_LATENCY });
    const other = createReportingSimulator({ seed: 2, scale: 1, now: NOW, latency: NO_LATENCY });
    try {
      const values = async (url: string) => (await (await fetch(`${url}${query}`, { headers: KEY })).json()) as Envelope;
      const mine = await values(base);
      expect(await values(await same.listen(0))).toEqual(mine);
      const theirs = await values(await other.listen(0));
      expect(theirs.Data?.length).toBe(mine.Data?.length);
      expect(theirs.Data?.map((row) => row.GiaTri)).not.toEqual(mine.Data?.map((row) => row.GiaTri));
    } finally {
      await same.close();
      await other.close();
    }
  });

  it('answers the provincial indices in XML, with the published figures exactly', async () => {
    const parser = new XMLParser({ parseTagValue: false, isArray: (name) => name === 'ChiSo' || name === 'ThanhPhan' });
    const year = async (nam: number) => {
      const response = await get(`/api/v1/chisotinh?nam=${nam}`);
      expect(response.status).toBe(200);
      expect(response.type).toBe('application/xml; charset=utf-8');
      const list = (parser.parse(response.text) as { KetQua: { DanhSachChiSo: '' | { ChiSo: Row[] } } }).KetQua.DanhSachChiSo;
      return list === '' ? [] : list.ChiSo;
    };
    const published = (scores: Row[]) =>
      Object.fromEntries(
        scores.map((score) => [
          score.MaChiSo,
          [
            score.GiaTriCongBo === '1' ? Number(score.GiaTri?.replace(',', '.')) : '~',
            score.XepHangCongBo === '1' ? `${score.XepHang}/${score.TongSoTinh}` : '~',
            score.ThangDiem,
          ],
        ]),
      );
    expect(published(await year(2022))).toMatchObject({ PARINDEX: ['~', '3/63', '100'] });
    expect(published(await year(2023))).toMatchObject({ PARINDEX: [91.43, '3/63', '100'], PAPI: [43.96, '~', '80'] });
    expect(published(await year(2024))).toEqual({
      PARINDEX: ['~', '3/63', '100'],
      SIPAS: [86.5, '11/63', '100'],
      PAPI: ['~', '~', '80'],
      PCI: ['~', '28/63', '100'],
      DTI: [0.8241, '1/34', '1'],
    });
    // Published after the merger of 1 July 2025: out of 34 provinces.
    expect((await year(2025)).map((score) => score.TongSoTinh)).toEqual(['34', '34', '34', '34', '34']);
    expect(await year(2026)).toEqual([]);
    expect(await year(2019)).toEqual([]);
    // PAPI's eight dimensions add up to its score.
    const papi = (await year(2023)).find((score) => score.MaChiSo === 'PAPI') as unknown as { DanhSachThanhPhan: { ThanhPhan: Row[] } };
    expect(papi.DanhSachThanhPhan.ThanhPhan.reduce((sum, part) => sum + Number(units(part.GiaTri ?? '0')), 0)).toBe(4396);
  });

  it('hides index scores not yet published at the clock\'s now', async () => {
    const early = createReportingSimulator({ seed: 1, scale: 0.01, now: new Date('2025-05-01T12:00:00+07:00'), latency: NO_LATENCY });
    try {
      const url = await early.listen(0);
      const xml = await (await fetch(`${url}/api/v1/chisotinh?nam=2024`, { headers: KEY })).text();
      expect([...xml.matchAll(/<MaChiSo>(\w+)<\/MaChiSo>/g)].map((match) => match[1])).toEqual(['PAPI']);
    } finally {
      await early.close();
    }
  });

  it('refuses requests without the API key, or with a wrong one; the admin endpoint needs none', async () => {
    expect(await get('/api/v1/bieumau', {})).toMatchObject({ status: 401, text: expect.stringContaining('"MaLoi":"401"') });
    expect(await get('/api/v1/bieumau', { 'x-api-key': 'wrong' })).toMatchObject({ status: 403, text: expect.stringContaining('"MaLoi":"403"') });
    const xml = await get('/api/v1/chisotinh?nam=2024', { 'x-api-key': `${REPORTING_SIMULATOR_API_KEY}x` });
    expect(xml).toMatchObject({ status: 403, text: expect.stringContaining('"MaLoi":"403"') });
    expect((await fetch(`${base}/__admin/counters`)).status).toBe(200);
  });

  it('refuses bad parameters with HTTP 400', async () => {
    for (const query of [
      `/api/v1/solieu?maDonVi=${CITY}&kyBaoCao=T13/2024&maChiTieu=${BUDGET}`,
      `/api/v1/solieu?maDonVi=${CITY}&kyBaoCao=N2024`,
      `/api/v1/solieu?maDonVi=000.00.00&kyBaoCao=N2024&maChiTieu=${BUDGET}`,
      `/api/v1/thongke/solieu?maDonVi=${CITY},nope&kyBaoCao=N2024&maChiTieu=${BUDGET}`,
    ]) {
      expect(JSON.parse((await get(query)).text)).toMatchObject({ MaLoi: '400' });
    }
    const xml = await get('/api/v1/chisotinh?nam=20x4');
    expect(xml).toMatchObject({ status: 400, type: 'application/xml; charset=utf-8', text: expect.stringContaining('<MaLoi>400</MaLoi>') });
  });

  it('injects faults, on the XML route in its own terms, and counts every request', async () => {
    simulator.admin.resetCounters();
    try {
      simulator.admin.setFaults({ errorRate: 1, routes: ['GET /api/v1/thongke/solieu'] });
      expect((await get(`/api/v1/thongke/solieu?maDonVi=${CITY}&kyBaoCao=N2024&maChiTieu=${BUDGET}`)).status).toBe(500);
      expect((await get('/api/v1/bieumau')).status).toBe(200);
      simulator.admin.setFaults({ errorRate: 1, errorStatus: 503, routes: ['/api/v1/chisotinh'] });
      expect(await get('/api/v1/chisotinh?nam=2024')).toMatchObject({ status: 503, text: expect.stringContaining('"MaLoi":"503"') });
      simulator.admin.setFaults({ malformedRate: 1, routes: ['/api/v1/chisotinh'] });
      const malformed = await get('/api/v1/chisotinh?nam=2024');
      expect(malformed).toMatchObject({ status: 200 });
      expect(malformed.text).not.toContain('<KetQua>');
      simulator.admin.setFaults({ htmlErrorRate: 1, routes: ['/api/v1/chisotinh'] });
      expect(await get('/api/v1/chisotinh?nam=2024')).toMatchObject({ status: 502, type: expect.stringContaining('text/html') });
      simulator.admin.setFaults({ truncatedRate: 1, routes: ['/api/v1/chisotinh'] });
      await expect(get('/api/v1/chisotinh?nam=2024')).rejects.toThrow();
      expect(simulator.admin.counters()).toMatchObject({ 'GET /api/v1/thongke/solieu': 1, 'GET /api/v1/bieumau': 1, 'GET /api/v1/chisotinh': 4 });
    } finally {
      simulator.admin.clearFaults();
    }
  });
});
