import { describe, expect, it } from 'vitest';
import { readRecord } from '../../common/legacy/readRecords.js';
import { AgencyLevel, IndicatorAggregation, Periodicity, ReportPeriodType } from '../schema/enums.js';
import { legacyFormSchema, legacyIndicatorSchema, legacyValueSchema, mapForm, mapIndicator, mapValue } from './reportingRecords.js';

const SYSTEM = 'reporting-system';

const form = {
  MaBieuMau: 'BM0004',
  TenBieuMau: 'Báo cáo tiến độ giải ngân vốn đầu tư công',
  LinhVuc: 'Đầu tư công',
  KyBaoCao: 'Tháng',
  CapBaoCao: '2;3;4',
  MaDonViChuTri: '000.00.03.H26',
  ChiDonViChuTri: '0',
  SoChiTieu: '19',
  NgayApDung: '01/04/2018',
};

const indicator = {
  MaChiTieu: 'CT00024',
  TenChiTieu: 'Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận trực tuyến',
  DonViTinh: '%',
  KyBaoCao: 'Tháng',
  MaBieuMau: 'BM0007',
  CachTongHop: '2',
  HeSo: '100',
  ChiaSeChinhPhu: '1',
};

const value = {
  MaDonViTongHop: '000.00.00.H26',
  MaDonVi: '000.00.31.H26',
  MaChiTieu: 'CT00024',
  KyBaoCao: 'Q1/2024',
  TuNgay: '15/12/2023',
  DenNgay: '14/03/2024',
  GiaTri: '81,27',
  TuSo: '2.615',
  MauSo: '3.218',
  NgayCapNhat: '18/03/2024 09:12:00',
};

const nfd = <T extends Record<string, string>>(record: T): T => Object.fromEntries(Object.entries(record).map(([k, v]) => [k, v.normalize('NFD')])) as T;
const readForm = (record: Record<string, unknown>) => readRecord(SYSTEM, legacyFormSchema, mapForm, record);
const readIndicator = (record: Record<string, unknown>) => readRecord(SYSTEM, legacyIndicatorSchema, mapIndicator, record);
const readValue = (record: Record<string, unknown>) => readRecord(SYSTEM, legacyValueSchema, mapValue, record);

/** The error a bad record becomes: coded, naming the system, never quoting the payload. */
function failure(result: unknown) {
  expect(result).toBeInstanceOf(Error);
  const error = result as Error & { extensions: Record<string, unknown> };
  return { code: error.extensions['code'], system: error.extensions['system'], message: error.message };
}

