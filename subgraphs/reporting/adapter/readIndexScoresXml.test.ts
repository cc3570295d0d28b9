import { describe, expect, it } from 'vitest';
import { ProvincialIndex } from '../schema/enums.js';
import { readIndexScoresXml } from './readIndexScoresXml.js';

const SYSTEM = 'reporting-system';

function chiSo(fields: Partial<Record<string, string>> = {}, components = '<ThanhPhan><MaThanhPhan>TC1</MaThanhPhan><TenThanhPhan>Chính quyền số</TenThanhPhan><GiaTri>0,8976</GiaTri><ThangDiem>1</ThangDiem></ThanhPhan>'): string {
  const values: Record<string, string> = {
    MaChiSo: 'DTI',
    TenChiSo: 'Chỉ số chuyển đổi số cấp tỉnh (DTI)',
    Nam: '2024',
    GiaTri: '0,8241',
    ThangDiem: '1',
    DonViTinh: '',
    XepHang: '1',
    TongSoTinh: '34',
    NgayCongBo: '15/08/2025',
    CoQuanCongBo: 'Bộ Khoa học và Công nghệ',
    PhienBanPhuongPhap: 'DTI 2024',
    GiaTriCongBo: '1',
    XepHangCongBo: '1',
    ...fields,
  };
  const body = Object.entries(values).map(([name, value]) => `<${name}>${value}</${name}>`).join('');
  return `<ChiSo>${body}<DanhSachThanhPhan>${components}</DanhSachThanhPhan></ChiSo>`;
}

const document = (scores: string, code = '0') =>
  `<?xml version="1.0" encoding="utf-8"?>\n<KetQua>\n  <MaLoi>${code}</MaLoi>\n  <ThongBao>Thành công</ThongBao>\n  <Nam>2024</Nam>\n  <DanhSachChiSo>${scores}</DanhSachChiSo>\n</KetQua>`;

function failure(run: () => unknown) {
  try {
    run();
  } catch (error) {
    const { extensions, message } = error as { extensions: Record<string, unknown>; message: string };
    return { code: extensions['code'], system: extensions['system'], message };
  }
  throw new Error('expected an error');
}

describe('provincial index scores in XML', () => {
  it('maps a score with its components, one of each being read as a list', () => {
    expect(readIndexScoresXml(SYSTEM, document(chiSo()))).toEqual([
      {
        index: ProvincialIndex.DTI,
        name: 'Chỉ số chuyển đổi số cấp tỉnh (DTI)',
        year: 2024,
        value: 0.8241,
        scale: 1,
        unit: null,
        rank: 1,
        cohortSize: 34,
        publishedAt: '2025-08-15',
        source: 'Bộ Khoa học và Công nghệ',
        methodVersion: 'DTI 2024',
        valuePublished: true,
        rankPublished: true,
        components: [{ code: 'TC1', name: 'Chính quyền số', value: 0.8976, scale: 1 }],
      },
    ]);
  });

  it('reads several scores, index codes as exports write them, NFD text, entities and no components', () => {
    const scores = readIndexScoresXml(
      SYSTEM,
      document(
        chiSo({ MaChiSo: 'PAR_INDEX', GiaTri: '91,43', ThangDiem: '100', DonViTinh: '%', XepHang: '3', TongSoTinh: '63', GiaTriCongBo: '1', XepHangCongBo: '0' }) +
          chiSo({ MaChiSo: 'PAPI', TenChiSo: 'Chỉ số PAPI &amp; quản trị'.normalize('NFD'), GiaTri: '43,96', ThangDiem: '80', XepHang: '', TongSoTinh: '' }, '') +
          chiSo({ MaChiSo: 'par index', GiaTri: '1.234,5', ThangDiem: '2.000' }),
      ),
    );
    expect(scores.map((score) => [score.index, score.value, score.scale, score.rank, score.cohortSize, score.rankPublished])).toEqual([
      [ProvincialIndex.PAR_INDEX, 91.43, 100, 3, 63, false],
      [ProvincialIndex.PAPI, 43.96, 80, null, null, true],
      [ProvincialIndex.PAR_INDEX, 1234.5, 2000, 1, 34, true],
    ]);
    expect(scores[1]).toMatchObject({ name: 'Chỉ số PAPI & quản trị', components: [] });
  });

  it('reads a year with nothing published as no scores, and "no record" the same', () => {
    expect(readIndexScoresXml(SYSTEM, document(''))).toEqual([]);
    expect(readIndexScoresXml(SYSTEM, '<KetQua><MaLoi>0</MaLoi><DanhSachChiSo/></KetQua>')).toEqual([]);
    expect(readIndexScoresXml(SYSTEM, '<KetQua><MaLoi>1</MaLoi><ThongBao>Không tìm thấy dữ liệu</ThongBao></KetQua>')).toEqual([]);
  });

  it.each([
    ['not XML at all', 'Object reference not set to an instance of an object.\r\n'],
    ['XML cut off', document(chiSo()).slice(0, 200)],
    ['tags that do not close', '<KetQua><MaLoi>0</MaLoi><DanhSachChiSo></KetQua>'],
    ['an empty body', ''],
    ['a JSON body', '{"MaLoi":"0","Data":[]}'],
  ])('refuses %s as malformed XML', (_what, xml) => {
    expect(failure(() => readIndexScoresXml(SYSTEM, xml))).toMatchObject({ code: 'UPSTREAM_BAD_RESPONSE', system: SYSTEM, message: expect.stringMatching(/malformed XML|usual result/) });
  });

  it('refuses a document type declaration rather than expand its entities', () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE KetQua [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><KetQua><MaLoi>0</MaLoi><ThongBao>&b;</ThongBao></KetQua>`;
    expect(failure(() => readIndexScoresXml(SYSTEM, xml))).toMatchObject({ code: 'UPSTREAM_BAD_RESPONSE', message: expect.stringContaining('document type') });
  });

  it.each([
    ['another root element', '<Result><MaLoi>0</MaLoi></Result>'],
    ['a score list of another shape', '<KetQua><MaLoi>0</MaLoi><DanhSachChiSo>42</DanhSachChiSo></KetQua>'],
    ['an unknown index', document(chiSo({ MaChiSo: 'GRDP' }))],
    ['a rank without its cohort', document(chiSo({ TongSoTinh: '' }))],
    ['a rank beyond its cohort', document(chiSo({ XepHang: '35' }))],
    ['a value with an English decimal', document(chiSo({ GiaTri: '0.8241' }))],
    ['a missing value', document(chiSo({ GiaTri: '' }))],
    ['a missing publication date', document(chiSo({ NgayCongBo: '' }))],
    ['a component without its value', document(chiSo({}, '<ThanhPhan><MaThanhPhan>TC1</MaThanhPhan><TenThanhPhan>x</TenThanhPhan><ThangDiem>1</ThangDiem></ThanhPhan>'))],
  ])('refuses %s as UPSTREAM_BAD_RESPONSE', (_what, xml) => {
    expect(failure(() => readIndexScoresXml(SYSTEM, xml))).toMatchObject({ code: 'UPSTREAM_BAD_RESPONSE', system: SYSTEM });
  });

  it('reads the error codes of the XML module', () => {
    expect(failure(() => readIndexScoresXml(SYSTEM, document('', '400')))).toMatchObject({ code: 'UPSTREAM_REJECTED', system: SYSTEM });
    expect(failure(() => readIndexScoresXml(SYSTEM, document('', '500')))).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', system: SYSTEM });
  });
});
