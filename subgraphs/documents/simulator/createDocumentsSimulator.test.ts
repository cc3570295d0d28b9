import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SimulatorServer } from '../../common/simulator/createSimulatorServer.js';
import { agenciesUnder, agencyIndexByCode, hanoiAgencies } from '../../common/simulator/hanoiAgencies.js';
import { createDocumentsSimulator } from './createDocumentsSimulator.js';
import { DOCUMENT_TYPES } from './documentTypes.js';

type Row = Record<string, string>;
interface Envelope {
  MaLoi: string;
  ThongBao: string;
  TotalRecord?: string;
  Data: Row[] | null;
}

const NOW = new Date('2026-11-20T10:00:00+07:00');
const NO_LATENCY = { medianMs: 0, p99Ms: 0 };
const SCALE = 0.01;
const CITY = '000.00.00.H26';
const INSTANT = /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/;
const DATE = /^\d{2}\/\d{2}\/\d{4}$/;

/** `dd/MM/yyyy[ HH:mm:ss]` to a sortable `yyyy-MM-dd HH:mm:ss`, computed here independently of the simulator. */
function sortable(text: string): string {
  const [date = '', time = '00:00:00'] = text.split(' ');
  const [dd, mm, yyyy] = date.split('/');
  return `${yyyy}-${mm}-${dd} ${time}`;
}
const day = (text: string): string => sortable(text).slice(0, 10);
const periodOf = (document: Row): string => sortable(document.LoaiSo === '1' ? (document.NgayDen ?? '') : (document.NgayBanHanh ?? ''));

/** The bucket rules of API.md, applied to a task record as of `asOf` (`yyyy-MM-dd HH:mm:ss`). */
function bucketOf(task: Row, asOf: string): number {
  const completed = task.NgayHoanThanh !== '' && sortable(task.NgayHoanThanh ?? '') <= asOf;
  const due = day(task.HanXuLy ?? '');
  if (completed) return day(task.NgayHoanThanh ?? '') <= due ? 3 : 4;
  return asOf.slice(0, 10) <= due ? 1 : 2;
}

