import { z } from 'zod';
import { LegacyFormatError, legacyText, parseLegacyBool, parseLegacyInt } from '../../common/legacy/legacyFormat.js';
import { ApplicantKind, DOSSIER_CHANNELS, DOSSIER_STATUSES, DossierChannel, DossierStatus, PROCEDURE_LEVELS, ProcedureLevel } from '../schema/enums.js';
import { parsePortalDate, parsePortalInstant } from './portalInstant.js';

/**
 * A dossier in GovGraph's terms. The applicant's name and id number (a citizen's personal id:
 * personal data) are kept for the Applicant resolvers, which show them only through the
 * personal-data guard.
 */
export interface DossierRecord {
  readonly code: string;
  readonly procedureCode: string;
  readonly agencyCode: string;
  readonly status: DossierStatus;
  readonly channel: DossierChannel;
  readonly applicantKind: ApplicantKind;
  /** `ChuHoSo`: a citizen's name (personal data) or an organisation's. */
  readonly applicantName: string;
  /** `SoGiayToChuHoSo`: a citizen's 12-digit personal id (personal data) or an enterprise code. */
  readonly applicantIdNumber: string;
  readonly submittedAt: Date | null;
  readonly receivedAt: Date | null;
  /** Appointment date in force (`YYYY-MM-DD`), null when not received. */
  readonly appointmentAt: string | null;
  readonly supplementRequestedAt: Date | null;
  readonly supplementReceivedAt: Date | null;
  /** When handling ended (resolved, withdrawn, stopped or refused). */
  readonly finishedAt: Date | null;
  readonly returnedAt: Date | null;
  readonly authenticatedWithVNeID: boolean;
  readonly feesPaidOnline: boolean;
}

export interface ProcedureRecord {
  readonly code: string;
  readonly name: string;
  readonly fieldCode: string;
  readonly field: string;
  readonly level: ProcedureLevel;
  readonly processingDays: number;
  readonly fullyOnline: boolean;
}

/** The figures of `dossierSummary`, summed over agencies. */
export interface DossierCounts {
  readonly received: number;
  readonly receivedOnline: number;
  readonly resolved: number;
  readonly resolvedOnTime: number;
  readonly resolvedLate: number;
}

export const legacyDossierSchema = z.object({
  MaHoSo: z.string().min(1),
  MaTTHC: z.string().min(1),
  MaDonVi: z.string().min(1),
  ChuHoSo: z.string(),
  SoGiayToChuHoSo: z.string(),
  DoiTuongNop: z.string(),
  KenhThucHien: z.string(),
  TrangThaiHoSo: z.string(),
  NgayNopHoSo: z.string(),
  NgayTiepNhan: z.string(),
  NgayHenTra: z.string(),
  NgayYeuCauBoSung: z.string(),
  NgayNhanBoSung: z.string(),
  NgayKetThucXuLy: z.string(),
  NgayTra: z.string(),
  XacThucVNeID: z.string(),
  ThanhToanTrucTuyen: z.string(),
});

export const legacyProcedureSchema = z.object({
  MaTTHC: z.string().min(1),
  TenTTHC: z.string().min(1),
  MaLinhVuc: z.string(),
  TenLinhVuc: z.string(),
  CapThucHien: z.string(),
  ThoiHanGiaiQuyet: z.string(),
  DichVuCongToanTrinh: z.string(),
});

export const legacyDossierCountsSchema = z.object({
  MaDonVi: z.string(),
  SoTiepNhan: z.string(),
  SoTiepNhanTrucTuyen: z.string(),
  SoDaGiaiQuyet: z.string(),
  SoGiaiQuyetDungHan: z.string(),
  SoGiaiQuyetQuaHan: z.string(),
});

/** A 1-based legacy code looked up in a list of enum values. */
function coded<T>(field: string, value: string, values: readonly T[]): T {
  const code = parseLegacyInt(field, value);
  const result = values[code - 1];
  if (result === undefined || code < 1) throw new LegacyFormatError(field, `unknown code ${JSON.stringify(value)}`);
  return result;
}

const NEVER_RECEIVED = new Set([DossierStatus.NEWLY_REGISTERED, DossierStatus.NOT_RECEIVED]);
const FINISHED = new Set([DossierStatus.RESOLVED, DossierStatus.RESULT_RETURNED]);

