import { z } from 'zod';
import { LegacyFormatError, legacyOptionalText, legacyText, parseLegacyBool, parseLegacyDate, parseLegacyInstant, parseLegacyInt } from '../../common/legacy/legacyFormat.js';
import {
  CATEGORY_FROM_LEGACY,
  CHANNEL_FROM_LEGACY,
  FeedbackCategory,
  FeedbackStatus,
  SATISFACTION_FROM_LEGACY,
  SEVERITY_FROM_LEGACY,
  STATUS_FROM_LEGACY,
  type FeedbackChannel,
  type FeedbackSeverity,
  type Satisfaction,
} from '../schema/enums.js';
import { scrubPersonalData } from './scrubPersonalData.js';

/**
 * A feedback in GovGraph's terms. There is no sender here on purpose: the legacy record's name,
 * phone and e-mail are read only to scrub them from the content, and go no further.
 */
export interface FeedbackRecord {
  readonly id: string;
  readonly channel: FeedbackChannel;
  readonly category: FeedbackCategory;
  readonly categoryCode: string;
  readonly categoryName: string;
  /** Anonymised (scrubPersonalData.ts). */
  readonly content: string;
  readonly locationCode: string | null;
  readonly severity: FeedbackSeverity;
  readonly receivedAt: Date;
  readonly acceptDeadline: string;
  readonly resolveDeadline: string;
  readonly acceptedAt: Date | null;
  /** When it was resolved or rejected (the status says which); null while open. */
  readonly closedAt: Date | null;
  readonly status: FeedbackStatus;
  readonly handlingAgencyCode: string;
  readonly published: boolean;
  readonly satisfaction: Satisfaction | null;
  readonly ratedAt: Date | null;
}

/** Figures of one handling agency from the statistics endpoint. */
export interface FeedbackCounts {
  readonly received: number;
  readonly resolved: number;
  readonly rejected: number;
  readonly overdue: number;
  readonly ratings: number;
  readonly satisfied: number;
}

export const legacyFeedbackSchema = z.object({
  MaPhanAnh: z.string().min(1),
  KenhTiepNhan: z.string(),
  MaLinhVuc: z.string(),
  TenLinhVuc: z.string(),
  NoiDung: z.string(),
  MaXaPhuong: z.string(),
  MucDo: z.string(),
  NgayTiepNhan: z.string().min(1),
  HanTiepNhan: z.string().min(1),
  HanXuLy: z.string().min(1),
  NgayThuLy: z.string(),
  NgayHoanThanh: z.string(),
  TrangThai: z.string(),
  MaDonViXuLy: z.string().min(1),
  CongKhai: z.string(),
  MucDoHaiLong: z.string(),
  NgayDanhGia: z.string(),
  HoTenNguoiPhanAnh: z.string(),
  SoDienThoai: z.string(),
  Email: z.string(),
});

export const legacyFeedbackCountsSchema = z.object({
  MaDonVi: z.string().min(1),
  TiepNhan: z.string(),
  DaXuLy: z.string(),
  TuChoi: z.string(),
  QuaHan: z.string(),
  LuotDanhGia: z.string(),
  HaiLong: z.string(),
});

/** The page of the list endpoint: `Data` holds the records and the next cursor (API.md, "Paging"). */
export const legacyFeedbackPageSchema = z.object({
  NextCursor: z.string().regex(/^[A-Za-z0-9+/=]*$/),
  DanhSach: z.array(z.unknown()),
});

function code<T>(field: string, table: Readonly<Record<string, T>>, value: string): T {
  const found = table[value.trim()];
  if (found === undefined) throw new LegacyFormatError(field, `unknown code ${JSON.stringify(value)}`);
  return found;
}

export function mapFeedback(record: z.infer<typeof legacyFeedbackSchema>): FeedbackRecord {
  const status = code('TrangThai', STATUS_FROM_LEGACY, record.TrangThai);
  const acceptedAt = parseLegacyInstant('NgayThuLy', record.NgayThuLy);
  const closedAt = parseLegacyInstant('NgayHoanThanh', record.NgayHoanThanh);
  const closed = status === FeedbackStatus.RESOLVED || status === FeedbackStatus.REJECTED;
  if (closed !== (closedAt !== null)) throw new LegacyFormatError('NgayHoanThanh', `does not agree with TrangThai ${JSON.stringify(record.TrangThai)}`);
  const wasAccepted = status !== FeedbackStatus.RECEIVED && status !== FeedbackStatus.REJECTED;
  if (wasAccepted !== (acceptedAt !== null)) throw new LegacyFormatError('NgayThuLy', `does not agree with TrangThai ${JSON.stringify(record.TrangThai)}`);
  const satisfaction = record.MucDoHaiLong.trim() === '' ? null : code('MucDoHaiLong', SATISFACTION_FROM_LEGACY, record.MucDoHaiLong);
  if (satisfaction !== null && status !== FeedbackStatus.RESOLVED) throw new LegacyFormatError('MucDoHaiLong', 'a rating of feedback that is not resolved');
  const categoryCode = legacyText(record.MaLinhVuc);
  return {
    id: record.MaPhanAnh.trim(),
    channel: code('KenhTiepNhan', CHANNEL_FROM_LEGACY, record.KenhTiepNhan),
    category: CATEGORY_FROM_LEGACY[categoryCode]?.category ?? FeedbackCategory.OTHER,
    categoryCode,
    categoryName: legacyText(record.TenLinhVuc),
    content: scrubPersonalData(legacyText(record.NoiDung), {
      name: legacyText(record.HoTenNguoiPhanAnh),
      phone: record.SoDienThoai.trim(),
      email: record.Email.trim(),
    }),
    locationCode: legacyOptionalText(record.MaXaPhuong),
    severity: code('MucDo', SEVERITY_FROM_LEGACY, record.MucDo),
    receivedAt: parseLegacyInstant('NgayTiepNhan', record.NgayTiepNhan) as Date,
    acceptDeadline: parseLegacyDate('HanTiepNhan', record.HanTiepNhan) as string,
    resolveDeadline: parseLegacyDate('HanXuLy', record.HanXuLy) as string,
    acceptedAt,
    closedAt,
    status,
    handlingAgencyCode: record.MaDonViXuLy.trim(),
    published: parseLegacyBool('CongKhai', record.CongKhai),
    satisfaction,
    ratedAt: satisfaction === null ? null : parseLegacyInstant('NgayDanhGia', record.NgayDanhGia),
  };
}

function count(field: string, value: string): number {
  const n = parseLegacyInt(field, value);
  if (n < 0) throw new LegacyFormatError(field, `a negative count: ${JSON.stringify(value)}`);
  return n;
}

export function mapFeedbackCounts(row: z.infer<typeof legacyFeedbackCountsSchema>): FeedbackCounts {
  const counts = {
    received: count('TiepNhan', row.TiepNhan),
    resolved: count('DaXuLy', row.DaXuLy),
    rejected: count('TuChoi', row.TuChoi),
    overdue: count('QuaHan', row.QuaHan),
    ratings: count('LuotDanhGia', row.LuotDanhGia),
    satisfied: count('HaiLong', row.HaiLong),
  };
  // Parts larger than their whole mean the system counted wrong: no wrong number reaches a leader.
  if (counts.resolved + counts.rejected + counts.overdue > counts.received) {
    throw new LegacyFormatError('TiepNhan', 'resolved, rejected and overdue feedback outnumber the feedback received');
  }
  if (counts.satisfied > counts.ratings) throw new LegacyFormatError('HaiLong', 'more satisfied ratings than ratings');
  return counts;
}
