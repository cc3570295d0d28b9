import { registerEnumType } from 'type-graphql';

export enum DocumentDirection {
  INCOMING = 'INCOMING',
  OUTGOING = 'OUTGOING',
}

registerEnumType(DocumentDirection, {
  name: 'DocumentDirection',
  valuesConfig: {
    INCOMING: { description: 'Văn bản đến — registered as received (legacy LoaiSo 1).' },
    OUTGOING: { description: 'Văn bản đi — issued by the agency (legacy LoaiSo 2).' },
  },
});

/** The 29 administrative document types of Decree 30/2020/NĐ-CP, plus OTHER for codes a system adds. */
export enum DocumentType {
  RESOLUTION = 'RESOLUTION',
  DECISION = 'DECISION',
  DIRECTIVE = 'DIRECTIVE',
  REGULATION = 'REGULATION',
  RULES = 'RULES',
  COMMUNIQUE = 'COMMUNIQUE',
  NOTICE = 'NOTICE',
  GUIDANCE = 'GUIDANCE',
  PROGRAMME = 'PROGRAMME',
  PLAN = 'PLAN',
  SCHEME = 'SCHEME',
  PROPOSAL = 'PROPOSAL',
  PROJECT = 'PROJECT',
  REPORT = 'REPORT',
  MINUTES = 'MINUTES',
  SUBMISSION = 'SUBMISSION',
  CONTRACT = 'CONTRACT',
  OFFICIAL_LETTER = 'OFFICIAL_LETTER',
  OFFICIAL_TELEGRAM = 'OFFICIAL_TELEGRAM',
  MEMORANDUM_OF_UNDERSTANDING = 'MEMORANDUM_OF_UNDERSTANDING',
  AGREEMENT = 'AGREEMENT',
  POWER_OF_ATTORNEY = 'POWER_OF_ATTORNEY',
  INVITATION = 'INVITATION',
  LETTER_OF_INTRODUCTION = 'LETTER_OF_INTRODUCTION',
  LEAVE_PERMIT = 'LEAVE_PERMIT',
  DISPATCH_NOTE = 'DISPATCH_NOTE',
  TRANSFER_NOTE = 'TRANSFER_NOTE',
  NOTIFICATION_SLIP = 'NOTIFICATION_SLIP',
  PUBLIC_LETTER = 'PUBLIC_LETTER',
  OTHER = 'OTHER',
}

/** Legacy `MaLoaiVanBan` (the Decree's abbreviation) → type, with the Vietnamese name. */
export const DOCUMENT_TYPES: Readonly<Record<string, { type: DocumentType; label: string }>> = {
  NQ: { type: DocumentType.RESOLUTION, label: 'Nghị quyết (cá biệt)' },
  QĐ: { type: DocumentType.DECISION, label: 'Quyết định' },
  CT: { type: DocumentType.DIRECTIVE, label: 'Chỉ thị' },
  QC: { type: DocumentType.REGULATION, label: 'Quy chế' },
  QYĐ: { type: DocumentType.RULES, label: 'Quy định' },
  TC: { type: DocumentType.COMMUNIQUE, label: 'Thông cáo' },
  TB: { type: DocumentType.NOTICE, label: 'Thông báo' },
  HD: { type: DocumentType.GUIDANCE, label: 'Hướng dẫn' },
  CTr: { type: DocumentType.PROGRAMME, label: 'Chương trình' },
  KH: { type: DocumentType.PLAN, label: 'Kế hoạch' },
  PA: { type: DocumentType.SCHEME, label: 'Phương án' },
  ĐA: { type: DocumentType.PROPOSAL, label: 'Đề án' },
  DA: { type: DocumentType.PROJECT, label: 'Dự án' },
  BC: { type: DocumentType.REPORT, label: 'Báo cáo' },
  BB: { type: DocumentType.MINUTES, label: 'Biên bản' },
  TTr: { type: DocumentType.SUBMISSION, label: 'Tờ trình' },
  HĐ: { type: DocumentType.CONTRACT, label: 'Hợp đồng' },
  CV: { type: DocumentType.OFFICIAL_LETTER, label: 'Công văn' },
  CĐ: { type: DocumentType.OFFICIAL_TELEGRAM, label: 'Công điện' },
  BGN: { type: DocumentType.MEMORANDUM_OF_UNDERSTANDING, label: 'Bản ghi nhớ' },
  BTT: { type: DocumentType.AGREEMENT, label: 'Bản thỏa thuận' },
  GUQ: { type: DocumentType.POWER_OF_ATTORNEY, label: 'Giấy ủy quyền' },
  GM: { type: DocumentType.INVITATION, label: 'Giấy mời' },
  GGT: { type: DocumentType.LETTER_OF_INTRODUCTION, label: 'Giấy giới thiệu' },
  GNP: { type: DocumentType.LEAVE_PERMIT, label: 'Giấy nghỉ phép' },
  PG: { type: DocumentType.DISPATCH_NOTE, label: 'Phiếu gửi' },
  PC: { type: DocumentType.TRANSFER_NOTE, label: 'Phiếu chuyển' },
  PB: { type: DocumentType.NOTIFICATION_SLIP, label: 'Phiếu báo' },
  THC: { type: DocumentType.PUBLIC_LETTER, label: 'Thư công' },
};

