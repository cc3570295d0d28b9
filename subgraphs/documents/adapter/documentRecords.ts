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
import {
  DOCUMENT_TYPES,
  DocumentDirection,
  DocumentType,
  SigningCompetence,
  Urgency,
} from '../schema/enums.js';

export interface DocumentRecord {
  readonly id: string;
  readonly direction: DocumentDirection;
  readonly agencyCode: string;
  readonly reference: string;
  readonly number: string | null;
  readonly symbol: string | null;
  readonly registerNumber: string | null;
  readonly subject: string;
  readonly type: DocumentType;
  readonly typeCode: string;
  readonly issuerCode: string | null;
  readonly issuerName: string;
  readonly issuedAt: Date;
  readonly registeredAt: Date | null;
  readonly signer: { readonly name: string; readonly position: string | null; readonly competence: SigningCompetence } | null;
  readonly urgency: Urgency;
  /** 0 normal; 1–3 Mật, Tối mật, Tuyệt mật. Secret documents never leave the adapter. */
  readonly secrecy: number;
  readonly dueDate: string | null;
  readonly digitallySigned: boolean;
}

export interface TaskRecord {
  readonly id: string;
  readonly title: string;
  readonly assignedByCode: string | null;
  readonly leadAgencyCode: string;
  readonly coAgencyCodes: readonly string[];
  readonly assignedAt: Date;
  readonly dueDate: string;
  readonly completedAt: Date | null;
  readonly progress: number;
  readonly sourceDocumentId: string | null;
}

export interface DocumentCounts {
  readonly incoming: number;
  readonly outgoing: number;
  readonly outgoingSigned: number;
}

export interface TaskCounts {
  readonly total: number;
  readonly doneOnTime: number;
  readonly doneLate: number;
  readonly openOnTrack: number;
  readonly openOverdue: number;
}

export const legacyDocumentSchema = z.object({
  ID: z.string().min(1),
  LoaiSo: z.string(),
  MaDonViSo: z.string().min(1),
  SoKyHieu: z.string(),
  SoDen: z.string(),
  TrichYeu: z.string(),
  MaLoaiVanBan: z.string(),
  MaCoQuanBanHanh: z.string(),
  TenCoQuanBanHanh: z.string(),
  NgayBanHanh: z.string().min(1),
  NgayDen: z.string(),
  NguoiKy: z.string(),
  ChucVuNguoiKy: z.string(),
  ThamQuyenKy: z.string(),
  DoKhan: z.string(),
  DoMat: z.string(),
  HanXuLy: z.string(),
  KySo: z.string(),
});

export const legacyTaskSchema = z.object({
  MaNhiemVu: z.string().min(1),
  TenNhiemVu: z.string(),
  MaDonViGiao: z.string(),
  MaDonViChuTri: z.string().min(1),
  DonViPhoiHop: z.string(),
  NgayGiao: z.string().min(1),
  HanXuLy: z.string().min(1),
  NgayHoanThanh: z.string(),
  TienDo: z.string(),
  IDVanBan: z.string(),
});

export const legacyDocumentCountsSchema = z.object({
  MaDonVi: z.string(),
  VanBanDen: z.string(),
  VanBanDi: z.string(),
  VanBanDiKySo: z.string(),
});

export const legacyTaskCountsSchema = z.object({
  MaDonVi: z.string(),
  TongSo: z.string(),
  HoanThanhDungHan: z.string(),
  HoanThanhQuaHan: z.string(),
  DangThucHienTrongHan: z.string(),
  DangThucHienQuaHan: z.string(),
});

const URGENCY: readonly Urgency[] = [Urgency.NORMAL, Urgency.URGENT, Urgency.VERY_URGENT, Urgency.FLASH, Urgency.FLASH_TIMED];

const COMPETENCE: Readonly<Record<string, SigningCompetence>> = {
  'KT.': SigningCompetence.ON_BEHALF_OF_HEAD,
  'TM.': SigningCompetence.ON_BEHALF_OF_COLLECTIVE,
  'TL.': SigningCompetence.BY_ORDER,
  'TUQ.': SigningCompetence.BY_AUTHORISATION,
  '': SigningCompetence.IN_OWN_NAME,
};

function enumIndex(field: string, value: string, size: number): number {
  const index = parseLegacyInt(field, value);
  if (index < 0 || index >= size) throw new LegacyFormatError(field, `out of range: ${JSON.stringify(value)}`);
  return index;
}

