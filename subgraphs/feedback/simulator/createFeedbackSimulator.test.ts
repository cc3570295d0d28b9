import { createHmac } from 'node:crypto';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addWorkingDays } from '../../common/calendar/workingDays.js';
import { agenciesUnder, agencyIndexByCode, hanoiAgencies } from '../../common/simulator/hanoiAgencies.js';
import { expectedSummary, isoDay, SignedLegacy, sortable, type RawFeedback } from '../test/signedLegacy.js';
import { createFeedbackSimulator, type FeedbackSimulator } from './createFeedbackSimulator.js';
import { SIMULATOR_HMAC_KEY } from './simulatorCredentials.js';

const NOW = new Date('2026-11-20T10:00:00+07:00');
const NOW_TEXT = '2026-11-20 10:00:00';
const NO_LATENCY = { medianMs: 0, p99Ms: 0 };
const SCALE = 0.01;
const CITY = '000.00.00.H26';
const INSTANT = /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/;
const DATE = /^\d{2}\/\d{2}\/\d{4}$/;
const FIELDS = [
  'MaPhanAnh', 'KenhTiepNhan', 'TenKenhTiepNhan', 'MaLinhVuc', 'TenLinhVuc', 'NoiDung', 'MaXaPhuong', 'MucDo', 'NgayTiepNhan', 'HanTiepNhan',
  'HanXuLy', 'NgayThuLy', 'NgayHoanThanh', 'TrangThai', 'TenTrangThai', 'MaDonViXuLy', 'TenDonViXuLy', 'CongKhai', 'MucDoHaiLong', 'NgayDanhGia',
  'HoTenNguoiPhanAnh', 'SoDienThoai', 'Email',
].join();
/** Working days to accept and to resolve by `MucDo`, as API.md states them. */
const ALLOWANCES: Record<string, [number, number]> = { '1': [1, 10], '2': [0, 2], '3': [1, 20] };

const newestFirst = (a: RawFeedback, b: RawFeedback) =>
  sortable(b['NgayTiepNhan'] ?? '').localeCompare(sortable(a['NgayTiepNhan'] ?? '')) || (b['MaPhanAnh'] ?? '').localeCompare(a['MaPhanAnh'] ?? '');

