import { z } from 'zod';
import {
  LegacyFormatError,
  legacyOptionalText,
  legacyText,
  parseLegacyBool,
  parseLegacyDate,
  parseLegacyInstant,
  parseLegacyInt,
  splitLegacyList,
} from '../../common/legacy/legacyFormat.js';
import { parseReportPeriod, type ReportPeriod } from '../domain/reportPeriod.js';
import { AgencyLevel, IndicatorAggregation, Periodicity } from '../schema/enums.js';
import { parseLegacyDecimal } from './parseLegacyDecimal.js';

/** Records of the reporting system (reporting API.md), read into GovGraph's terms. */

export interface ReportFormRecord {
  readonly code: string;
  readonly name: string;
  readonly field: string;
  readonly periodicity: Periodicity;
  readonly submitterLevels: readonly AgencyLevel[];
  readonly leadAgencyCode: string | null;
  readonly leadAgencyOnly: boolean;
  readonly indicatorCount: number;
  /** `YYYY-MM-DD` the form came into use, when known. */
  readonly since: string | null;
}

export interface IndicatorRecord {
  readonly code: string;
  readonly name: string;
  readonly unit: string;
  readonly periodicity: Periodicity;
  readonly formCode: string;
  readonly aggregation: IndicatorAggregation;
  /** RATIO: the value is this times numerator over denominator (100 for a percentage). */
  readonly multiplier: number;
  readonly sharedWithGovernment: boolean;
}

/** One agency's report of one indicator for one period. */
export interface ValueRecord {
  /** The agency asked for that this row is counted under (`MaDonViTongHop`), in statistics rows. */
  readonly rootCode: string | null;
  readonly agencyCode: string;
  readonly indicatorCode: string;
  readonly period: ReportPeriod;
  readonly value: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly submittedAt: Date;
}

export const legacyFormSchema = z.object({
  MaBieuMau: z.string().min(1),
  TenBieuMau: z.string(),
  LinhVuc: z.string(),
  KyBaoCao: z.string(),
  CapBaoCao: z.string(),
  MaDonViChuTri: z.string(),
  ChiDonViChuTri: z.string(),
  SoChiTieu: z.string(),
  NgayApDung: z.string(),
});

export const legacyIndicatorSchema = z.object({
  MaChiTieu: z.string().min(1),
  TenChiTieu: z.string(),
  DonViTinh: z.string(),
  KyBaoCao: z.string(),
  MaBieuMau: z.string().min(1),
  CachTongHop: z.string(),
  HeSo: z.string(),
  ChiaSeChinhPhu: z.string(),
});

export const legacyValueSchema = z.object({
  MaDonViTongHop: z.string().optional(),
  MaDonVi: z.string().min(1),
  MaChiTieu: z.string().min(1),
  KyBaoCao: z.string().min(1),
  TuNgay: z.string(),
  DenNgay: z.string(),
  GiaTri: z.string(),
  TuSo: z.string(),
  MauSo: z.string(),
  NgayCapNhat: z.string().min(1),
});

const PERIODICITY: Readonly<Record<string, Periodicity>> = {
  'tháng': Periodicity.MONTHLY,
  'quý': Periodicity.QUARTERLY,
  '6 tháng': Periodicity.SIX_MONTHLY,
  'năm': Periodicity.YEARLY,
};

const LEVEL: Readonly<Record<string, AgencyLevel>> = {
  '1': AgencyLevel.CITY,
  '2': AgencyLevel.DEPARTMENT,
  '3': AgencyLevel.DISTRICT,
  '4': AgencyLevel.COMMUNE,
};

const AGGREGATION: Readonly<Record<string, IndicatorAggregation>> = {
  '1': IndicatorAggregation.SUM,
  '2': IndicatorAggregation.RATIO,
  '3': IndicatorAggregation.NOT_ADDITIVE,
};