export function mapDocument(record: z.infer<typeof legacyDocumentSchema>): DocumentRecord {
  const direction =
    record.LoaiSo.trim() === '1'
      ? DocumentDirection.INCOMING
      : record.LoaiSo.trim() === '2'
        ? DocumentDirection.OUTGOING
        : null;
  if (direction === null) throw new LegacyFormatError('LoaiSo', `expected 1 or 2, got ${JSON.stringify(record.LoaiSo)}`);
  const reference = legacyText(record.SoKyHieu);
  const slash = reference.indexOf('/');
  const typeCode = legacyText(record.MaLoaiVanBan);
  const competenceCode = legacyText(record.ThamQuyenKy).toUpperCase();
  const competence = COMPETENCE[competenceCode];
  if (competence === undefined) throw new LegacyFormatError('ThamQuyenKy', `unknown competence ${JSON.stringify(record.ThamQuyenKy)}`);
  const signerName = legacyOptionalText(record.NguoiKy);
  return {
    id: record.ID.trim(),
    direction,
    agencyCode: record.MaDonViSo.trim(),
    reference,
    number: slash > 0 ? reference.slice(0, slash) : null,
    symbol: slash > 0 ? reference.slice(slash + 1) : null,
    registerNumber: legacyOptionalText(record.SoDen),
    subject: legacyText(record.TrichYeu),
    type: DOCUMENT_TYPES[typeCode]?.type ?? DocumentType.OTHER,
    typeCode,
    issuerCode: legacyOptionalText(record.MaCoQuanBanHanh),
    issuerName: legacyText(record.TenCoQuanBanHanh),
    issuedAt: parseLegacyInstant('NgayBanHanh', record.NgayBanHanh) as Date,
    registeredAt: parseLegacyInstant('NgayDen', record.NgayDen),
    signer: signerName ? { name: signerName, position: legacyOptionalText(record.ChucVuNguoiKy), competence } : null,
    urgency: URGENCY[enumIndex('DoKhan', record.DoKhan, URGENCY.length)] as Urgency,
    secrecy: enumIndex('DoMat', record.DoMat, 4),
    dueDate: parseLegacyDate('HanXuLy', record.HanXuLy),
    digitallySigned: parseLegacyBool('KySo', record.KySo),
  };
}

export function mapTask(record: z.infer<typeof legacyTaskSchema>): TaskRecord {
  const progress = parseLegacyInt('TienDo', record.TienDo || '0');
  if (progress < 0 || progress > 100) throw new LegacyFormatError('TienDo', `not a percentage: ${JSON.stringify(record.TienDo)}`);
  return {
    id: record.MaNhiemVu.trim(),
    title: legacyText(record.TenNhiemVu),
    assignedByCode: legacyOptionalText(record.MaDonViGiao),
    leadAgencyCode: record.MaDonViChuTri.trim(),
    coAgencyCodes: splitLegacyList(record.DonViPhoiHop),
    assignedAt: parseLegacyInstant('NgayGiao', record.NgayGiao) as Date,
    dueDate: parseLegacyDate('HanXuLy', record.HanXuLy) as string,
    completedAt: parseLegacyInstant('NgayHoanThanh', record.NgayHoanThanh),
    progress,
    sourceDocumentId: legacyOptionalText(record.IDVanBan),
  };
}

export function mapDocumentCounts(row: z.infer<typeof legacyDocumentCountsSchema>): DocumentCounts {
  return {
    incoming: parseLegacyInt('VanBanDen', row.VanBanDen),
    outgoing: parseLegacyInt('VanBanDi', row.VanBanDi),
    outgoingSigned: parseLegacyInt('VanBanDiKySo', row.VanBanDiKySo),
  };
}

export function mapTaskCounts(row: z.infer<typeof legacyTaskCountsSchema>): TaskCounts {
  return {
    total: parseLegacyInt('TongSo', row.TongSo),
    doneOnTime: parseLegacyInt('HoanThanhDungHan', row.HoanThanhDungHan),
    doneLate: parseLegacyInt('HoanThanhQuaHan', row.HoanThanhQuaHan),
    openOnTrack: parseLegacyInt('DangThucHienTrongHan', row.DangThucHienTrongHan),
    openOverdue: parseLegacyInt('DangThucHienQuaHan', row.DangThucHienQuaHan),
  };
}