describe('citizen-feedback simulator', () => {
  let simulator: FeedbackSimulator;
  let legacy: SignedLegacy;
  let all: RawFeedback[];

  beforeAll(async () => {
    simulator = createFeedbackSimulator({ seed: 1, scale: SCALE, now: NOW, latency: NO_LATENCY, badGatewayRate: 0 });
    legacy = new SignedLegacy(await simulator.listen(0));
    all = await legacy.all({ maDonVi: CITY, baoGomDonViCon: 1 });
  });
  afterAll(async () => {
    await simulator.close();
  });

  it('reports its seed, scale, clock and counts: hundreds of thousands a year at scale 1', async () => {
    const info = (await (await request(`${legacy.baseUrl}/__admin/info`)).body.json()) as { seed: number; scale: number; counts: Record<string, number> };
    expect(info).toMatchObject({ seed: 1, scale: SCALE, clock: { now: '20/11/2026 10:00:00', fixed: true } });
    expect(info.counts['visibleFeedback']).toBe(all.length);
    expect(info.counts['visiblePublishedFeedback']).toBe(all.filter((record) => record['CongKhai'] === '1').length);
    // Two years of feedback: about 250,000 a year at scale 1.
    expect(info.counts['feedback']).toBeGreaterThan(400_000 * SCALE);
    expect(info.counts['feedback']).toBeLessThan(700_000 * SCALE);
    expect(all.length).toBeLessThan(info.counts['feedback'] as number);
  });

  it('prints legacy records: strings, codes, dates, deadlines in working days by the shared calendar', () => {
    const problems = all.flatMap((record) => {
      const wrong: string[] = [];
      const check = (ok: boolean, what: string) => ok || wrong.push(`${record['MaPhanAnh']}: ${what}`);
      check(Object.keys(record).join() === FIELDS, 'fields');
      check(Object.values(record).every((value) => typeof value === 'string'), 'strings');
      check(/^PAKN\d{8}$/.test(record['MaPhanAnh'] ?? ''), 'MaPhanAnh');
      check(['1', '2', '3', '4', '5'].includes(record['KenhTiepNhan'] ?? ''), 'KenhTiepNhan');
      check(['1', '2', '3'].includes(record['MucDo'] ?? ''), 'MucDo');
      check(['1', '2', '3', '4', '5'].includes(record['TrangThai'] ?? ''), 'TrangThai');
      check(['0', '1'].includes(record['CongKhai'] ?? ''), 'CongKhai');
      check(INSTANT.test(record['NgayTiepNhan'] ?? '') && DATE.test(record['HanTiepNhan'] ?? '') && DATE.test(record['HanXuLy'] ?? ''), 'dates');
      const [accept, resolve] = ALLOWANCES[record['MucDo'] ?? ''] ?? [-1, -1];
      const received = isoDay(record['NgayTiepNhan'] ?? '');
      check(isoDay(record['HanTiepNhan'] ?? '') === addWorkingDays(received, accept), 'HanTiepNhan');
      check(isoDay(record['HanXuLy'] ?? '') === addWorkingDays(received, resolve), 'HanXuLy');
      const status = record['TrangThai'];
      check((status === '4' || status === '5') === (record['NgayHoanThanh'] !== ''), 'closed iff resolved or rejected');
      check(['2', '3', '4'].includes(status ?? '') === (record['NgayThuLy'] !== ''), 'accepted iff accepted');
      check(record['NgayThuLy'] === '' || sortable(record['NgayThuLy'] ?? '') >= sortable(record['NgayTiepNhan'] ?? ''), 'accepted after received');
      check(record['NgayHoanThanh'] === '' || sortable(record['NgayHoanThanh'] ?? '') <= NOW_TEXT, 'closed before now');
      check(record['MucDoHaiLong'] === '' || (status === '4' && sortable(record['NgayDanhGia'] ?? '') <= NOW_TEXT), 'rated when resolved');
      // Filed under agencies valid at reception; the location is a commune valid then.
      const day = received;
      const handler = hanoiAgencies[agencyIndexByCode.get(record['MaDonViXuLy'] ?? '') ?? -1];
      const location = hanoiAgencies[agencyIndexByCode.get(record['MaXaPhuong'] ?? '') ?? -1];
      if (handler?.kind === 'district' || handler?.kind === 'formerCommune') check(day < '2025-07-01', 'handler valid');
      if (handler?.kind === 'commune') check(day >= '2025-07-01', 'handler valid');
      check(location?.kind === (day < '2025-07-01' ? 'formerCommune' : 'commune'), 'location valid');
      if (handler?.kind === 'commune' || handler?.kind === 'formerCommune') check(location === handler, 'commune handles its own');
      if (handler?.kind === 'district') check(location?.parentCode === handler.code, 'district handles its communes');
      check(/^0\d{9}$/.test(record['SoDienThoai'] ?? '') || record['HoTenNguoiPhanAnh'] === '', 'phone');
      return wrong;
    });
    expect(problems).toEqual([]);
    expect(all.every((record) => sortable(record['NgayTiepNhan'] ?? '') >= '2025-01-01' && sortable(record['NgayTiepNhan'] ?? '') <= NOW_TEXT)).toBe(true);
  });

  it('has the mix a city sees: every channel, mostly published, some rejected, some rated, one in ten in NFD', () => {
    const share = (test: (record: RawFeedback) => boolean) => all.filter(test).length / all.length;
    for (const channel of ['1', '2', '3', '4', '5']) expect(share((record) => record['KenhTiepNhan'] === channel)).toBeGreaterThan(0.02);
    expect(share((record) => record['CongKhai'] === '1')).toBeGreaterThan(0.55);
    expect(share((record) => record['CongKhai'] === '1')).toBeLessThan(0.8);
    expect(share((record) => record['TrangThai'] === '5')).toBeGreaterThan(0.03);
    expect(share((record) => record['TrangThai'] === '4')).toBeGreaterThan(0.8);
    const rated = all.filter((record) => record['MucDoHaiLong'] !== '');
    expect(rated.length / all.length).toBeGreaterThan(0.3);
    expect(rated.filter((record) => record['MucDoHaiLong'] === '1').length / rated.length).toBeGreaterThan(0.5);
    const nfd = share((record) => record['NoiDung'] !== record['NoiDung']?.normalize('NFC'));
    expect(nfd).toBeGreaterThan(0.05);
    expect(nfd).toBeLessThan(0.15);
    // As real submissions do, some texts carry a phone number, a name or an e-mail.
    expect(share((record) => /(\+84|0)[ .]?\d{3}[ .]?\d{3}[ .]?\d{3}/.test(record['NoiDung'] ?? ''))).toBeGreaterThan(0.1);
    expect(share((record) => record['HoTenNguoiPhanAnh'] !== '' && (record['NoiDung'] ?? '').normalize('NFC').includes(record['HoTenNguoiPhanAnh']!.normalize('NFC')))).toBeGreaterThan(0.1);
    expect(all.some((record) => /@/.test(record['NoiDung'] ?? ''))).toBe(true);
    expect(all.some((record) => /CCCD \d{12}/.test(record['NoiDung'] ?? ''))).toBe(true);
    // Walk-ins only in office hours on working days; fewer submissions on weekends.
    const walkIns = all.filter((record) => record['KenhTiepNhan'] === '1');
    expect(walkIns.every((record) => { const time = sortable(record['NgayTiepNhan'] ?? '').slice(11); return time >= '07:30' && time < '17:00'; })).toBe(true);
    const weekend = share((record) => [0, 6].includes(new Date(`${isoDay(record['NgayTiepNhan'] ?? '')}T12:00:00Z`).getUTCDay()));
    expect(weekend).toBeLessThan(0.25);
  });

  it('pages by cursor, newest first, with the real TotalRecord; cursors survive and bad ones are refused', async () => {
    expect(new Set(all.map((record) => record['MaPhanAnh'])).size).toBe(all.length);
    expect([...all].sort(newestFirst).map((record) => record['MaPhanAnh'])).toEqual(all.map((record) => record['MaPhanAnh']));
    const first = await legacy.get<{ NextCursor: string; DanhSach: RawFeedback[] }>('/api/v1/phananh', { maDonVi: CITY, baoGomDonViCon: 1, limit: 7 });
    expect(first.body).toMatchObject({ MaLoi: '0', TotalRecord: String(all.length) });
    expect(first.body.Data.DanhSach).toEqual(all.slice(0, 7));
    expect(first.body.Data.NextCursor).toMatch(/^[A-Za-z0-9+/]+={0,2}$/);
    const second = await legacy.get<{ NextCursor: string; DanhSach: RawFeedback[] }>('/api/v1/phananh', { maDonVi: CITY, baoGomDonViCon: 1, limit: 7, cursor: first.body.Data.NextCursor });
    expect(second.body.Data.DanhSach).toEqual(all.slice(7, 14));
    // Default page size 50; at most 200.
    expect((await legacy.get<{ DanhSach: unknown[] }>('/api/v1/phananh', { maDonVi: CITY, baoGomDonViCon: 1 })).body.Data.DanhSach).toHaveLength(50);
    const tooMany = await legacy.get('/api/v1/phananh', { maDonVi: CITY, limit: 201 });
    expect(tooMany).toMatchObject({ status: 400, body: { MaLoi: '400', Data: null } });
    for (const cursor of ['not a cursor', Buffer.from('{"t":1,"id":"PAKN00000001"}').toString('base64'), Buffer.from('[]').toString('base64')]) {
      const refused = await legacy.get('/api/v1/phananh', { maDonVi: CITY, cursor });
      expect(refused, cursor).toMatchObject({ status: 400, body: { MaLoi: '400', ThongBao: 'Tham số "cursor" không hợp lệ' } });
    }
  });

  it('filters by channel, status, publication, period and agency with or without units', async () => {
    const count = async (query: Record<string, string | number>) =>
      Number((await legacy.get('/api/v1/phananh', { maDonVi: CITY, baoGomDonViCon: 1, limit: 1, ...query })).body.TotalRecord);
    expect(await count({ kenh: 5 })).toBe(all.filter((record) => record['KenhTiepNhan'] === '5').length);
    expect(await count({ trangThai: 3 })).toBe(all.filter((record) => record['TrangThai'] === '3').length);
    expect(await count({ congKhai: 1 })).toBe(all.filter((record) => record['CongKhai'] === '1').length);
    expect(await count({ congKhai: 0 }) + (await count({ congKhai: 1 }))).toBe(all.length);
    const march = all.filter((record) => isoDay(record['NgayTiepNhan'] ?? '').startsWith('2026-03'));
    expect(await count({ tuNgay: '01/03/2026', denNgay: '31/03/2026' })).toBe(march.length);
    const published = await legacy.all({ maDonVi: CITY, baoGomDonViCon: 1, congKhai: 1, kenh: 2, trangThai: 4, tuNgay: '01/01/2026' }, 37);
    expect(published.map((record) => record['MaPhanAnh'])).toEqual(
      all
        .filter((record) => record['CongKhai'] === '1' && record['KenhTiepNhan'] === '2' && record['TrangThai'] === '4' && isoDay(record['NgayTiepNhan'] ?? '') >= '2026-01-01')
        .map((record) => record['MaPhanAnh']),
    );
    const district = '000.00.38.H26';
    const under = new Set(agenciesUnder(agencyIndexByCode.get(district) ?? -1).map((index) => hanoiAgencies[index]?.code));
    expect(await count({ maDonVi: district })).toBe(all.filter((record) => under.has(record['MaDonViXuLy'])).length);
    expect(await count({ maDonVi: district, baoGomDonViCon: 0 })).toBe(all.filter((record) => record['MaDonViXuLy'] === district).length);
    expect(await count({ maDonVi: '999.00.00.H26' })).toBe(0);
  });

  it('counts statistics exactly as the raw list shows the feedback, for the whole city and one agency, now and in the past', async () => {
    type Row = Record<string, string>;
    const cases: ReadonlyArray<readonly [string, number, string, string, string | undefined]> = [
      [CITY, 1, '2025-01-01', '2025-12-31', '31/12/2025 23:59:59'],
      [CITY, 1, '2026-01-01', '2026-12-31', undefined],
      ['000.00.05.H26', 0, '2025-03-01', '2026-02-28', '15/03/2026 12:00:00'],
      ['000.00.38.H26', 1, '2025-01-01', '2025-06-30', '10/07/2025 08:00:00'],
    ];
    for (const [agency, withUnits, from, to, thoiDiem] of cases) {
      const asOf = thoiDiem === undefined ? NOW_TEXT : sortable(thoiDiem);
      const query = { maDonVi: agency, baoGomDonViCon: withUnits, tuNgay: from.split('-').reverse().join('/'), denNgay: to.split('-').reverse().join('/'), ...(thoiDiem ? { thoiDiem } : {}) };
      const rows = (await legacy.get<Row[]>('/api/v1/thongke/phananh', query)).body.Data;
      const scope = withUnits ? new Set(agenciesUnder(agencyIndexByCode.get(agency) ?? -1).map((index) => hanoiAgencies[index]?.code)) : new Set([agency]);
      const byAgency = new Map<string, RawFeedback[]>();
      for (const record of all) if (scope.has(record['MaDonViXuLy'])) byAgency.set(record['MaDonViXuLy'] ?? '', [...(byAgency.get(record['MaDonViXuLy'] ?? '') ?? []), record]);
      const expected = [...byAgency.entries()]
        .map(([code, records]) => {
          const summary = expectedSummary(records, from, to, asOf);
          const rejected = records.filter((record) => {
            const at = sortable(record['NgayTiepNhan'] ?? '');
            return at.slice(0, 10) >= from && at.slice(0, 10) <= to && at <= asOf && record['TrangThai'] === '5' && sortable(record['NgayHoanThanh'] ?? '') <= asOf;
          }).length;
          return { code, summary, rejected };
        })
        .filter(({ summary }) => summary.received > 0 || summary.satisfactionRate !== null)
        .sort((a, b) => a.code.localeCompare(b.code));
      const actual = [...rows].sort((a, b) => (a['MaDonVi'] ?? '').localeCompare(b['MaDonVi'] ?? ''));
      expect(actual.map((row) => row['MaDonVi']), agency).toEqual(expected.map((row) => row.code));
      actual.forEach((row, i) => {
        const { summary, rejected } = expected[i] as (typeof expected)[number];
        expect({
          received: Number(row['TiepNhan']),
          resolved: Number(row['DaXuLy']),
          overdue: Number(row['QuaHan']),
          rejected: Number(row['TuChoi']),
          rate: Number(row['LuotDanhGia']) === 0 ? null : Number(row['HaiLong']) / Number(row['LuotDanhGia']),
        }).toEqual({ ...summary, rejected, rate: summary.satisfactionRate, satisfactionRate: undefined });
      });
      expect(actual.reduce((sum, row) => sum + Number(row['TiepNhan']), 0)).toBeGreaterThan(0);
    }
  });

  it('answers batches by id, unpublished ones included, unknown and future ones left out, at most 200 ids', async () => {
    const unpublished = all.find((record) => record['CongKhai'] === '0') as RawFeedback;
    const ids = [all[3]?.['MaPhanAnh'], unpublished['MaPhanAnh'], 'PAKN99999999', 'PA1', all[3]?.['MaPhanAnh']].join(',');
    const batch = (await legacy.get<RawFeedback[]>('/api/v1/phananh/ds', { ids })).body.Data;
    expect(batch.map((record) => record['MaPhanAnh']).sort()).toEqual([all[3]?.['MaPhanAnh'], unpublished['MaPhanAnh']].sort());
    expect(batch.find((record) => record['MaPhanAnh'] === all[3]?.['MaPhanAnh'])).toEqual(all[3]);
    const tooMany = Array.from({ length: 201 }, (_, i) => `PAKN${String(i + 1).padStart(8, '0')}`).join(',');
    expect(await legacy.get('/api/v1/phananh/ds', { ids: tooMany })).toMatchObject({ status: 400, body: { MaLoi: '400' } });
  });

  it('refuses bad parameters with HTTP 400 and a Vietnamese message', async () => {
    const queries: Record<string, string | number>[] = [{}, { maDonVi: 'UBND' }, { maDonVi: CITY, kenh: 6 }, { maDonVi: CITY, trangThai: 0 }, { maDonVi: CITY, congKhai: 2 }, { maDonVi: CITY, tuNgay: '02/01/2026', denNgay: '01/01/2026' }];
    for (const query of queries) {
      const { status, body } = await legacy.get('/api/v1/phananh', query);
      expect(status, JSON.stringify(query)).toBe(400);
      expect(body).toMatchObject({ MaLoi: '400', Data: null });
    }
    expect((await legacy.get('/api/v1/thongke/phananh', { maDonVi: CITY, thoiDiem: '2026-01-01' })).status).toBe(400);
  });

  it('hides what happens after its clock', async () => {
    const early = createFeedbackSimulator({ seed: 1, scale: SCALE, now: new Date('2025-09-10T12:00:00+07:00'), latency: NO_LATENCY, badGatewayRate: 0 });
    const earlyLegacy = new SignedLegacy(await early.listen(0));
    try {
      const cutoff = '2025-09-10 12:00:00';
      const seen = await earlyLegacy.all({ maDonVi: CITY, baoGomDonViCon: 1 });
      expect(seen.map((record) => record['MaPhanAnh'])).toEqual(all.filter((record) => sortable(record['NgayTiepNhan'] ?? '') <= cutoff).map((record) => record['MaPhanAnh']));
      expect(seen.every((record) => record['NgayHoanThanh'] === '' || sortable(record['NgayHoanThanh'] ?? '') <= cutoff)).toBe(true);
      // Closed after the early clock: still open then, with no rating.
      const later = all.find((record) => sortable(record['NgayTiepNhan'] ?? '') <= cutoff && sortable(record['NgayHoanThanh'] ?? '') > cutoff) as RawFeedback;
      expect(seen.find((record) => record['MaPhanAnh'] === later['MaPhanAnh'])).toMatchObject({ NgayHoanThanh: '', MucDoHaiLong: '', HanXuLy: later['HanXuLy'] });
      const future = all.find((record) => sortable(record['NgayTiepNhan'] ?? '') > cutoff) as RawFeedback;
      expect((await earlyLegacy.get<RawFeedback[]>('/api/v1/phananh/ds', { ids: future['MaPhanAnh'] ?? '' })).body.Data).toEqual([]);
    } finally {
      await early.close();
    }
  });

  it('is deterministic: same seed same data, another seed other data', async () => {
    const again = createFeedbackSimulator({ seed: 1, scale: SCALE, now: NOW, latency: NO_LATENCY, badGatewayRate: 0 });
    const other = createFeedbackSimulator({ seed: 2, scale: SCALE, now: NOW, latency: NO_LATENCY, badGatewayRate: 0 });
    const againLegacy = new SignedLegacy(await again.listen(0));
    const otherLegacy = new SignedLegacy(await other.listen(0));
    try {
      const query = { maDonVi: CITY, baoGomDonViCon: 1, limit: 100 };
      const mine = JSON.stringify((await legacy.get('/api/v1/phananh', query)).body);
      expect(JSON.stringify((await againLegacy.get('/api/v1/phananh', query)).body)).toBe(mine);
      expect(JSON.stringify((await otherLegacy.get('/api/v1/phananh', query)).body)).not.toBe(mine);
    } finally {
      await Promise.all([again.close(), other.close()]);
    }
  });

  it('takes injected faults through its admin endpoint and counts every request that reached a route', async () => {
    await request(`${legacy.baseUrl}/__admin/counters/reset`, { method: 'POST' }).then((r) => r.body.text());
    await request(`${legacy.baseUrl}/__admin/faults`, { method: 'PUT', body: JSON.stringify({ errorRate: 1, routes: ['GET /api/v1/thongke/phananh'] }) }).then((r) => r.body.text());
    try {
      expect(await legacy.get('/api/v1/thongke/phananh', { maDonVi: CITY })).toMatchObject({ status: 500, body: { MaLoi: '500' } });
      expect((await legacy.get('/api/v1/phananh', { maDonVi: CITY, limit: 1 })).status).toBe(200);
    } finally {
      await request(`${legacy.baseUrl}/__admin/faults`, { method: 'DELETE' }).then((r) => r.body.text());
    }
    const counters = (await (await request(`${legacy.baseUrl}/__admin/counters`)).body.json()) as { counters: Record<string, number> };
    expect(counters.counters).toEqual({ 'GET /api/v1/phananh': 1, 'GET /api/v1/phananh/ds': 0, 'GET /api/v1/thongke/phananh': 1 });
  });
});