describe('documents simulator', () => {
  let simulator: SimulatorServer;
  let base: string;
  let documents: Row[];
  let tasks: Row[];

  const get = async (path: string): Promise<{ status: number; body: Envelope }> => {
    const response = await fetch(`${base}${path}`);
    return { status: response.status, body: (await response.json()) as Envelope };
  };
  const all = async (path: string, url = base): Promise<Row[]> => {
    const records: Row[] = [];
    for (let page = 1; ; page++) {
      const response = await fetch(`${url}${path}&trang=${page}&soBanGhi=500`);
      const data = ((await response.json()) as Envelope).Data as Row[];
      records.push(...data);
      if (data.length < 500) return records;
    }
  };

  beforeAll(async () => {
    simulator = createDocumentsSimulator({ seed: 1, scale: SCALE, now: NOW, latency: NO_LATENCY });
    base = await simulator.listen(0);
    documents = await all(`/api/v1/vanban?maDonVi=${CITY}&baoGomDonViCon=1`);
    tasks = await all(`/api/v1/nhiemvu?maDonVi=${CITY}&baoGomDonViCon=1`);
  });
  afterAll(async () => {
    await simulator.close();
  });

  it('reports its seed, scale, clock and counts', async () => {
    const info = (await (await fetch(`${base}/__admin/info`)).json()) as { seed: number; scale: number; counts: Record<string, number> };
    expect(info).toMatchObject({ seed: 1, scale: SCALE, clock: { now: '20/11/2026 10:00:00', fixed: true } });
    // Over two million documents at scale 1.
    expect(info.counts.documents).toBeGreaterThan(2_000_000 * SCALE);
    expect(info.counts.visibleDocuments).toBe(documents.length);
    expect(info.counts.visibleDocuments).toBeLessThan(info.counts.documents as number);
    expect(info.counts.visibleTasks).toBe(tasks.length);
    const ratio = (info.counts.documents as number) / (info.counts.tasks as number);
    expect(ratio).toBeGreaterThan(3.3);
    expect(ratio).toBeLessThan(4.7);
    expect((info.counts.secretDocuments as number) / (info.counts.documents as number)).toBeLessThan(0.02);
  });

  it('prints documents as legacy records: strings, dates, numbers and symbols', () => {
    const types = new Set(DOCUMENT_TYPES.map((type) => type.code));
    const keys = [
      'ID', 'LoaiSo', 'MaDonViSo', 'SoKyHieu', 'SoDen', 'TrichYeu', 'MaLoaiVanBan', 'TenLoaiVanBan', 'MaCoQuanBanHanh',
      'TenCoQuanBanHanh', 'NgayBanHanh', 'NgayDen', 'NguoiKy', 'ChucVuNguoiKy', 'ThamQuyenKy', 'DoKhan', 'DoMat', 'HanXuLy', 'KySo',
    ].join();
    // Problems are collected and asserted once: an expect() per field of 20,000 records is slow.
    const problems = documents.flatMap((document) => {
      const wrong: string[] = [];
      const check = (ok: boolean, what: string) => ok || wrong.push(`${document.ID}: ${what}`);
      check(Object.keys(document).join() === keys, 'fields');
      check(Object.values(document).every((value) => typeof value === 'string'), 'strings');
      check(/^VB\d{8}$/.test(document.ID ?? ''), 'ID');
      check(types.has(document.MaLoaiVanBan ?? ''), 'MaLoaiVanBan');
      check(INSTANT.test(document.NgayBanHanh ?? ''), 'NgayBanHanh');
      check(['0', '1', '2', '3', '4'].includes(document.DoKhan ?? ''), 'DoKhan');
      check(['0', '1', '2', '3'].includes(document.DoMat ?? ''), 'DoMat');
      check(['0', '1'].includes(document.KySo ?? ''), 'KySo');
      check(['', 'KT.', 'TM.', 'TL.', 'TUQ.'].includes(document.ThamQuyenKy ?? ''), 'ThamQuyenKy');
      check(document.HanXuLy === '' || DATE.test(document.HanXuLy ?? ''), 'HanXuLy');
      check(/^\d+\/\S+-\S+$/.test(document.SoKyHieu ?? ''), 'SoKyHieu');
      check((document.NguoiKy ?? '') !== '' && (document.TrichYeu ?? '') !== '', 'signer and subject');
      if (document.LoaiSo === '2') {
        check(document.SoDen === '' && document.NgayDen === '' && document.MaCoQuanBanHanh === document.MaDonViSo, 'outgoing');
      } else {
        check(document.LoaiSo === '1' && INSTANT.test(document.NgayDen ?? '') && /^\d+$/.test(document.SoDen ?? ''), 'incoming');
        check(sortable(document.NgayBanHanh ?? '') <= sortable(document.NgayDen ?? ''), 'issued before registered');
      }
      return wrong;
    });
    expect(problems).toEqual([]);
    const letter = documents.find((document) => document.MaLoaiVanBan === 'CV' && document.MaDonViSo === CITY && document.LoaiSo === '2');
    expect(letter?.SoKyHieu).toMatch(/^\d+\/UBND-[A-ZĐ]+$/);
    const decision = documents.find((document) => document.MaLoaiVanBan === 'QĐ' && document.MaDonViSo === CITY && document.LoaiSo === '2');
    expect(decision?.SoKyHieu).toMatch(/^\d+\/QĐ-UBND$/);
    expect(documents.some((document) => document.LoaiSo === '1' && document.MaCoQuanBanHanh === '' && document.TenCoQuanBanHanh?.startsWith('Bộ '))).toBe(true);
  });

  it('files documents only under agencies valid at their date, fewer on weekends', () => {
    const reform = '2025-07-01';
    let weekend = 0;
    for (const document of documents) {
      const agency = hanoiAgencies[agencyIndexByCode.get(document.MaDonViSo ?? '') ?? -1];
      const period = periodOf(document);
      if (agency?.kind === 'district' || agency?.kind === 'formerCommune') expect(period < reform).toBe(true);
      if (agency?.kind === 'commune') expect(period >= reform).toBe(true);
      const weekday = new Date(`${period.slice(0, 10)}T12:00:00Z`).getUTCDay();
      if (weekday === 0 || weekday === 6) weekend++;
    }
    // 2 days of 7 would be 29 %; registers are nearly closed on weekends.
    expect(weekend / documents.length).toBeLessThan(0.06);
  });

  it('has about 55 % incoming, about 1 % secret, and more digital signatures over time', () => {
    const incoming = documents.filter((document) => document.LoaiSo === '1').length / documents.length;
    expect(incoming).toBeGreaterThan(0.5);
    expect(incoming).toBeLessThan(0.6);
    const secret = documents.filter((document) => document.DoMat !== '0').length / documents.length;
    expect(secret).toBeGreaterThan(0.003);
    expect(secret).toBeLessThan(0.02);
    const signedRate = (year: string) => {
      const outgoing = documents.filter((document) => document.LoaiSo === '2' && document.NgayBanHanh?.slice(6, 10) === year);
      return outgoing.filter((document) => document.KySo === '1').length / outgoing.length;
    };
    expect(signedRate('2023')).toBeGreaterThan(0.8);
    expect(signedRate('2026')).toBeGreaterThan(signedRate('2023'));
    expect(DOCUMENT_TYPES).toHaveLength(29);
    const letters = documents.filter((document) => document.MaLoaiVanBan === 'CV').length / documents.length;
    expect(letters).toBeGreaterThan(0.4);
  });

  it('stores about one record in ten in NFD', () => {
    const nfd = documents.filter((document) => document.TrichYeu !== document.TrichYeu?.normalize('NFC'));
    expect(nfd.length / documents.length).toBeGreaterThan(0.05);
    expect(nfd.length / documents.length).toBeLessThan(0.15);
    expect(tasks.some((task) => task.TenNhiemVu !== task.TenNhiemVu?.normalize('NFC'))).toBe(true);
  });

  it('pages newest first with the real TotalRecord, deep pages included', async () => {
    const first = await get(`/api/v1/vanban?maDonVi=${CITY}&baoGomDonViCon=1&soBanGhi=5`);
    expect(first.body).toMatchObject({ MaLoi: '0', TotalRecord: String(documents.length), Trang: '1', SoBanGhi: '5' });
    expect(new Set(documents.map((document) => document.ID)).size).toBe(documents.length);
    for (let i = 1; i < documents.length; i++) {
      const previous = documents[i - 1] as Row;
      const current = documents[i] as Row;
      const order = periodOf(previous).localeCompare(periodOf(current)) || (previous.ID ?? '').localeCompare(current.ID ?? '');
      expect(order).toBeGreaterThan(0);
    }
    expect(periodOf(documents[0] as Row) <= '2026-11-20 10:00:00').toBe(true);
    // Pages past 2,000 records skip ahead by time instead of merging every row before them.
    for (const [page, size] of [[21, 100], [7, 500], [103, 37]] as const) {
      const deep = (await get(`/api/v1/vanban?maDonVi=${CITY}&baoGomDonViCon=1&trang=${page}&soBanGhi=${size}`)).body.Data as Row[];
      expect(deep.map((document) => document.ID)).toEqual(documents.slice((page - 1) * size, page * size).map((document) => document.ID));
    }
    const past = await get(`/api/v1/vanban?maDonVi=${CITY}&baoGomDonViCon=1&trang=9999&soBanGhi=500`);
    expect(past.body).toMatchObject({ TotalRecord: String(documents.length), Data: [] });
  });

  it('filters by direction, period and secrecy, and by agency with or without units', async () => {
    const total = async (query: string) => Number((await get(`/api/v1/vanban?maDonVi=${CITY}&baoGomDonViCon=1&soBanGhi=1&${query}`)).body.TotalRecord);
    expect(await total('loaiSo=1')).toBe(documents.filter((document) => document.LoaiSo === '1').length);
    expect((await total('loaiSo=1')) + (await total('loaiSo=2'))).toBe(documents.length);
    expect(await total('doMat=0')).toBe(documents.filter((document) => document.DoMat === '0').length);
    expect(await total('doMat=0&loaiSo=2')).toBe(documents.filter((document) => document.DoMat === '0' && document.LoaiSo === '2').length);
    expect(await total('doMat=2')).toBe(documents.filter((document) => document.DoMat === '2').length);
    const inPeriod = documents.filter((document) => periodOf(document).slice(0, 10) >= '2024-03-01' && periodOf(document).slice(0, 10) <= '2024-03-31');
    expect(await total('tuNgay=01/03/2024&denNgay=31/03/2024')).toBe(inPeriod.length);
    const secret = (await get(`/api/v1/vanban?maDonVi=${CITY}&baoGomDonViCon=1&doMat=0&soBanGhi=500`)).body.Data as Row[];
    expect(secret.every((document) => document.DoMat === '0')).toBe(true);

    const district = '000.00.38.H26';
    const under = new Set(agenciesUnder(agencyIndexByCode.get(district) ?? -1).map((i) => hanoiAgencies[i]?.code));
    const districtDocuments = await all(`/api/v1/vanban?maDonVi=${district}&baoGomDonViCon=1`);
    expect(districtDocuments.length).toBe(documents.filter((document) => under.has(document.MaDonViSo)).length);
    const own = await all(`/api/v1/vanban?maDonVi=${district}`);
    expect(own.length).toBe(documents.filter((document) => document.MaDonViSo === district).length);
    expect((await get('/api/v1/vanban?maDonVi=999.00.00.H26')).body).toMatchObject({ MaLoi: '0', TotalRecord: '0', Data: [] });
  });

  it('counts statistics exactly as the list shows the documents', async () => {
    const expected = (records: readonly Row[]) => {
      const rows = new Map<string, Row>();
      for (const document of records) {
        const code = document.MaDonViSo ?? '';
        const row = rows.get(code) ?? { MaDonVi: code, VanBanDen: '0', VanBanDi: '0', VanBanDiKySo: '0', VanBanMat: '0' };
        const add = (field: string) => (row[field] = String(Number(row[field]) + 1));
        add(document.LoaiSo === '1' ? 'VanBanDen' : 'VanBanDi');
        if (document.LoaiSo === '2' && document.KySo === '1') add('VanBanDiKySo');
        if (document.DoMat !== '0') add('VanBanMat');
        rows.set(code, row);
      }
      return [...rows.values()].sort((a, b) => (a.MaDonVi ?? '').localeCompare(b.MaDonVi ?? ''));
    };
    const sorted = (rows: Row[]) => [...rows].sort((a, b) => (a.MaDonVi ?? '').localeCompare(b.MaDonVi ?? ''));

    const everything = (await get(`/api/v1/thongke/vanban?maDonVi=${CITY}&baoGomDonViCon=1`)).body.Data as Row[];
    expect(sorted(everything)).toEqual(expected(documents));

    const year = (await get(`/api/v1/thongke/vanban?maDonVi=${CITY}&baoGomDonViCon=1&tuNgay=01/01/2025&denNgay=31/12/2025`)).body.Data as Row[];
    expect(sorted(year)).toEqual(expected(documents.filter((document) => periodOf(document).startsWith('2025'))));

    const single = (await get('/api/v1/thongke/vanban?maDonVi=000.00.38.H26&tuNgay=01/06/2024&denNgay=15/09/2024')).body.Data as Row[];
    const singleExpected = expected(
      documents.filter((document) => document.MaDonViSo === '000.00.38.H26' && periodOf(document).slice(0, 10) >= '2024-06-01' && periodOf(document).slice(0, 10) <= '2024-09-15'),
    );
    expect(single).toEqual(singleExpected);
  });

  it('answers document batches, secret ones included, unknown ids left out, at most 200 ids', async () => {
    const secret = documents.find((document) => document.DoMat !== '0') as Row;
    const ids = [documents[3]?.ID, secret.ID, 'VB99999999', 'VB123', documents[3]?.ID].join(',');
    const batch = (await get(`/api/v1/vanban/ds?ids=${ids}`)).body.Data as Row[];
    expect(batch.map((document) => document.ID).sort()).toEqual([documents[3]?.ID, secret.ID].sort());
    expect(batch.find((document) => document.ID === documents[3]?.ID)).toEqual(documents[3]);
    const tooMany = documents.slice(0, 201).map((document) => document.ID).join(',');
    const refused = await get(`/api/v1/vanban/ds?ids=${tooMany}`);
    expect(refused.status).toBe(400);
    expect(refused.body.MaLoi).toBe('400');
  });

  it('refuses bad parameters with HTTP 400 and a Vietnamese message', async () => {
    for (const path of [
      '/api/v1/vanban',
      `/api/v1/vanban?maDonVi=${CITY}&loaiSo=3`,
      `/api/v1/vanban?maDonVi=${CITY}&tuNgay=02/01/2025&denNgay=01/01/2025`,
      `/api/v1/vanban?maDonVi=${CITY}&soBanGhi=501`,
      `/api/v1/vanban?maDonVi=${CITY}&baoGomDonViCon=2`,
      '/api/v1/vanban?maDonVi=UBND',
      `/api/v1/nhiemvu?maDonVi=${CITY}&tinhTrang=5`,
      `/api/v1/nhiemvu?maDonVi=${CITY}&thoiDiem=2026-01-01`,
      `/api/v1/thongke/nhiemvu?maDonVi=${CITY}&denNgay=31/02/2026`,
      '/api/v1/thongke/vanban',
    ]) {
      const { status, body } = await get(path);
      expect(status, path).toBe(400);
      expect(body).toMatchObject({ MaLoi: '400', Data: null });
      expect(body.ThongBao).toMatch(/Tham số|tham số/);
    }
  });

  it('prints tasks as legacy records, sorted by due date then id', () => {
    const taskIds = new Set<string>();
    const keys = ['MaNhiemVu', 'TenNhiemVu', 'MaDonViGiao', 'MaDonViChuTri', 'DonViPhoiHop', 'NgayGiao', 'HanXuLy', 'NgayHoanThanh', 'TienDo', 'IDVanBan'].join();
    const reform = Date.parse('2025-07-01T00:00:00+07:00');
    const problems = tasks.flatMap((task) => {
      const wrong: string[] = [];
      const check = (ok: boolean, what: string) => ok || wrong.push(`${task.MaNhiemVu}: ${what}`);
      check(Object.keys(task).join() === keys, 'fields');
      check(/^NV\d{8}$/.test(task.MaNhiemVu ?? ''), 'MaNhiemVu');
      check(INSTANT.test(task.NgayGiao ?? '') && DATE.test(task.HanXuLy ?? ''), 'dates');
      check(task.NgayHoanThanh === '' || INSTANT.test(task.NgayHoanThanh ?? ''), 'NgayHoanThanh');
      check(task.IDVanBan === '' || /^VB\d{8}$/.test(task.IDVanBan ?? ''), 'IDVanBan');
      const progress = Number(task.TienDo);
      check(task.NgayHoanThanh === '' ? progress >= 0 && progress <= 90 : progress === 100, 'TienDo');
      // Due 5 to 60 days after assignment.
      const days = (Date.parse(day(task.HanXuLy ?? '')) - Date.parse(day(task.NgayGiao ?? ''))) / 86_400_000;
      check(days >= 5 && days <= 60, 'due 5-60 days');
      // The lead is the assigner or a unit under it, valid when the task was assigned.
      const assigner = agencyIndexByCode.get(task.MaDonViGiao ?? '') ?? -1;
      const lead = hanoiAgencies[agencyIndexByCode.get(task.MaDonViChuTri ?? '') ?? -1];
      check(agenciesUnder(assigner).includes(lead?.index ?? -2), 'lead under assigner');
      const assignedAt = Date.parse(`${sortable(task.NgayGiao ?? '').replace(' ', 'T')}+07:00`);
      if (lead?.kind === 'commune') check(assignedAt >= reform, 'lead valid');
      if (lead?.kind === 'district' || lead?.kind === 'formerCommune') check(assignedAt < reform, 'lead valid');
      taskIds.add(task.MaNhiemVu ?? '');
      return wrong;
    });
    expect(problems).toEqual([]);
    expect(taskIds.size).toBe(tasks.length);
    for (let i = 1; i < tasks.length; i++) {
      const previous = tasks[i - 1] as Row;
      const current = tasks[i] as Row;
      const order = day(previous.HanXuLy ?? '').localeCompare(day(current.HanXuLy ?? '')) || (previous.MaNhiemVu ?? '').localeCompare(current.MaNhiemVu ?? '');
      expect(order).toBeLessThan(0);
    }
    const completed = tasks.filter((task) => task.NgayHoanThanh !== '');
    const share = completed.length / tasks.length;
    expect(share).toBeGreaterThan(0.75);
    const onTime = completed.filter((task) => day(task.NgayHoanThanh ?? '') <= day(task.HanXuLy ?? '')).length / completed.length;
    expect(onTime).toBeGreaterThan(0.72);
    expect(onTime).toBeLessThan(0.88);
    const fromIncoming = tasks.filter((task) => task.IDVanBan !== '');
    expect(fromIncoming.length / tasks.length).toBeGreaterThan(0.85);
  });

  it('links tasks to source documents that precede them', async () => {
    const sample = tasks.filter((task) => task.IDVanBan !== '').slice(0, 150);
    const sources = (await get(`/api/v1/vanban/ds?ids=${sample.map((task) => task.IDVanBan).join(',')}`)).body.Data as Row[];
    const byId = new Map(sources.map((document) => [document.ID, document]));
    for (const task of sample) {
      const source = byId.get(task.IDVanBan) as Row;
      expect(source.MaDonViSo).toBe(task.MaDonViGiao);
      expect(periodOf(source) <= sortable(task.NgayGiao ?? '')).toBe(true);
      expect(source.HanXuLy).toBe(task.HanXuLy);
    }
  });

  it('filters tasks by bucket as of now or a past instant, by the rules of API.md', async () => {
    const asOfs: ReadonlyArray<readonly [string, string]> = [
      ['', '2026-11-20 10:00:00'],
      ['&thoiDiem=15/08/2026 10:30:00', '2026-08-15 10:30:00'],
      // After the clock's now is taken as now.
      ['&thoiDiem=01/01/2030 00:00:00', '2026-11-20 10:00:00'],
    ];
    for (const [parameter, asOf] of asOfs) {
      let sum = 0;
      for (const status of [1, 2, 3, 4]) {
        const listed = await all(`/api/v1/nhiemvu?maDonVi=${CITY}&baoGomDonViCon=1&tinhTrang=${status}${parameter}`);
        expect(listed.every((task) => bucketOf(task, asOf) === status)).toBe(true);
        expect(listed.length).toBe(tasks.filter((task) => bucketOf(task, asOf) === status).length);
        sum += listed.length;
      }
      expect(sum).toBe(tasks.length);
    }
    const assigned = await all(`/api/v1/nhiemvu?maDonVi=${CITY}&baoGomDonViCon=1&tuNgay=01/02/2026&denNgay=28/02/2026`);
    expect(assigned.length).toBe(tasks.filter((task) => day(task.NgayGiao ?? '').startsWith('2026-02')).length);
  });

  it('counts task statistics exactly as the list shows the tasks', async () => {
    const expected = (records: readonly Row[], asOf: string) => {
      const rows = new Map<string, number[]>();
      for (const task of records) {
        const counts = rows.get(task.MaDonViChuTri ?? '') ?? [0, 0, 0, 0, 0];
        counts[0] = (counts[0] as number) + 1;
        const bucket = bucketOf(task, asOf);
        counts[bucket] = (counts[bucket] as number) + 1;
        rows.set(task.MaDonViChuTri ?? '', counts);
      }
      return [...rows.entries()]
        .map(([code, [total, track, overdue, onTime, late]]) => ({
          MaDonVi: code,
          TongSo: String(total),
          HoanThanhDungHan: String(onTime),
          HoanThanhQuaHan: String(late),
          DangThucHienTrongHan: String(track),
          DangThucHienQuaHan: String(overdue),
        }))
        .sort((a, b) => a.MaDonVi.localeCompare(b.MaDonVi));
    };
    const sorted = (rows: Row[]) => [...rows].sort((a, b) => (a.MaDonVi ?? '').localeCompare(b.MaDonVi ?? ''));

    const now = (await get(`/api/v1/thongke/nhiemvu?maDonVi=${CITY}&baoGomDonViCon=1`)).body.Data as Row[];
    expect(sorted(now)).toEqual(expected(tasks, '2026-11-20 10:00:00'));

    const half = tasks.filter((task) => day(task.NgayGiao ?? '') >= '2026-01-01' && day(task.NgayGiao ?? '') <= '2026-06-30');
    const path = `/api/v1/thongke/nhiemvu?maDonVi=${CITY}&baoGomDonViCon=1&tuNgay=01/01/2026&denNgay=30/06/2026&thoiDiem=15/08/2026 10:30:00`;
    expect(sorted((await get(path)).body.Data as Row[])).toEqual(expected(half, '2026-08-15 10:30:00'));

    const early = tasks.filter((task) => day(task.NgayGiao ?? '') <= '2023-12-31');
    const pastPath = `/api/v1/thongke/nhiemvu?maDonVi=${CITY}&baoGomDonViCon=1&denNgay=31/12/2023&thoiDiem=31/12/2023 23:59:59`;
    expect(sorted((await get(pastPath)).body.Data as Row[])).toEqual(expected(early, '2023-12-31 23:59:59'));
  });

  it('answers task batches, unknown ids left out', async () => {
    const ids = [tasks[0]?.MaNhiemVu, tasks[10]?.MaNhiemVu, 'NV99999999'].join(',');
    const batch = (await get(`/api/v1/nhiemvu/ds?ids=${ids}`)).body.Data as Row[];
    expect(batch.map((task) => task.MaNhiemVu).sort()).toEqual([tasks[0]?.MaNhiemVu, tasks[10]?.MaNhiemVu].sort());
    expect(batch.find((task) => task.MaNhiemVu === tasks[0]?.MaNhiemVu)).toEqual(tasks[0]);
  });

  it('hides what happens after its clock', async () => {
    const early = createDocumentsSimulator({ seed: 1, scale: SCALE, now: new Date('2024-03-15T12:00:00+07:00'), latency: NO_LATENCY });
    const earlyUrl = await early.listen();
    try {
      const cutoff = '2024-03-15 12:00:00';
      const earlyDocuments = await all(`/api/v1/vanban?maDonVi=${CITY}&baoGomDonViCon=1`, earlyUrl);
      expect(earlyDocuments.map((document) => document.ID)).toEqual(
        documents.filter((document) => periodOf(document) <= cutoff).map((document) => document.ID),
      );
      const later = documents.find((document) => periodOf(document) > cutoff) as Row;
      const lookup = (await (await fetch(`${earlyUrl}/api/v1/vanban/ds?ids=${later.ID},${earlyDocuments[0]?.ID}`)).json()) as Envelope;
      expect((lookup.Data as Row[]).map((document) => document.ID)).toEqual([earlyDocuments[0]?.ID]);

      const earlyTasks = await all(`/api/v1/nhiemvu?maDonVi=${CITY}&baoGomDonViCon=1`, earlyUrl);
      expect(earlyTasks.length).toBe(tasks.filter((task) => sortable(task.NgayGiao ?? '') <= cutoff).length);
      expect(earlyTasks.every((task) => task.NgayHoanThanh === '' || sortable(task.NgayHoanThanh ?? '') <= cutoff)).toBe(true);
      // A task completed after the early clock shows as not completed (yet).
      const pending = tasks.find((task) => sortable(task.NgayGiao ?? '') <= cutoff && sortable(task.NgayHoanThanh ?? '') > cutoff) as Row;
      const seenEarly = earlyTasks.find((task) => task.MaNhiemVu === pending.MaNhiemVu);
      expect(seenEarly).toMatchObject({ NgayHoanThanh: '', HanXuLy: pending.HanXuLy });
      expect(Number(seenEarly?.TienDo)).toBeLessThan(100);
    } finally {
      await early.close();
    }
  });

  it('is deterministic: same seed same data, another seed other data', async () => {
    const again = createDocumentsSimulator({ seed: 1, scale: SCALE, now: NOW, latency: NO_LATENCY });
    const other = createDocumentsSimulator({ seed: 2, scale: SCALE, now: NOW, latency: NO_LATENCY });
    const againUrl = await again.listen();
    const otherUrl = await other.listen();
    try {
      for (const path of [`/api/v1/vanban?maDonVi=${CITY}&baoGomDonViCon=1&trang=3&soBanGhi=100`, `/api/v1/nhiemvu?maDonVi=${CITY}&baoGomDonViCon=1&soBanGhi=100`]) {
        const mine = await (await fetch(`${base}${path}`)).text();
        expect(await (await fetch(`${againUrl}${path}`)).text()).toBe(mine);
        expect(await (await fetch(`${otherUrl}${path}`)).text()).not.toBe(mine);
      }
    } finally {
      await Promise.all([again.close(), other.close()]);
    }
  });
});
