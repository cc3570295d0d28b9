import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agenciesUnder, agencyIndexByCode, hanoiAgencies } from '../../common/simulator/hanoiAgencies.js';
import { appointmentAfterSupplement, appointmentDate } from '../domain/appointmentDate.js';
import { dateOf, expectedSummary, PortalClient, sortable, type Row } from '../test/portalClient.js';
import { createDossiersSimulator, type DossiersSimulator } from './createDossiersSimulator.js';
import { citizenByPersonalId } from '../../common/simulator/citizenPopulation.js';
import { SEEDED_APPLICATIONS } from './dossierApplicants.js';
import { PROCEDURES } from './procedureCatalogue.js';
import { SIMULATOR_CLIENT_ID, SIMULATOR_CLIENT_SECRET } from './simulatorClient.js';

const NOW = new Date('2026-11-20T10:00:00+07:00');
const NO_LATENCY = { medianMs: 0, p99Ms: 0 };
const SCALE = 0.01;
const CITY = '000.00.00.H26';
const INSTANT = /^\d{14}$/;
const KEYS = [
  'MaHoSo', 'MaTTHC', 'TenTTHC', 'MaLinhVuc', 'TenLinhVuc', 'MaDonVi', 'TenDonVi', 'ChuHoSo', 'SoGiayToChuHoSo', 'DoiTuongNop', 'KenhThucHien',
  'TrangThaiHoSo', 'NgayNopHoSo', 'NgayTiepNhan', 'NgayHenTra', 'NgayYeuCauBoSung', 'NgayNhanBoSung', 'NgayKetThucXuLy', 'NgayTra', 'XacThucVNeID',
  'ThanhToanTrucTuyen',
].join();
const procedureDays = new Map(PROCEDURES.map((p) => [p.code, p.days]));
/** The period time of a record: reception, or registration for dossiers never received. */
const periodOf = (d: Row): string => sortable(d.NgayTiepNhan || d.NgayNopHoSo || '');