registerEnumType(DocumentType, {
  name: 'DocumentType',
  description: 'Loại văn bản hành chính — the administrative document types of Decree 30/2020/NĐ-CP.',
  valuesConfig: Object.fromEntries([
    ...Object.entries(DOCUMENT_TYPES).map(([code, { type, label }]) => [type, { description: `${label} (${code})` }]),
    [DocumentType.OTHER, { description: 'A type code the source system uses that is not in the Decree; see `typeCode`.' }],
  ]),
});

export enum Urgency {
  NORMAL = 'NORMAL',
  URGENT = 'URGENT',
  VERY_URGENT = 'VERY_URGENT',
  FLASH = 'FLASH',
  FLASH_TIMED = 'FLASH_TIMED',
}

registerEnumType(Urgency, {
  name: 'Urgency',
  description: 'Độ khẩn — urgency (legacy DoKhan 0–4).',
  valuesConfig: {
    NORMAL: { description: 'Thường (0).' },
    URGENT: { description: 'Khẩn (1).' },
    VERY_URGENT: { description: 'Thượng khẩn (2).' },
    FLASH: { description: 'Hỏa tốc (3).' },
    FLASH_TIMED: { description: 'Hỏa tốc hẹn giờ (4).' },
  },
});

export enum SigningCompetence {
  ON_BEHALF_OF_HEAD = 'ON_BEHALF_OF_HEAD',
  ON_BEHALF_OF_COLLECTIVE = 'ON_BEHALF_OF_COLLECTIVE',
  BY_ORDER = 'BY_ORDER',
  BY_AUTHORISATION = 'BY_AUTHORISATION',
  IN_OWN_NAME = 'IN_OWN_NAME',
}

registerEnumType(SigningCompetence, {
  name: 'SigningCompetence',
  description: 'Thẩm quyền ký — in whose name the signer signed.',
  valuesConfig: {
    ON_BEHALF_OF_HEAD: { description: 'KT. — ký thay the head.' },
    ON_BEHALF_OF_COLLECTIVE: { description: 'TM. — thay mặt a collective body.' },
    BY_ORDER: { description: 'TL. — thừa lệnh.' },
    BY_AUTHORISATION: { description: 'TUQ. — thừa ủy quyền.' },
    IN_OWN_NAME: { description: 'The head signs in their own name.' },
  },
});

export enum TaskStatus {
  DONE_ON_TIME = 'DONE_ON_TIME',
  DONE_LATE = 'DONE_LATE',
  OPEN_ON_TRACK = 'OPEN_ON_TRACK',
  OPEN_OVERDUE = 'OPEN_OVERDUE',
}

registerEnumType(TaskStatus, {
  name: 'TaskStatus',
  description: 'The four buckets of every Vietnamese task report, as of an instant.',
  valuesConfig: {
    DONE_ON_TIME: { description: 'Hoàn thành đúng hạn — completed on or before the due date (legacy tinhTrang 3).' },
    DONE_LATE: { description: 'Hoàn thành quá hạn — completed after the due date (4).' },
    OPEN_ON_TRACK: { description: 'Đang thực hiện trong hạn — not completed, due date not passed (1).' },
    OPEN_OVERDUE: { description: 'Đang thực hiện quá hạn — not completed, due date passed (2).' },
  },
});

/** Legacy `tinhTrang` codes of the task list and statistics. */
export const TASK_STATUS_TO_LEGACY: Readonly<Record<TaskStatus, string>> = {
  [TaskStatus.OPEN_ON_TRACK]: '1',
  [TaskStatus.OPEN_OVERDUE]: '2',
  [TaskStatus.DONE_ON_TIME]: '3',
  [TaskStatus.DONE_LATE]: '4',
};
