import { XMLParser } from 'fast-xml-parser';
import { z } from 'zod';
import { upstreamError } from '../../common/errors/GovGraphError.js';
import { LegacyFormatError, legacyOptionalText, legacyText, parseLegacyBool, parseLegacyDate, parseLegacyInt } from '../../common/legacy/legacyFormat.js';
import { readAll } from '../../common/legacy/readRecords.js';
import { ProvincialIndex } from '../schema/enums.js';
import { parseLegacyDecimal } from './parseLegacyDecimal.js';

/**
 * The provincial-indices answer of the reporting system, which is XML (reporting API.md,
 * "Provincial indices"): `<KetQua>` with `MaLoi`, `ThongBao` and `<DanhSachChiSo>` of `<ChiSo>`
 * records. Malformed XML, a document type declaration (entity tricks have no business in a data
 * feed) or an unexpected shape is `UPSTREAM_BAD_RESPONSE`; each record is read like a JSON one.
 */

export interface IndexComponentRecord {
  readonly code: string;
  readonly name: string;
  readonly value: number;
  readonly scale: number;
}

export interface IndexScoreRecord {
  readonly index: ProvincialIndex;
  readonly name: string;
  readonly year: number;
  readonly value: number;
  readonly scale: number;
  readonly unit: string | null;
  readonly rank: number | null;
  readonly cohortSize: number | null;
  /** `YYYY-MM-DD`. */
  readonly publishedAt: string;
  readonly source: string;
  readonly methodVersion: string;
  readonly valuePublished: boolean;
  readonly rankPublished: boolean;
  readonly components: readonly IndexComponentRecord[];
}

const parser = new XMLParser({
  ignoreAttributes: true,
  // Every value stays a string, as in the JSON records: numbers have comma decimals.
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => name === 'ChiSo' || name === 'ThanhPhan',
});

const resultSchema = z.object({
  MaLoi: z.string(),
  ThongBao: z.string().optional(),
  DanhSachChiSo: z.union([z.literal(''), z.object({ ChiSo: z.array(z.unknown()) })]).optional(),
});

const componentSchema = z.object({
  MaThanhPhan: z.string().min(1),
  TenThanhPhan: z.string(),
  GiaTri: z.string(),
  ThangDiem: z.string(),
});

export const legacyIndexScoreSchema = z.object({
  MaChiSo: z.string().min(1),
  TenChiSo: z.string(),
  Nam: z.string(),
  GiaTri: z.string(),
  ThangDiem: z.string(),
  DonViTinh: z.string(),
  XepHang: z.string(),
  TongSoTinh: z.string(),
  NgayCongBo: z.string(),
  CoQuanCongBo: z.string(),
  PhienBanPhuongPhap: z.string(),
  GiaTriCongBo: z.string(),
  XepHangCongBo: z.string(),
  DanhSachThanhPhan: z.union([z.literal(''), z.object({ ThanhPhan: z.array(componentSchema) })]),
});

const INDEX: Readonly<Record<string, ProvincialIndex>> = {
  PARINDEX: ProvincialIndex.PAR_INDEX,
  SIPAS: ProvincialIndex.SIPAS,
  PAPI: ProvincialIndex.PAPI,
  PCI: ProvincialIndex.PCI,
  DTI: ProvincialIndex.DTI,
};

function requiredDecimal(field: string, value: string): number {
  const number = parseLegacyDecimal(field, value);
  if (number === null) throw new LegacyFormatError(field, 'missing');
  return number;
}

function optionalInt(field: string, value: string): number | null {
  return value.trim() === '' ? null : parseLegacyInt(field, value);
}

export function mapIndexScore(record: z.infer<typeof legacyIndexScoreSchema>): IndexScoreRecord {
  // `PARINDEX`, `PAR_INDEX` and `PAR INDEX` are all seen in exports.
  const index = INDEX[record.MaChiSo.toUpperCase().replace(/[^A-Z]/g, '')];
  if (index === undefined) throw new LegacyFormatError('MaChiSo', `unknown index ${JSON.stringify(record.MaChiSo)}`);
  const rank = optionalInt('XepHang', record.XepHang);
  const cohortSize = optionalInt('TongSoTinh', record.TongSoTinh);
  // A rank without the number of provinces it is out of means nothing: refuse it.
  if (rank !== null && (cohortSize === null || rank < 1 || rank > cohortSize)) {
    throw new LegacyFormatError('TongSoTinh', `rank ${rank} is not out of a cohort (${JSON.stringify(record.TongSoTinh)})`);
  }
  const components = record.DanhSachThanhPhan === '' ? [] : record.DanhSachThanhPhan.ThanhPhan;
  return {
    index,
    name: legacyText(record.TenChiSo),
    year: parseLegacyInt('Nam', record.Nam),
    value: requiredDecimal('GiaTri', record.GiaTri),
    scale: requiredDecimal('ThangDiem', record.ThangDiem),
    unit: legacyOptionalText(record.DonViTinh),
    rank,
    cohortSize,
    publishedAt: parseLegacyDate('NgayCongBo', record.NgayCongBo) ?? '',
    source: legacyText(record.CoQuanCongBo),
    methodVersion: legacyText(record.PhienBanPhuongPhap),
    valuePublished: parseLegacyBool('GiaTriCongBo', record.GiaTriCongBo),
    rankPublished: parseLegacyBool('XepHangCongBo', record.XepHangCongBo),
    components: components.map((component) => ({
      code: component.MaThanhPhan.trim(),
      name: legacyText(component.TenThanhPhan),
      value: requiredDecimal('ThanhPhan.GiaTri', component.GiaTri),
      scale: requiredDecimal('ThanhPhan.ThangDiem', component.ThangDiem),
    })),
  };
}

/** Reads the XML answer into records, or throws a coded `UPSTREAM_*` error naming the system. */
export function readIndexScoresXml(system: string, xml: string): IndexScoreRecord[] {
  if (/<!DOCTYPE/i.test(xml)) {
    throw upstreamError('UPSTREAM_BAD_RESPONSE', system, `The ${system} system answered XML with a document type declaration, which is refused.`);
  }
  let document: unknown;
  try {
    document = parser.parse(xml, true);
  } catch (error) {
    throw upstreamError('UPSTREAM_BAD_RESPONSE', system, `The ${system} system answered malformed XML.`, error);
  }
  const result = resultSchema.safeParse((document as { KetQua?: unknown } | null)?.KetQua);
  if (!result.success) {
    throw upstreamError('UPSTREAM_BAD_RESPONSE', system, `The ${system} system answered XML that is not its usual result.`);
  }
  const { MaLoi, DanhSachChiSo } = result.data;
  if (MaLoi === '1') return [];
  if (MaLoi.startsWith('4')) throw upstreamError('UPSTREAM_REJECTED', system, `The ${system} system refused the request (error code ${MaLoi}).`);
  if (MaLoi !== '0') throw upstreamError('UPSTREAM_UNAVAILABLE', system, `The ${system} system reported an internal failure (error code ${MaLoi}).`);
  const items = DanhSachChiSo === undefined || DanhSachChiSo === '' ? [] : DanhSachChiSo.ChiSo;
  const scores = readAll(system, legacyIndexScoreSchema, mapIndexScore, items);
  if (scores.some((score) => score.publishedAt === '')) {
    throw upstreamError('UPSTREAM_BAD_RESPONSE', system, `The ${system} system sent an index score without its publication date.`);
  }
  return scores;
}