describe('one-stop-shop simulator', () => {
  let simulator: DossiersSimulator;
  let portal: PortalClient;
  let dossiers: Row[];

  beforeAll(async () => {
    simulator = createDossiersSimulator({ seed: 1, scale: SCALE, now: NOW, latency: NO_LATENCY });
    portal = new PortalClient(await simulator.listen(0));
    dossiers = await portal.all(`/api/v1/hoso?maDonVi=${CITY}&baoGomDonViCon=1`);
  });
  afterAll(async () => {
    await simulator.close();
  });

  it('reports its seed, scale, clock, tokens and counts', async () => {
    const info = (await (await fetch(`${portal.baseUrl}/__admin/info`)).json()) as { counts: Record<string, number>; tokens: Record<string, number> };
    expect(info).toMatchObject({ system: 'one-stop-shop', seed: 1, scale: SCALE, clock: { now: '20/11/2026 10:00:00', fixed: true }, tokens: { ttlSeconds: 300 } });
    // About four million dossiers at scale 1.
    expect(info.counts.dossiers).toBeGreaterThan(3_500_000 * SCALE);
    expect(info.counts.visibleDossiers).toBe(dossiers.length);
    expect(info.counts.visibleDossiers).toBeLessThan(info.counts.dossiers as number);
    expect(info.counts.procedures).toBeGreaterThan(250);
  });

  it('prints dossiers as portal records: strings, yyyyMMddHHmmss instants, codes by reception date and rank', () => {
    const problems = dossiers.flatMap((d) => {
      const wrong: string[] = [];
      const check = (ok: boolean, what: string) => ok || wrong.push(`${d.MaHoSo}: ${what}`);
      check(Object.keys(d).join() === KEYS, 'fields');
      check(Object.values(d).every((value) => typeof value === 'string'), 'strings');
      check(/^\d{3}\.\d{2}\.\d{2}\.H26-\d{6}-\d{4}$/.test(d.MaHoSo ?? '') && d.MaHoSo?.startsWith(`${d.MaDonVi}-`) === true, 'MaHoSo');
      check((d.MaHoSo ?? '').slice(14, 20) === periodOf(d).slice(2, 10).replaceAll('-', ''), 'code date');
      check(procedureDays.has(d.MaTTHC ?? ''), 'MaTTHC');
      for (const field of ['NgayNopHoSo', 'NgayTiepNhan', 'NgayHenTra', 'NgayYeuCauBoSung', 'NgayNhanBoSung', 'NgayKetThucXuLy', 'NgayTra']) {
        check(d[field] === '' || INSTANT.test(d[field] ?? ''), field);
      }
      const status = Number(d.TrangThaiHoSo);
      check(status >= 1 && status <= 10, 'TrangThaiHoSo');
      check(['1', '2', '3'].includes(d.KenhThucHien ?? '') && ['1', '2'].includes(d.DoiTuongNop ?? ''), 'codes');
      check((d.NgayTiepNhan === '') === (status === 1 || status === 3), 'received unless 1 or 3');
      check((d.NgayKetThucXuLy !== '') === [3, 7, 8, 9, 10].includes(status), 'ended exactly when 3, 7–10');
      check((d.NgayTra !== '') === (status === 10), 'returned exactly when 10');
      check(d.NgayNopHoSo !== '' && sortable(d.NgayNopHoSo ?? '') <= periodOf(d), 'submitted before received');
      check(periodOf(d) <= '2026-11-20 10:00:00' && sortable(d.NgayKetThucXuLy ?? '') <= '2026-11-20 10:00:00', 'nothing after the clock');
      check(d.KenhThucHien === '2' || d.XacThucVNeID === '0', 'VNeID only online');
      if (d.NgayHenTra !== '') check((d.NgayHenTra ?? '').endsWith('170000'), 'appointment at 17:00');
      return wrong;
    });
    expect(problems).toEqual([]);
    expect(new Set(dossiers.map((d) => d.MaHoSo)).size).toBe(dossiers.length);
  });

  it('sets appointments by the working-day calendar and moves them by the supplement rule', () => {
    const wrong: string[] = [];
    let moved = 0;
    for (const d of dossiers) {
      if (d.NgayTiepNhan === '') continue;
      const initial = appointmentDate(dateOf(d.NgayTiepNhan ?? ''), procedureDays.get(d.MaTTHC ?? '') ?? -1);
      const expected = d.NgayNhanBoSung === '' ? initial : appointmentAfterSupplement(initial, dateOf(d.NgayYeuCauBoSung ?? ''), dateOf(d.NgayNhanBoSung ?? ''));
      if (dateOf(d.NgayHenTra ?? '') !== expected) wrong.push(`${d.MaHoSo}: ${dateOf(d.NgayHenTra ?? '')} instead of ${expected}`);
      if (d.NgayNhanBoSung !== '' && expected !== initial) moved++;
      if (d.NgayNhanBoSung !== '' && !(sortable(d.NgayYeuCauBoSung ?? '') < sortable(d.NgayNhanBoSung ?? ''))) wrong.push(`${d.MaHoSo}: supplement order`);
    }
    expect(wrong).toEqual([]);
    expect(moved).toBeGreaterThan(100);
  });

  it('has realistic shares: online rising, a few late, few withdrawn, every status present', () => {
    const received = dossiers.filter((d) => d.NgayTiepNhan !== '');
    const onlineShare = (year: string) => {
      const ofYear = received.filter((d) => d.NgayTiepNhan?.startsWith(year));
      return ofYear.filter((d) => d.KenhThucHien === '2').length / ofYear.length;
    };
    expect(onlineShare('2025')).toBeGreaterThan(0.35);
    expect(onlineShare('2026')).toBeGreaterThan(onlineShare('2025'));
    const resolved = dossiers.filter((d) => d.TrangThaiHoSo === '9' || d.TrangThaiHoSo === '10');
    const late = resolved.filter((d) => dateOf(d.NgayKetThucXuLy ?? '') > dateOf(d.NgayHenTra ?? '')).length / resolved.length;
    expect(late).toBeGreaterThan(0.01);
    expect(late).toBeLessThan(0.15);
    const withdrawn = dossiers.filter((d) => d.TrangThaiHoSo === '7').length / dossiers.length;
    expect(withdrawn).toBeGreaterThan(0.005);
    expect(withdrawn).toBeLessThan(0.03);
    expect(new Set(dossiers.map((d) => d.TrangThaiHoSo)).size).toBe(10);
    const nfd = dossiers.filter((d) => d.TenTTHC !== d.TenTTHC?.normalize('NFC')).length / dossiers.length;
    expect(nfd).toBeGreaterThan(0.05);
    expect(nfd).toBeLessThan(0.15);
  });

  it('files dossiers only under agencies valid at their date, by level', () => {
    const wrong = dossiers.filter((d) => {
      const agency = hanoiAgencies[agencyIndexByCode.get(d.MaDonVi ?? '') ?? -1];
      const before = periodOf(d) < '2025-07-01';
      if (agency?.kind === 'district' || agency?.kind === 'formerCommune') return !before;
      if (agency?.kind === 'commune') return before;
      return agency === undefined;
    });
    expect(wrong).toEqual([]);
  });

  it('pages newest first with the real TotalRecord, deep pages and past the end included', async () => {
    const first = await portal.get(`/api/v1/hoso?maDonVi=${CITY}&baoGomDonViCon=1&soBanGhi=5`);
    expect(first.body).toMatchObject({ MaLoi: '0', TotalRecord: String(dossiers.length), Trang: '1', SoBanGhi: '5' });
    for (let i = 1; i < dossiers.length; i++) {
      expect(periodOf(dossiers[i - 1] as Row) >= periodOf(dossiers[i] as Row)).toBe(true);
    }
    for (const [page, size] of [[21, 100], [7, 500], [103, 37]] as const) {
      const deep = (await portal.get(`/api/v1/hoso?maDonVi=${CITY}&baoGomDonViCon=1&trang=${page}&soBanGhi=${size}`)).body.Data as Row[];
      expect(deep.map((d) => d.MaHoSo)).toEqual(dossiers.slice((page - 1) * size, page * size).map((d) => d.MaHoSo));
    }
    const past = await portal.get(`/api/v1/hoso?maDonVi=${CITY}&baoGomDonViCon=1&trang=9999&soBanGhi=500`);
    expect(past.body).toMatchObject({ TotalRecord: String(dossiers.length), Data: [] });
  });

  it('filters by status, reception period, procedure, and agency with or without units', async () => {
    const total = async (query: string) => Number((await portal.get(`/api/v1/hoso?maDonVi=${CITY}&baoGomDonViCon=1&soBanGhi=1&${query}`)).body.TotalRecord);
    let sum = 0;
    for (let status = 1; status <= 10; status++) {
      const count = await total(`trangThai=${status}`);
      expect(count, `status ${status}`).toBe(dossiers.filter((d) => d.TrangThaiHoSo === String(status)).length);
      sum += count;
    }
    expect(sum).toBe(dossiers.length);
    const open = await portal.all(`/api/v1/hoso?maDonVi=${CITY}&baoGomDonViCon=1&trangThai=4`);
    expect(open.map((d) => d.MaHoSo)).toEqual(dossiers.filter((d) => d.TrangThaiHoSo === '4').map((d) => d.MaHoSo));
    const march = dossiers.filter((d) => periodOf(d).startsWith('2025-03'));
    expect(await total('tuNgay=01/03/2025&denNgay=31/03/2025')).toBe(march.length);
    const code = dossiers[10]?.MaTTHC ?? '';
    expect(await total(`maTTHC=${code}`)).toBe(dossiers.filter((d) => d.MaTTHC === code).length);
    expect(await total(`maTTHC=${code}&trangThai=10`)).toBe(dossiers.filter((d) => d.MaTTHC === code && d.TrangThaiHoSo === '10').length);

    const district = '000.00.38.H26';
    const under = new Set(agenciesUnder(agencyIndexByCode.get(district) ?? -1).map((i) => hanoiAgencies[i]?.code));
    expect((await portal.all(`/api/v1/hoso?maDonVi=${district}&baoGomDonViCon=1`)).length).toBe(dossiers.filter((d) => under.has(d.MaDonVi)).length);
    expect((await portal.all(`/api/v1/hoso?maDonVi=${district}`)).length).toBe(dossiers.filter((d) => d.MaDonVi === district).length);
    expect((await portal.get('/api/v1/hoso?maDonVi=999.00.00.H26')).body).toMatchObject({ MaLoi: '0', TotalRecord: '0', Data: [] });
  });

  it('counts statistics exactly as the list shows the dossiers', async () => {
    const expected = (records: readonly Row[], from: string, to: string) => {
      const byAgency = new Map<string, Row[]>();
      for (const d of records) byAgency.set(d.MaDonVi ?? '', [...(byAgency.get(d.MaDonVi ?? '') ?? []), d]);
      return [...byAgency.entries()]
        .map(([code, rows]) => {
          const s = expectedSummary(rows, from, to);
          return {
            MaDonVi: code,
            SoTiepNhan: String(s.received),
            SoTiepNhanTrucTuyen: String(s.receivedOnline),
            SoDaGiaiQuyet: String(s.resolved),
            SoGiaiQuyetDungHan: String(s.resolvedOnTime),
            SoGiaiQuyetQuaHan: String(s.resolvedLate),
          };
        })
        .filter((row) => row.SoTiepNhan !== '0' || row.SoDaGiaiQuyet !== '0')
        .sort((a, b) => a.MaDonVi.localeCompare(b.MaDonVi));
    };
    const sorted = (rows: Row[]) => [...rows].sort((a, b) => (a.MaDonVi ?? '').localeCompare(b.MaDonVi ?? ''));
    const stats = async (query: string) => sorted((await portal.get(`/api/v1/thongke/hoso?${query}`)).body.Data as Row[]);

    expect(await stats(`maDonVi=${CITY}&baoGomDonViCon=1&tuNgay=01/01/2025&denNgay=31/12/2025`)).toEqual(expected(dossiers, '2025-01-01', '2025-12-31'));
    // A period that has not ended: counted up to the clock.
    expect(await stats(`maDonVi=${CITY}&baoGomDonViCon=1&tuNgay=01/10/2026&denNgay=31/12/2026`)).toEqual(expected(dossiers, '2026-10-01', '2026-12-31'));
    const own = dossiers.filter((d) => d.MaDonVi === '000.00.07.H26');
    expect(await stats('maDonVi=000.00.07.H26&tuNgay=15/02/2026&denNgay=15/05/2026')).toEqual(expected(own, '2026-02-15', '2026-05-15'));
  });

  it('answers batches and single dossiers by code, unknown ones left out or MaLoi 1', async () => {
    const codes = [dossiers[3]?.MaHoSo, dossiers[500]?.MaHoSo, '000.00.00.H26-990101-0001', 'rác', dossiers[3]?.MaHoSo].join(',');
    const batch = (await portal.get(`/api/v1/hoso/ds?ma=${encodeURIComponent(codes)}`)).body.Data as Row[];
    expect(batch.map((d) => d.MaHoSo).sort()).toEqual([dossiers[3]?.MaHoSo, dossiers[500]?.MaHoSo].sort());
    expect(batch.find((d) => d.MaHoSo === dossiers[3]?.MaHoSo)).toEqual(dossiers[3]);
    expect((await portal.get(`/api/v1/hoso/${dossiers[42]?.MaHoSo}`)).body.Data).toEqual(dossiers[42]);
    expect((await portal.get('/api/v1/hoso/001.00.00.H26-250101-0001')).body).toMatchObject({ MaLoi: '1', Data: null });
    const tooMany = dossiers.slice(0, 201).map((d) => d.MaHoSo).join(',');
    expect((await portal.get(`/api/v1/hoso/ds?ma=${tooMany}`)).status).toBe(400);
  });

  it('names applicants from the shared citizen population, organisations by enterprise code', () => {
    const citizens = dossiers.filter((d) => d.DoiTuongNop === '1');
    const organisations = dossiers.filter((d) => d.DoiTuongNop === '2');
    expect(citizens.length).toBeGreaterThan(dossiers.length / 2);
    expect(organisations.length).toBeGreaterThan(0);
    for (const d of citizens.slice(0, 500)) {
      const citizen = citizenByPersonalId(d.SoGiayToChuHoSo ?? '');
      expect(citizen?.fullName).toBe(d.ChuHoSo?.normalize('NFC'));
    }
    for (const d of organisations) expect(d.SoGiayToChuHoSo).toMatch(/^01\d{8}$/);
  });

  it('lists a citizen\'s dossiers by personal id, newest first, only up to the clock', async () => {
    const mine = async (id: string) => portal.all(`/api/v1/hoso/chuhoso?soGiayTo=${id}`);
    for (const [personalId, targets] of Object.entries(SEEDED_APPLICATIONS)) {
      const own = dossiers.filter((d) => d.SoGiayToChuHoSo === personalId);
      // Every target is served at this scale, and no other dossier names a seeded citizen.
      expect(own).toHaveLength(targets.length);
      const listed = await mine(personalId);
      expect(listed).toEqual([...own].sort((a, b) => periodOf(b).localeCompare(periodOf(a)) || (b.MaHoSo ?? '').localeCompare(a.MaHoSo ?? '')));
      expect(new Set(listed.map((d) => d.MaDonVi))).toEqual(new Set(targets.map(([agency]) => agency)));
    }
    // Any citizen applicant finds their dossiers, and only theirs.
    const sample = dossiers.filter((d) => d.DoiTuongNop === '1').slice(0, 40);
    for (const d of sample) {
      const listed = await mine(d.SoGiayToChuHoSo ?? '');
      expect(listed.map((x) => x.MaHoSo)).toContain(d.MaHoSo);
      expect(listed.every((x) => x.SoGiayToChuHoSo === d.SoGiayToChuHoSo)).toBe(true);
      expect(listed).toEqual(dossiers.filter((x) => x.SoGiayToChuHoSo === d.SoGiayToChuHoSo).sort((a, b) => periodOf(b).localeCompare(periodOf(a)) || (b.MaHoSo ?? '').localeCompare(a.MaHoSo ?? '')));
    }
    const paged = await portal.get('/api/v1/hoso/chuhoso?soGiayTo=001302678901&trang=2&soBanGhi=2');
    expect(paged.body).toMatchObject({ MaLoi: '0', TotalRecord: '6', Trang: '2', SoBanGhi: '2' });
    expect((await portal.get('/api/v1/hoso/chuhoso?soGiayTo=001090999999')).body).toMatchObject({ MaLoi: '0', TotalRecord: '0', Data: [] });
    for (const bad of ['/api/v1/hoso/chuhoso', '/api/v1/hoso/chuhoso?soGiayTo=12345']) expect((await portal.get(bad)).status).toBe(400);
  });

  it('serves the procedure catalogue, paged and by codes', async () => {
    const all = await portal.all('/api/v1/thutuc?soBanGhi=500');
    expect(all.length).toBe(PROCEDURES.length);
    expect(all[0]).toMatchObject({ MaTTHC: expect.stringMatching(/^\d\.\d{6}$/), CapThucHien: expect.stringMatching(/^[123]$/) });
    const communes = await portal.all('/api/v1/thutuc?capThucHien=3');
    expect(communes.length).toBe(PROCEDURES.filter((p) => p.level === 3).length);
    const batch = (await portal.get(`/api/v1/thutuc/ds?ma=${all[1]?.MaTTHC},9.999999`)).body.Data as Row[];
    expect(batch).toEqual([all[1]]);
  });

  it('refuses bad parameters with HTTP 400 and a Vietnamese message', async () => {
    for (const path of [
      '/api/v1/hoso',
      `/api/v1/hoso?maDonVi=${CITY}&trangThai=11`,
      `/api/v1/hoso?maDonVi=${CITY}&tuNgay=02/01/2025&denNgay=01/01/2025`,
      `/api/v1/hoso?maDonVi=${CITY}&soBanGhi=501`,
      `/api/v1/hoso?maDonVi=${CITY}&maTTHC=abc`,
      '/api/v1/thongke/hoso?maDonVi=UBND',
      '/api/v1/thutuc?capThucHien=4',
    ]) {
      const { status, body } = await portal.get(path);
      expect(status, path).toBe(400);
      expect(body).toMatchObject({ MaLoi: '400', Data: null });
    }
  });

  it('wants a bearer token: 401 envelopes without one, OAuth2 errors at the token endpoint', async () => {
    const bare = await request(`${portal.baseUrl}/api/v1/thutuc`);
    expect(bare.statusCode).toBe(401);
    expect(await bare.body.json()).toMatchObject({ MaLoi: '401', Data: null });
    const forged = await request(`${portal.baseUrl}/api/v1/thutuc`, { headers: { authorization: 'Bearer nope' } });
    expect(forged.statusCode).toBe(401);
    await forged.body.text();

    const token = async (init: { body: string; authorization?: string }) => {
      const response = await request(`${portal.baseUrl}/oauth2/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...(init.authorization ? { authorization: init.authorization } : {}) },
        body: init.body,
      });
      return { status: response.statusCode, contentType: response.headers['content-type'], body: (await response.body.json()) as Record<string, unknown> };
    };
    const basic = `Basic ${Buffer.from(`${SIMULATOR_CLIENT_ID}:${SIMULATOR_CLIENT_SECRET}`).toString('base64')}`;
    const viaBasic = await token({ body: 'grant_type=client_credentials', authorization: basic });
    expect(viaBasic).toMatchObject({ status: 200, contentType: expect.stringMatching(/^application\/json/), body: { token_type: 'Bearer', expires_in: 300, access_token: expect.any(String) } });
    const withIt = await request(`${portal.baseUrl}/api/v1/thutuc?soBanGhi=1`, { headers: { authorization: `Bearer ${viaBasic.body.access_token}` } });
    expect(withIt.statusCode).toBe(200);
    await withIt.body.text();
    // Only the Authorization header carries a token, never the query string.
    const inQuery = await request(`${portal.baseUrl}/api/v1/thutuc?soBanGhi=1&access_token=${String(viaBasic.body.access_token)}`);
    expect(inQuery.statusCode).toBe(401);
    await inQuery.body.text();
    const viaBody = await token({ body: `grant_type=client_credentials&client_id=${SIMULATOR_CLIENT_ID}&client_secret=${SIMULATOR_CLIENT_SECRET}` });
    expect(viaBody).toMatchObject({ status: 200, body: { token_type: 'Bearer', access_token: expect.any(String) } });
    expect(await token({ body: `grant_type=client_credentials&client_id=${SIMULATOR_CLIENT_ID}&client_secret=wrong` })).toMatchObject({ status: 401, body: { error: 'invalid_client' } });
    expect(await token({ body: 'grant_type=password', authorization: basic })).toMatchObject({ status: 400, body: { error: 'unsupported_grant_type' } });

    const counters = simulator.admin.counters();
    expect(counters['POST /oauth2/token']).toBeGreaterThanOrEqual(5);
  });

  it('injects faults before checking tokens: errors, resets, truncated bodies', async () => {
    simulator.admin.setFaults({ errorRate: 1, routes: ['GET /api/v1/thongke/hoso'] });
    try {
      expect((await portal.get(`/api/v1/thongke/hoso?maDonVi=${CITY}`)).status).toBe(500);
      // A faulted route fails before its token is looked at: no token, still the fault.
      const unauthenticated = await request(`${portal.baseUrl}/api/v1/thongke/hoso?maDonVi=${CITY}`);
      expect(unauthenticated.statusCode).toBe(500);
      await unauthenticated.body.text();
      expect((await portal.get('/api/v1/thutuc?soBanGhi=1')).status).toBe(200);
      simulator.admin.setFaults({ outage: true });
      await expect(request(`${portal.baseUrl}/api/v1/thutuc`)).rejects.toThrow();
      simulator.admin.setFaults({ truncatedRate: 1 });
      const response = await request(`${portal.baseUrl}/api/v1/thutuc`);
      await expect(response.body.text()).rejects.toThrow();
    } finally {
      simulator.admin.clearFaults();
    }
  });

  it('hides what happens after its clock', async () => {
    const early = createDossiersSimulator({ seed: 1, scale: SCALE, now: new Date('2025-09-15T12:00:00+07:00'), latency: NO_LATENCY });
    const earlyPortal = new PortalClient(await early.listen());
    try {
      const cutoff = '2025-09-15 12:00:00';
      const seen = await earlyPortal.all(`/api/v1/hoso?maDonVi=${CITY}&baoGomDonViCon=1`);
      expect(seen.map((d) => d.MaHoSo)).toEqual(dossiers.filter((d) => periodOf(d) <= cutoff).map((d) => d.MaHoSo));
      expect(seen.every((d) => sortable(d.NgayKetThucXuLy ?? '') <= cutoff && sortable(d.NgayNhanBoSung ?? '') <= cutoff)).toBe(true);
      // A dossier resolved after the early clock is still open then; a later one does not exist yet.
      const pending = dossiers.find((d) => periodOf(d) <= cutoff && sortable(d.NgayKetThucXuLy ?? '') > cutoff) as Row;
      expect(Number(seen.find((d) => d.MaHoSo === pending.MaHoSo)?.TrangThaiHoSo)).toBeLessThan(7);
      const later = dossiers.find((d) => periodOf(d) > cutoff) as Row;
      expect((await earlyPortal.get(`/api/v1/hoso/${later.MaHoSo}`)).body.MaLoi).toBe('1');
    } finally {
      await early.close();
    }
  });

  it('is deterministic: same seed same data, another seed other data', async () => {
    const again = createDossiersSimulator({ seed: 1, scale: SCALE, now: NOW, latency: NO_LATENCY });
    const other = createDossiersSimulator({ seed: 2, scale: SCALE, now: NOW, latency: NO_LATENCY });
    const againPortal = new PortalClient(await again.listen());
    const otherPortal = new PortalClient(await other.listen());
    try {
      const path = `/api/v1/hoso?maDonVi=${CITY}&baoGomDonViCon=1&trang=3&soBanGhi=100`;
      const mine = JSON.stringify((await portal.get(path)).body);
      expect(JSON.stringify((await againPortal.get(path)).body)).toBe(mine);
      expect(JSON.stringify((await otherPortal.get(path)).body)).not.toBe(mine);
    } finally {
      await Promise.all([again.close(), other.close()]);
    }
  });
});