describe('citizen-feedback gateway: HMAC signatures, nonces and its own 502 pages', () => {
  let simulator: FeedbackSimulator;
  let base: string;
  const path = `/api/v1/thongke/phananh?maDonVi=${CITY}&baoGomDonViCon=1`;
  const sign = (secret: string, timestamp: string, nonce: string, target = path) =>
    createHmac('sha256', secret).update(`GET\n${target}\n${timestamp}\n${nonce}`).digest('base64');
  const send = async (headers: Record<string, string>, target = path) => {
    const response = await request(`${base}${target}`, { headers });
    return { status: response.statusCode, body: (await response.body.json()) as { MaLoi: string; ThongBao: string } };
  };
  const signed = (overrides: { secret?: string; keyId?: string; timestamp?: string; nonce?: string; target?: string } = {}) => {
    const timestamp = overrides.timestamp ?? String(Math.floor(Date.now() / 1000));
    const nonce = overrides.nonce ?? `n${Math.random().toString(36).slice(2)}${Date.now()}`;
    return {
      'x-key-id': overrides.keyId ?? SIMULATOR_HMAC_KEY.keyId,
      'x-timestamp': timestamp,
      'x-nonce': nonce,
      'x-signature': sign(overrides.secret ?? SIMULATOR_HMAC_KEY.secret, timestamp, nonce, overrides.target ?? path),
    };
  };

  beforeAll(async () => {
    simulator = createFeedbackSimulator({ seed: 1, scale: 0.002, now: NOW, latency: NO_LATENCY, badGatewayRate: 0 });
    base = await simulator.listen(0);
  });
  afterAll(async () => {
    await simulator.close();
  });

  it('accepts a good signature, in epoch seconds or ISO 8601', async () => {
    expect((await send(signed())).status).toBe(200);
    expect((await send(signed({ timestamp: new Date().toISOString().replace(/\.\d+Z$/, 'Z') }))).status).toBe(200);
  });

  it.each([
    ['no signature at all', () => ({}), 'missingHeaders'],
    ['a wrong secret', () => signed({ secret: 'not-the-secret' }), 'badSignature'],
    ['an unknown key id', () => signed({ keyId: 'someone-else' }), 'unknownKey'],
    ['a timestamp 6 minutes old', () => signed({ timestamp: String(Math.floor(Date.now() / 1000) - 360) }), 'staleTimestamp'],
    ['a timestamp 6 minutes ahead', () => signed({ timestamp: String(Math.floor(Date.now() / 1000) + 360) }), 'staleTimestamp'],
    ['a signature of another request', () => signed({ target: `/api/v1/phananh?maDonVi=${CITY}` }), 'badSignature'],
    ['a signature of the same query on another path', () => signed({ target: `/api/v1/phananh?maDonVi=${CITY}&baoGomDonViCon=1` }), 'badSignature'],
    ['an unreadable timestamp', () => signed({ timestamp: 'hôm qua' }), 'badTimestamp'],
    ['a nonce with forbidden characters', () => signed({ nonce: 'a b' }), 'badNonce'],
  ])('refuses %s with HTTP 401, never reaching the handler', async (_what, headers, reason) => {
    await simulator.admin.resetCounters();
    const before = simulator.stats().refused[reason as keyof ReturnType<FeedbackSimulator['stats']>['refused']];
    const { status, body } = await send(headers());
    expect(status).toBe(401);
    expect(body).toMatchObject({ MaLoi: '401', Data: null });
    expect(body.ThongBao).not.toBe('');
    expect(simulator.stats().refused[reason as keyof ReturnType<FeedbackSimulator['stats']>['refused']]).toBe(before + 1);
    // The shared server counts a request when it matches a route, before faults and before the
    // signature is checked (as its `authenticate` hook would be): a refusal is counted too.
    expect(simulator.admin.counters()['GET /api/v1/thongke/phananh']).toBe(1);
  });

  it('refuses a nonce used a second time', async () => {
    const headers = signed({ nonce: `replayed-${Date.now()}` });
    expect((await send(headers)).status).toBe(200);
    const replay = await send(headers);
    expect(replay).toMatchObject({ status: 401, body: { MaLoi: '401', ThongBao: 'Mã nonce đã được sử dụng' } });
  });

  it('answers about one API request in 200 with an HTML 502 page, the same ones for the same seed', async () => {
    const run = async (): Promise<number[]> => {
      const flaky = createFeedbackSimulator({ seed: 7, scale: 0.002, now: NOW, latency: NO_LATENCY });
      const url = await flaky.listen(0);
      const failed: number[] = [];
      try {
        for (let i = 0; i < 400; i++) {
          const response = await request(`${url}${path}`, { headers: signed() });
          const text = await response.body.text();
          if (response.statusCode === 502) {
            expect(response.headers['content-type']).toBe('text/html');
            expect(text).toContain('502 Bad Gateway');
            failed.push(i);
          }
        }
        // Admin calls are never turned into 502s, and every request (502s included) reached its route.
        expect(flaky.admin.counters()['GET /api/v1/thongke/phananh']).toBe(400);
        expect(flaky.stats().badGateway).toBe(failed.length);
      } finally {
        await flaky.close();
      }
      return failed;
    };
    const first = await run();
    expect(first.length).toBeGreaterThan(0);
    expect(first.length).toBeLessThan(10);
    expect(await run()).toEqual(first);
  });
});
