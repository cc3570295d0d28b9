import { registerEnumType } from 'type-graphql';

/** A dossier's status (legacy `TrangThaiHoSo` 1–10). */
export enum DossierStatus {
  NEWLY_REGISTERED = 'NEWLY_REGISTERED',
  RECEIVED = 'RECEIVED',
  NOT_RECEIVED = 'NOT_RECEIVED',
  PROCESSING = 'PROCESSING',
  SUPPLEMENT_REQUESTED = 'SUPPLEMENT_REQUESTED',
  FINANCIAL_OBLIGATION_REQUESTED = 'FINANCIAL_OBLIGATION_REQUESTED',
  WITHDRAWN = 'WITHDRAWN',
  PROCESSING_STOPPED = 'PROCESSING_STOPPED',
  RESOLVED = 'RESOLVED',
  RESULT_RETURNED = 'RESULT_RETURNED',
}

/** Legacy codes in order: `DOSSIER_STATUSES[code - 1]`. */
export const DOSSIER_STATUSES: readonly DossierStatus[] = [
  DossierStatus.NEWLY_REGISTERED,
  DossierStatus.RECEIVED,
  DossierStatus.NOT_RECEIVED,
  DossierStatus.PROCESSING,
  DossierStatus.SUPPLEMENT_REQUESTED,
  DossierStatus.FINANCIAL_OBLIGATION_REQUESTED,
  DossierStatus.WITHDRAWN,
  DossierStatus.PROCESSING_STOPPED,
  DossierStatus.RESOLVED,
  DossierStatus.RESULT_RETURNED,
];

/** The legacy code of a status. */
export function legacyStatusCode(status: DossierStatus): number {
  return DOSSIER_STATUSES.indexOf(status) + 1;
}

registerEnumType(DossierStatus, {
  name: 'DossierStatus',
  description: 'Trạng thái hồ sơ — a dossier\'s status in the one-stop-shop system (legacy TrangThaiHoSo).',
  valuesConfig: {
    NEWLY_REGISTERED: { description: 'Mới đăng ký — registered online, not yet checked (1).' },
    RECEIVED: { description: 'Đã tiếp nhận — received, not yet passed on for processing (2).' },
    NOT_RECEIVED: { description: 'Không được tiếp nhận — refused at reception (3).' },
    PROCESSING: { description: 'Đang xử lý — being processed (4).' },
    SUPPLEMENT_REQUESTED: { description: 'Yêu cầu bổ sung — waiting for the applicant to supplement the dossier (5).' },
    FINANCIAL_OBLIGATION_REQUESTED: { description: 'Yêu cầu thực hiện nghĩa vụ tài chính — waiting for the applicant to pay taxes or fees (6).' },
    WITHDRAWN: { description: 'Công dân yêu cầu rút hồ sơ — withdrawn by the applicant (7).' },
    PROCESSING_STOPPED: { description: 'Dừng xử lý — processing stopped (8).' },
    RESOLVED: { description: 'Đã giải quyết xong — resolved, result not yet returned (9).' },
    RESULT_RETURNED: { description: 'Đã trả kết quả — result returned to the applicant (10).' },
  },
});

export enum DossierChannel {
  IN_PERSON = 'IN_PERSON',
  ONLINE = 'ONLINE',
  POSTAL = 'POSTAL',
}

/** Legacy `KenhThucHien` codes in order. */
export const DOSSIER_CHANNELS: readonly DossierChannel[] = [DossierChannel.IN_PERSON, DossierChannel.ONLINE, DossierChannel.POSTAL];

registerEnumType(DossierChannel, {
  name: 'DossierChannel',
  description: 'Kênh thực hiện — how the dossier was submitted (legacy KenhThucHien).',
  valuesConfig: {
    IN_PERSON: { description: 'Trực tiếp — at the one-stop-shop counter (1).' },
    ONLINE: { description: 'Trực tuyến — through the public-service portal (2).' },
    POSTAL: { description: 'Qua dịch vụ bưu chính công ích — through the public postal service (3).' },
  },
});

export enum ApplicantKind {
  CITIZEN = 'CITIZEN',
  ORGANISATION = 'ORGANISATION',
}

registerEnumType(ApplicantKind, {
  name: 'ApplicantKind',
  description: 'Đối tượng nộp — who applied (legacy DoiTuongNop).',
  valuesConfig: {
    CITIZEN: { description: 'Công dân — a citizen (1).' },
    ORGANISATION: { description: 'Tổ chức, doanh nghiệp — an organisation (2).' },
  },
});

export enum ProcedureLevel {
  PROVINCIAL = 'PROVINCIAL',
  DISTRICT = 'DISTRICT',
  COMMUNE = 'COMMUNE',
}

/** Legacy `CapThucHien` codes in order. */
export const PROCEDURE_LEVELS: readonly ProcedureLevel[] = [ProcedureLevel.PROVINCIAL, ProcedureLevel.DISTRICT, ProcedureLevel.COMMUNE];

registerEnumType(ProcedureLevel, {
  name: 'ProcedureLevel',
  description: 'Cấp thực hiện — the level of government that handles a procedure (legacy CapThucHien).',
  valuesConfig: {
    PROVINCIAL: { description: 'Cấp tỉnh — the city and its departments (1).' },
    DISTRICT: { description: 'Cấp huyện — district level; since 2025-07-01 handled by communes (2).' },
    COMMUNE: { description: 'Cấp xã — commune level (3).' },
  },
});
