import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SimulatorServer } from '../../common/simulator/createSimulatorServer.js';
import { createIdentitySimulator } from './createIdentitySimulator.js';

type Row = Record<string, string>;
interface Page {
  MaLoi: string;
  ThongBao: string;
  TotalRecord?: string;
  Trang?: string;
  SoBanGhi?: string;
  Data: Row[] | Row | null;
}

const NOW = new Date('2026-11-20T10:00:00+07:00');
const NO_LATENCY = { medianMs: 0, p99Ms: 0 };
const INSTANT = /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/;

describe('identity simulator', () => {
  let simulator: SimulatorServer;
  let base: string;

  const get = async (path: string): Promise<{ status: number; body: Page }> => {
    const response = await fetch(`${base}${path}`);
    return { status: response.status, body: (await response.json()) as Page };
  };
  const rows = async (path: string): Promise<Row[]> => (await get(path)).body.Data as Row[];
  const all = async (path: string): Promise<Row[]> => {
    const records: Row[] = [];
    for (let page = 1; ; page++) {
      const data = await rows(`${path}${path.includes('?') ? '&' : '?'}trang=${page}&soBanGhi=500`);
      records.push(...data);
      if (data.length < 500) return records;
    }
  };

  beforeAll(async () => {
    simulator = createIdentitySimulator({ seed: 1, scale: 0.05, now: NOW, latency: NO_LATENCY });
    base = await simulator.listen(0);
  });
  afterAll(async () => {
    await simulator.close();
  });

  it('lists the 708 agencies in ThuTu order, every value a string', async () => {
    const agencies = await all('/api/v1/donvi');
    expect(agencies).toHaveLength(708);
    expect(agencies.map((agency) => Number(agency.ThuTu))).toEqual(agencies.map((_, i) => i + 1));
    for (const agency of agencies) {
      expect(Object.keys(agency)).toEqual([
        'MaDinhDanh', 'TenDonVi', 'TenVietTat', 'CapDonVi', 'MaDonViCha', 'NgayHieuLuc',
        'NgayHetHieuLuc', 'DonViKeThua', 'DonViTienNhiem', 'ThuTu',
      ]);
      for (const value of Object.values(agency)) expect(typeof value).toBe('string');
      expect(agency.NgayHieuLuc).toMatch(INSTANT);
      expect(agency.NgayHetHieuLuc === '' || INSTANT.test(agency.NgayHetHieuLuc ?? '')).toBe(true);
    }
    const counts = (level: string) => agencies.filter((agency) => agency.CapDonVi === level).length;
    expect([counts('1'), counts('2'), counts('3'), counts('4')]).toEqual([1, 25, 30, 526 + 126]);
    expect(agencies.find((agency) => agency.MaDinhDanh === '000.00.31.H26')).toMatchObject({
      CapDonVi: '3',
      MaDonViCha: '000.00.00.H26',
      NgayHieuLuc: '01/08/2008 00:00:00',
      NgayHetHieuLuc: '30/06/2025 23:59:59',
    });
  });

  it('stores about one agency in ten in NFD', async () => {
    const agencies = await all('/api/v1/donvi');
    const nfd = agencies.filter((agency) => agency.TenDonVi !== agency.TenDonVi?.normalize('NFC'));
    expect(nfd.length).toBeGreaterThan(30);
    expect(nfd.length).toBeLessThan(130);
    for (const agency of nfd) expect(agency.TenDonVi).toBe(agency.TenDonVi?.normalize('NFD'));
  });

  it('pages with the real TotalRecord, and an empty page past the end', async () => {
    const first = await get('/api/v1/donvi?trang=3&soBanGhi=7');
    expect(first.body).toMatchObject({ MaLoi: '0', TotalRecord: '708', Trang: '3', SoBanGhi: '7' });
    expect((first.body.Data as Row[]).map((agency) => agency.ThuTu)).toEqual(['15', '16', '17', '18', '19', '20', '21']);
    const past = await get('/api/v1/donvi?trang=99&soBanGhi=20');
    expect(past.body).toMatchObject({ MaLoi: '0', TotalRecord: '708', Data: [] });
    expect((await get('/api/v1/donvi')).body.SoBanGhi).toBe('20');
  });

  it('filters agencies by level, parent and validity date', async () => {
    expect((await get('/api/v1/donvi?capDonVi=2')).body.TotalRecord).toBe('25');
    expect((await get('/api/v1/donvi?capDonVi=4&ngayHieuLuc=01/07/2025')).body.TotalRecord).toBe('126');
    expect((await get('/api/v1/donvi?capDonVi=4&ngayHieuLuc=30/06/2025')).body.TotalRecord).toBe('526');
    expect((await get('/api/v1/donvi?ngayHieuLuc=20/11/2026')).body.TotalRecord).toBe('152');
    const children = await all('/api/v1/donvi?maDonViCha=000.00.31.H26');
    expect(children.length).toBeGreaterThan(5);
    expect(children.every((agency) => agency.MaDonViCha === '000.00.31.H26' && agency.CapDonVi === '4')).toBe(true);
    expect((await get('/api/v1/donvi?maDonViCha=999.00.00.H26')).body.TotalRecord).toBe('0');
  });

  it('refuses bad parameters with HTTP 400', async () => {
    for (const query of ['capDonVi=5', 'ngayHieuLuc=2025-07-01', 'maDonViCha=abc', 'soBanGhi=501', 'trang=-1']) {
      const { status, body } = await get(`/api/v1/donvi?${query}`);
      expect(status).toBe(400);
      expect(body.MaLoi).toBe('400');
    }
  });

  it('answers one agency, or the MaLoi "1" quirk with HTTP 200 for an unknown one', async () => {
    const known = await get('/api/v1/donvi/001.00.00.H26');
    expect(known.body.Data).toMatchObject({ MaDinhDanh: '001.00.00.H26', CapDonVi: '4', NgayHieuLuc: '01/07/2025 00:00:00' });
    const unknown = await get('/api/v1/donvi/999.99.99.H26');
    expect(unknown.status).toBe(200);
    expect(unknown.body).toEqual({ MaLoi: '1', ThongBao: 'Không tìm thấy dữ liệu', Data: null });
  });

  it('links successors and predecessors both ways, joined by ";"', async () => {
    const agencies = await all('/api/v1/donvi');
    const byCode = new Map(agencies.map((agency) => [agency.MaDinhDanh, agency]));
    const split = (text: string | undefined) => (text ? text.split(';') : []);
    for (const agency of agencies) {
      for (const code of split(agency.DonViKeThua)) expect(split(byCode.get(code)?.DonViTienNhiem)).toContain(agency.MaDinhDanh);
      for (const code of split(agency.DonViTienNhiem)) expect(split(byCode.get(code)?.DonViKeThua)).toContain(agency.MaDinhDanh);
    }
    const formers = agencies.filter((agency) => agency.CapDonVi === '4' && agency.NgayHetHieuLuc !== '');
    expect(formers.every((agency) => split(agency.DonViKeThua).length >= 1 && split(agency.DonViKeThua).length <= 3)).toBe(true);
  });

  it('answers agency batches, leaving unknown codes out, and refuses more than 200 codes', async () => {
    const batch = await rows('/api/v1/donvi/ds?ma=000.00.02.H26,999.00.00.H26,126.00.00.H26,000.00.02.H26');
    expect(batch.map((agency) => agency.MaDinhDanh).sort()).toEqual(['000.00.02.H26', '126.00.00.H26']);
    const tooMany = Array.from({ length: 201 }, (_, i) => `${String(i + 1).padStart(3, '0')}.00.00.H26`).join(',');
    const refused = await get(`/api/v1/donvi/ds?ma=${tooMany}`);
    expect(refused.status).toBe(400);
    expect(refused.body.MaLoi).toBe('400');
    expect((await get('/api/v1/donvi/ds')).status).toBe(400);
  });

  it('seeds officials over current agencies only, leaders first', async () => {
    const officials = await all('/api/v1/canbo');
    const info = (await (await fetch(`${base}/__admin/info`)).json()) as { counts: { officials: number } };
    expect(officials).toHaveLength(info.counts.officials);
    // Scale 0.05 of about 40,400, with at least 4 accounts per agency.
    expect(officials.length).toBeGreaterThan(1800);
    expect(officials.length).toBeLessThan(2400);
    expect(officials.map((official) => official.IDCanBo)).toEqual(officials.map((_, i) => `CB${String(i + 1).padStart(7, '0')}`));
    const agencies = new Set(officials.map((official) => official.MaDonVi));
    expect(agencies.size).toBe(152);
    for (const code of agencies) expect(code).toMatch(/^(000\.00\.(0\d|1\d|2[0-5])|\d{3}\.00\.00)\.H26$/);
    for (const official of officials) expect(official.TrangThai).toBe('1');

    const department = await rows('/api/v1/canbo?maDonVi=000.00.03.H26&soBanGhi=5');
    expect(department.map((official) => official.ChucVu)).toEqual(['Giám đốc', 'Phó Giám đốc', 'Phó Giám đốc', 'Chánh Văn phòng', expect.any(String)]);
    expect(department.slice(0, 3).every((official) => official.VaiTro?.split(',').includes('LD'))).toBe(true);
    const commune = await rows('/api/v1/canbo?maDonVi=001.00.00.H26&soBanGhi=3');
    expect(commune.map((official) => official.ChucVu?.normalize('NFC'))).toEqual(['Chủ tịch', 'Phó Chủ tịch', 'Phó Chủ tịch']);
    expect((await get('/api/v1/canbo?maDonVi=000.00.31.H26')).body.TotalRecord).toBe('0');
    expect(officials.some((official) => official.HoVaTen !== official.HoVaTen?.normalize('NFC'))).toBe(true);
  });

  it('answers official batches, leaving unknown ids out', async () => {
    const batch = await rows('/api/v1/canbo/ds?ids=CB0000002,CB9999999,XX,CB0000001');
    expect(batch.map((official) => official.IDCanBo).sort()).toEqual(['CB0000001', 'CB0000002']);
    expect(batch.find((official) => official.IDCanBo === 'CB0000001')).toMatchObject({ MaDonVi: '000.00.00.H26', VaiTro: 'LD' });
  });

  it('answers citizen batches from the registry, seeded citizens included, leaving unknown ids out', async () => {
    const batch = await rows('/api/v1/congdan/ds?ids=001302678901,001085012345,001090999999,XX');
    expect(batch.map((citizen) => citizen.SoDinhDanh).sort()).toEqual(['001085012345', '001302678901']);
    for (const citizen of batch) {
      expect(Object.keys(citizen)).toEqual([
        'SoDinhDanh', 'HoVaTen', 'NgaySinh', 'GioiTinh', 'NoiThuongTru', 'MaXaPhuong', 'TenXaPhuong', 'SoDienThoai', 'MucDoDinhDanh',
      ]);
      for (const value of Object.values(citizen)) expect(typeof value).toBe('string');
      expect(citizen.NgaySinh).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
      expect(citizen.MaXaPhuong).toMatch(/^\d{3}\.00\.00\.H26$/);
      expect(citizen.NoiThuongTru?.normalize('NFC')).toContain(`${citizen.TenXaPhuong?.normalize('NFC')}, thành phố Hà Nội`);
      expect(citizen.SoDienThoai).toMatch(/^0\d{9}$/);
    }
    const byId = new Map(batch.map((citizen) => [citizen.SoDinhDanh, citizen]));
    // The century/sex digit and the birth year of the id agree with the record.
    expect(byId.get('001085012345')).toMatchObject({ GioiTinh: '1', MucDoDinhDanh: '1' });
    expect(byId.get('001085012345')?.NgaySinh).toMatch(/\/1985$/);
    expect(byId.get('001302678901')).toMatchObject({ GioiTinh: '2', MucDoDinhDanh: '2' });
    expect(byId.get('001302678901')?.NgaySinh).toMatch(/\/2002$/);
    const tooMany = await get(`/api/v1/congdan/ds?ids=${Array.from({ length: 201 }, (_, i) => String(1_000_000_000 + i).padStart(12, '0')).join(',')}`);
    expect(tooMany).toMatchObject({ status: 400, body: { MaLoi: '400' } });
  });

  it('is deterministic: same seed same data, another seed other data', async () => {
    const again = createIdentitySimulator({ seed: 1, scale: 0.05, now: NOW, latency: NO_LATENCY });
    const other = createIdentitySimulator({ seed: 2, scale: 0.05, now: NOW, latency: NO_LATENCY });
    const againUrl = await again.listen();
    const otherUrl = await other.listen();
    try {
      const page = '/api/v1/canbo?trang=2&soBanGhi=50';
      const mine = await (await fetch(`${base}${page}`)).text();
      expect(await (await fetch(`${againUrl}${page}`)).text()).toBe(mine);
      expect(await (await fetch(`${otherUrl}${page}`)).text()).not.toBe(mine);
      // The agency tree is shared by every system whatever the seed (only its NFD quirk varies).
      const tree = '/api/v1/donvi?soBanGhi=500&trang=2';
      const nfc = async (url: string) => (await (await fetch(`${url}${tree}`)).text()).normalize('NFC');
      expect(await nfc(otherUrl)).toBe(await nfc(base));
    } finally {
      await Promise.all([again.close(), other.close()]);
    }
  });
});