describe('records of the reporting system', () => {
  it('maps a report form', () => {
    expect(readForm(form)).toEqual({
      code: 'BM0004',
      name: 'Báo cáo tiến độ giải ngân vốn đầu tư công',
      field: 'Đầu tư công',
      periodicity: Periodicity.MONTHLY,
      submitterLevels: [AgencyLevel.DEPARTMENT, AgencyLevel.DISTRICT, AgencyLevel.COMMUNE],
      leadAgencyCode: '000.00.03.H26',
      leadAgencyOnly: false,
      indicatorCount: 19,
      since: '2018-04-01',
    });
  });

  it('maps an indicator', () => {
    expect(readIndicator(indicator)).toEqual({
      code: 'CT00024',
      name: 'Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận trực tuyến',
      unit: '%',
      periodicity: Periodicity.MONTHLY,
      formCode: 'BM0007',
      aggregation: IndicatorAggregation.RATIO,
      multiplier: 100,
      sharedWithGovernment: true,
    });
    expect(readIndicator({ ...indicator, CachTongHop: '1', HeSo: '', ChiaSeChinhPhu: '0' })).toMatchObject({
      aggregation: IndicatorAggregation.SUM,
      multiplier: 1,
      sharedWithGovernment: false,
    });
    expect(readIndicator({ ...indicator, CachTongHop: '3', HeSo: '' })).toMatchObject({ aggregation: IndicatorAggregation.NOT_ADDITIVE });
  });

  it('maps a value: comma decimals, dot thousands, the period and the days it covers', () => {
    expect(readValue(value)).toEqual({
      rootCode: '000.00.00.H26',
      agencyCode: '000.00.31.H26',
      indicatorCode: 'CT00024',
      period: { code: 'Q1/2024', type: ReportPeriodType.QUARTER, year: 2024, number: 1, from: '2023-12-15', to: '2024-03-14' },
      value: 81.27,
      numerator: 2615,
      denominator: 3218,
      submittedAt: new Date('2024-03-18T02:12:00Z'),
    });
    const { MaDonViTongHop: _root, ...listRow } = value;
    expect(readValue({ ...listRow, GiaTri: '1234,5', TuSo: '', MauSo: '' })).toMatchObject({ rootCode: null, value: 1234.5, numerator: null, denominator: null });
    expect(readValue({ ...value, GiaTri: '', TuSo: '0', MauSo: '0' })).toMatchObject({ value: null, numerator: 0, denominator: 0 });
  });

  it('normalises NFD text and reads periodicity labels in any case', () => {
    expect(readForm(nfd(form))).toMatchObject({ name: form.TenBieuMau, field: 'Đầu tư công', periodicity: Periodicity.MONTHLY });
    expect(readIndicator(nfd({ ...indicator, KyBaoCao: '6 THÁNG' }))).toMatchObject({ name: indicator.TenChiTieu, periodicity: Periodicity.SIX_MONTHLY });
    expect(readIndicator({ ...indicator, KyBaoCao: 'quý' })).toMatchObject({ periodicity: Periodicity.QUARTERLY });
    expect(readIndicator({ ...indicator, KyBaoCao: 'Năm' })).toMatchObject({ periodicity: Periodicity.YEARLY });
  });

  it.each([
    ['a period code it cannot read', readValue, { ...value, KyBaoCao: 'Q5/2024' }, 'KyBaoCao'],
    ['dates that are not the period\'s', readValue, { ...value, TuNgay: '01/01/2024' }, 'TuNgay'],
    ['an end date that is not the period\'s', readValue, { ...value, DenNgay: '31/03/2024' }, 'DenNgay'],
    ['an English decimal', readValue, { ...value, GiaTri: '1,234.5' }, 'GiaTri'],
    ['a misplaced thousands dot', readValue, { ...value, TuSo: '26.15' }, 'TuSo'],
    ['a number that is not one', readValue, { ...value, MauSo: 'n/a' }, 'MauSo'],
    ['an impossible date', readValue, { ...value, NgayCapNhat: '31/02/2024 09:00:00' }, 'NgayCapNhat'],
    ['an unknown agency level', readForm, { ...form, CapBaoCao: '2;5' }, 'CapBaoCao'],
    ['an unknown periodicity', readForm, { ...form, KyBaoCao: 'Tuần' }, 'KyBaoCao'],
    ['an unknown aggregation', readIndicator, { ...indicator, CachTongHop: '4' }, 'CachTongHop'],
    ['a factor that is not positive', readIndicator, { ...indicator, HeSo: '0' }, 'HeSo'],
    ['a flag that is not one', readIndicator, { ...indicator, ChiaSeChinhPhu: 'x' }, 'ChiaSeChinhPhu'],
  ])('refuses %s as UPSTREAM_BAD_RESPONSE naming the system and field', (_what, read, record, field) => {
    const error = failure(read(record));
    expect(error).toMatchObject({ code: 'UPSTREAM_BAD_RESPONSE', system: SYSTEM });
    expect(error.message).toContain(field);
  });

  it.each([
    ['a missing field', readValue, (({ GiaTri: _g, ...rest }) => rest)(value)],
    ['a number sent as a number', readValue, { ...value, GiaTri: 81.27 }],
    ['a null', readIndicator, { ...indicator, TenChiTieu: null }],
    ['an empty code', readForm, { ...form, MaBieuMau: '' }],
  ])('refuses a record with %s', (_what, read, record) => {
    expect(failure(read(record as Record<string, unknown>))).toMatchObject({ code: 'UPSTREAM_BAD_RESPONSE', system: SYSTEM });
  });
});
