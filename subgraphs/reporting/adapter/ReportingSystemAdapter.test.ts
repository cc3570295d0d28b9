import { MockAgent } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LegacyClient } from '../../common/http/LegacyClient.js';
import { parseReportPeriod } from '../domain/reportPeriod.js';
import { createApiKeyAuth } from './createApiKeyAuth.js';
import { ReportingSystemAdapter } from './ReportingSystemAdapter.js';

const ORIGIN = 'http://reporting.test';
const SYSTEM = 'reporting-system';
const XML = '<?xml version="1.0" encoding="utf-8"?><KetQua><MaLoi>0</MaLoi><ThongBao>Thành công</ThongBao><DanhSachChiSo><ChiSo><MaChiSo>SIPAS</MaChiSo><TenChiSo>SIPAS</TenChiSo><Nam>2024</Nam><GiaTri>86,50</GiaTri><ThangDiem>100</ThangDiem><DonViTinh>%</DonViTinh><XepHang>11</XepHang><TongSoTinh>63</TongSoTinh><NgayCongBo>26/05/2025</NgayCongBo><CoQuanCongBo>Bộ Nội vụ</CoQuanCongBo><PhienBanPhuongPhap>SIPAS</PhienBanPhuongPhap><GiaTriCongBo>1</GiaTriCongBo><XepHangCongBo>1</XepHangCongBo><DanhSachThanhPhan></DanhSachThanhPhan></ChiSo></DanhSachChiSo></KetQua>';

describe('the reporting adapter over the shared legacy client', () => {
  let agent: MockAgent;
  let adapter: ReportingSystemAdapter;
  let client: LegacyClient;
  const deadline = () => Date.now() + 5_000;

  beforeEach(() => {
    agent = new MockAgent();
    agent.disableNetConnect();
    client = new LegacyClient({
      system: SYSTEM,
      baseUrl: ORIGIN,
      retries: 0,
      dispatcher: agent,
      auth: createApiKeyAuth('key-123'),
    });
    adapter = new ReportingSystemAdapter(client);
  });
  afterEach(async () => {
    await client.close();
    await agent.close();
  });

  const intercept = (path: string | RegExp) => agent.get(ORIGIN).intercept({ path: (p: string) => (typeof path === 'string' ? p.startsWith(path) : path.test(p)), headers: { 'x-api-key': 'key-123' } });

  it('sends the API key and reads the XML answer', async () => {
    intercept('/api/v1/chisotinh?nam=2024').reply(200, XML, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
    expect(await adapter.indexScores(2024, deadline())).toMatchObject([{ index: 'SIPAS', value: 86.5, rank: 11, cohortSize: 63 }]);
  });

  it('turns malformed XML into UPSTREAM_BAD_RESPONSE naming the system', async () => {
    intercept('/api/v1/chisotinh').reply(200, '<KetQua><MaLoi>0</Ma', { headers: { 'content-type': 'application/xml' } });
    await expect(adapter.indexScores(2024, deadline())).rejects.toMatchObject({ extensions: { code: 'UPSTREAM_BAD_RESPONSE', system: SYSTEM }, message: expect.stringContaining('malformed XML') });
  });

  it('still classifies statuses and HTML pages on the XML route', async () => {
    intercept('/api/v1/chisotinh').reply(502, '<html><body>502 Bad Gateway</body></html>', { headers: { 'content-type': 'text/html' } });
    await expect(adapter.indexScores(2024, deadline())).rejects.toMatchObject({ extensions: { code: 'UPSTREAM_UNAVAILABLE', system: SYSTEM } });
    intercept('/api/v1/chisotinh').reply(403, '<KetQua><MaLoi>403</MaLoi></KetQua>', { headers: { 'content-type': 'application/xml' } });
    await expect(adapter.indexScores(2024, deadline())).rejects.toMatchObject({ extensions: { code: 'UPSTREAM_REJECTED', system: SYSTEM } });
    intercept('/api/v1/chisotinh').reply(200, '{"MaLoi":"0","Data":[]}', { headers: { 'content-type': 'application/json' } });
    await expect(adapter.indexScores(2024, deadline())).rejects.toMatchObject({ extensions: { code: 'UPSTREAM_BAD_RESPONSE' }, message: expect.stringContaining('XML') });
  });

  it('refuses index scores of another year', async () => {
    intercept('/api/v1/chisotinh').reply(200, XML.replace('<Nam>2024</Nam>', '<Nam>2023</Nam>'), { headers: { 'content-type': 'application/xml' } });
    await expect(adapter.indexScores(2024, deadline())).rejects.toMatchObject({ extensions: { code: 'UPSTREAM_BAD_RESPONSE' }, message: expect.stringContaining('another year') });
  });

  it('asks statistics with the subunits flag, the period and the as-of instant, and refuses rows it did not ask for', async () => {
    const period = parseReportPeriod('N2025')!;
    const row = { MaDonViTongHop: '000.00.00.H26', MaDonVi: '000.00.03.H26', MaChiTieu: 'CT00007', KyBaoCao: 'N2025', TuNgay: '15/12/2024', DenNgay: '14/12/2025', GiaTri: '720.462,8', TuSo: '', MauSo: '', NgayCapNhat: '17/12/2025 17:09:00' };
    let asked = '';
    agent
      .get(ORIGIN)
      .intercept({ path: (p: string) => ((asked = p), p.startsWith('/api/v1/thongke/solieu')) })
      .reply(200, { MaLoi: '0', ThongBao: 'Thành công', Data: [row] });
    const rows = await adapter.valueRows(['000.00.00.H26'], ['CT00007'], period, new Date('2025-12-20T16:59:59Z'), deadline());
    expect(rows).toMatchObject([{ agencyCode: '000.00.03.H26', value: 720462.8 }]);
    expect(Object.fromEntries(new URL(asked, ORIGIN).searchParams)).toEqual({
      maDonVi: '000.00.00.H26',
      baoGomDonViCon: '1',
      maChiTieu: 'CT00007',
      kyBaoCao: 'N2025',
      thoiDiem: '20/12/2025 23:59:59',
    });
    for (const wrong of [{ ...row, KyBaoCao: 'N2024', TuNgay: '15/12/2023', DenNgay: '14/12/2024' }, { ...row, MaDonViTongHop: '000.00.05.H26' }]) {
      intercept('/api/v1/thongke/solieu').reply(200, { MaLoi: '0', ThongBao: '', Data: [wrong] });
      await expect(adapter.valueRows(['000.00.00.H26'], ['CT00007'], period, new Date(), deadline())).rejects.toMatchObject({
        extensions: { code: 'UPSTREAM_BAD_RESPONSE', system: SYSTEM },
      });
    }
  });

  it('refuses to start without an API key', () => {
    expect(() => createApiKeyAuth('')).toThrow(/REPORTING_API_KEY/);
  });
});