/** `KyBaoCao` of a form or an indicator: `Tháng`, `Quý`, `6 tháng`, `Năm`, in any case and Unicode form. */
export function parsePeriodicity(field: string, value: string): Periodicity {
  const periodicity = PERIODICITY[legacyText(value).toLowerCase().replace(/\s+/g, ' ')];
  if (periodicity === undefined) throw new LegacyFormatError(field, `unknown periodicity ${JSON.stringify(value)}`);
  return periodicity;
}

/** A period code as the system prints it; refuses codes GovGraph cannot read. */
export function parseLegacyPeriod(field: string, value: string): ReportPeriod {
  const period = parseReportPeriod(value);
  if (!period) throw new LegacyFormatError(field, `not a report period code: ${JSON.stringify(value)}`);
  return period;
}

export function mapForm(record: z.infer<typeof legacyFormSchema>): ReportFormRecord {
  const levels = splitLegacyList(record.CapBaoCao).map((code) => {
    const level = LEVEL[code];
    if (level === undefined) throw new LegacyFormatError('CapBaoCao', `unknown agency level ${JSON.stringify(code)}`);
    return level;
  });
  return {
    code: record.MaBieuMau.trim(),
    name: legacyText(record.TenBieuMau),
    field: legacyText(record.LinhVuc),
    periodicity: parsePeriodicity('KyBaoCao', record.KyBaoCao),
    submitterLevels: levels,
    leadAgencyCode: legacyOptionalText(record.MaDonViChuTri),
    leadAgencyOnly: parseLegacyBool('ChiDonViChuTri', record.ChiDonViChuTri),
    indicatorCount: parseLegacyInt('SoChiTieu', record.SoChiTieu || '0'),
    since: parseLegacyDate('NgayApDung', record.NgayApDung),
  };
}

export function mapIndicator(record: z.infer<typeof legacyIndicatorSchema>): IndicatorRecord {
  const aggregation = AGGREGATION[record.CachTongHop.trim()];
  if (aggregation === undefined) throw new LegacyFormatError('CachTongHop', `unknown aggregation ${JSON.stringify(record.CachTongHop)}`);
  const multiplier = parseLegacyDecimal('HeSo', record.HeSo) ?? 1;
  if (!(multiplier > 0)) throw new LegacyFormatError('HeSo', `not a positive factor: ${JSON.stringify(record.HeSo)}`);
  return {
    code: record.MaChiTieu.trim(),
    name: legacyText(record.TenChiTieu),
    unit: legacyText(record.DonViTinh),
    periodicity: parsePeriodicity('KyBaoCao', record.KyBaoCao),
    formCode: record.MaBieuMau.trim(),
    aggregation,
    multiplier,
    sharedWithGovernment: parseLegacyBool('ChiaSeChinhPhu', record.ChiaSeChinhPhu),
  };
}

export function mapValue(record: z.infer<typeof legacyValueSchema>): ValueRecord {
  const period = parseLegacyPeriod('KyBaoCao', record.KyBaoCao);
  // The dates are printed beside the code; a row whose dates are not the regime's is not trusted.
  if (parseLegacyDate('TuNgay', record.TuNgay) !== period.from) {
    throw new LegacyFormatError('TuNgay', `${JSON.stringify(record.TuNgay)} is not where ${period.code} starts`);
  }
  if (parseLegacyDate('DenNgay', record.DenNgay) !== period.to) {
    throw new LegacyFormatError('DenNgay', `${JSON.stringify(record.DenNgay)} is not where ${period.code} ends`);
  }
  return {
    rootCode: record.MaDonViTongHop === undefined ? null : record.MaDonViTongHop.trim(),
    agencyCode: record.MaDonVi.trim(),
    indicatorCode: record.MaChiTieu.trim(),
    period,
    value: parseLegacyDecimal('GiaTri', record.GiaTri),
    numerator: parseLegacyDecimal('TuSo', record.TuSo),
    denominator: parseLegacyDecimal('MauSo', record.MauSo),
    submittedAt: parseLegacyInstant('NgayCapNhat', record.NgayCapNhat) as Date,
  };
}