export function mapDossier(record: z.infer<typeof legacyDossierSchema>): DossierRecord {
  const status = coded('TrangThaiHoSo', record.TrangThaiHoSo, DOSSIER_STATUSES);
  const receivedAt = parsePortalInstant('NgayTiepNhan', record.NgayTiepNhan);
  const appointmentDate = parsePortalDate('NgayHenTra', record.NgayHenTra);
  const finishedAt = parsePortalInstant('NgayKetThucXuLy', record.NgayKetThucXuLy);
  const returnedAt = parsePortalInstant('NgayTra', record.NgayTra);
  // A status the dates contradict would become a wrong figure: refuse the record instead.
  if (!NEVER_RECEIVED.has(status) && (receivedAt === null || appointmentDate === null)) {
    throw new LegacyFormatError('NgayTiepNhan', `status ${record.TrangThaiHoSo} without a reception and an appointment`);
  }
  if (FINISHED.has(status) && finishedAt === null) throw new LegacyFormatError('NgayKetThucXuLy', `status ${record.TrangThaiHoSo} without an end of processing`);
  if (status === DossierStatus.RESULT_RETURNED && returnedAt === null) throw new LegacyFormatError('NgayTra', 'status 10 without a return date');
  const applicant = record.DoiTuongNop.trim();
  if (applicant !== '1' && applicant !== '2') throw new LegacyFormatError('DoiTuongNop', `expected 1 or 2, got ${JSON.stringify(record.DoiTuongNop)}`);
  return {
    code: record.MaHoSo.trim(),
    procedureCode: record.MaTTHC.trim(),
    agencyCode: record.MaDonVi.trim(),
    status,
    channel: coded('KenhThucHien', record.KenhThucHien, DOSSIER_CHANNELS),
    applicantKind: applicant === '1' ? ApplicantKind.CITIZEN : ApplicantKind.ORGANISATION,
    applicantName: legacyText(record.ChuHoSo),
    applicantIdNumber: record.SoGiayToChuHoSo.trim(),
    submittedAt: parsePortalInstant('NgayNopHoSo', record.NgayNopHoSo),
    receivedAt,
    appointmentAt: appointmentDate,
    supplementRequestedAt: parsePortalInstant('NgayYeuCauBoSung', record.NgayYeuCauBoSung),
    supplementReceivedAt: parsePortalInstant('NgayNhanBoSung', record.NgayNhanBoSung),
    finishedAt,
    returnedAt,
    authenticatedWithVNeID: parseLegacyBool('XacThucVNeID', record.XacThucVNeID),
    feesPaidOnline: parseLegacyBool('ThanhToanTrucTuyen', record.ThanhToanTrucTuyen),
  };
}

export function mapProcedure(record: z.infer<typeof legacyProcedureSchema>): ProcedureRecord {
  const processingDays = parseLegacyInt('ThoiHanGiaiQuyet', record.ThoiHanGiaiQuyet);
  if (processingDays < 0) throw new LegacyFormatError('ThoiHanGiaiQuyet', `negative: ${JSON.stringify(record.ThoiHanGiaiQuyet)}`);
  return {
    code: record.MaTTHC.trim(),
    name: legacyText(record.TenTTHC),
    fieldCode: legacyText(record.MaLinhVuc),
    field: legacyText(record.TenLinhVuc),
    level: coded('CapThucHien', record.CapThucHien, PROCEDURE_LEVELS),
    processingDays,
    fullyOnline: parseLegacyBool('DichVuCongToanTrinh', record.DichVuCongToanTrinh),
  };
}

export function mapDossierCounts(row: z.infer<typeof legacyDossierCountsSchema>): DossierCounts {
  const counts = {
    received: parseLegacyInt('SoTiepNhan', row.SoTiepNhan),
    receivedOnline: parseLegacyInt('SoTiepNhanTrucTuyen', row.SoTiepNhanTrucTuyen),
    resolved: parseLegacyInt('SoDaGiaiQuyet', row.SoDaGiaiQuyet),
    resolvedOnTime: parseLegacyInt('SoGiaiQuyetDungHan', row.SoGiaiQuyetDungHan),
    resolvedLate: parseLegacyInt('SoGiaiQuyetQuaHan', row.SoGiaiQuyetQuaHan),
  };
  if (counts.resolvedOnTime + counts.resolvedLate !== counts.resolved) {
    throw new LegacyFormatError('SoDaGiaiQuyet', 'on-time and late dossiers do not add up to the resolved ones');
  }
  if (counts.receivedOnline > counts.received) throw new LegacyFormatError('SoTiepNhanTrucTuyen', 'more online dossiers than received ones');
  return counts;
}
