import { registerEnumType } from 'type-graphql';

export enum FeedbackChannel {
  ZALO = 'ZALO',
  IHANOI = 'IHANOI',
  HOTLINE = 'HOTLINE',
  PORTAL = 'PORTAL',
  IN_PERSON = 'IN_PERSON',
}

/** Legacy `KenhTiepNhan` → channel. */
export const CHANNEL_FROM_LEGACY: Readonly<Record<string, FeedbackChannel>> = {
  '1': FeedbackChannel.IN_PERSON,
  '2': FeedbackChannel.HOTLINE,
  '3': FeedbackChannel.PORTAL,
  '4': FeedbackChannel.ZALO,
  '5': FeedbackChannel.IHANOI,
};

export const CHANNEL_TO_LEGACY: Readonly<Record<FeedbackChannel, string>> = Object.fromEntries(
  Object.entries(CHANNEL_FROM_LEGACY).map(([code, channel]) => [channel, code]),
) as Record<FeedbackChannel, string>;

registerEnumType(FeedbackChannel, {
  name: 'FeedbackChannel',
  description: 'Kênh tiếp nhận — how the feedback reached the city.',
  valuesConfig: {
    ZALO: { description: 'Zalo official account (legacy KenhTiepNhan 4).' },
    IHANOI: { description: 'Ứng dụng iHanoi, the city\'s app (5).' },
    HOTLINE: { description: 'Tổng đài 1022, the city\'s hotline (2).' },
    PORTAL: { description: 'Cổng thông tin điện tử, the web portal (3).' },
    IN_PERSON: { description: 'Trực tiếp — handed in at a reception desk (1).' },
  },
});

export enum FeedbackCategory {
  URBAN_ORDER = 'URBAN_ORDER',
  ENVIRONMENT = 'ENVIRONMENT',
  TRAFFIC = 'TRAFFIC',
  LAND = 'LAND',
  CONSTRUCTION = 'CONSTRUCTION',
  SECURITY = 'SECURITY',
  HEALTH = 'HEALTH',
  EDUCATION = 'EDUCATION',
  UTILITIES = 'UTILITIES',
  FOOD_SAFETY = 'FOOD_SAFETY',
  TRADE = 'TRADE',
  SOCIAL_POLICY = 'SOCIAL_POLICY',
  ADMINISTRATIVE_PROCEDURES = 'ADMINISTRATIVE_PROCEDURES',
  OTHER = 'OTHER',
}

/** Legacy `MaLinhVuc` → category, with the Vietnamese label. */
export const CATEGORY_FROM_LEGACY: Readonly<Record<string, { category: FeedbackCategory; label: string }>> = {
  TTDT: { category: FeedbackCategory.URBAN_ORDER, label: 'Trật tự đô thị' },
  MT: { category: FeedbackCategory.ENVIRONMENT, label: 'Môi trường' },
  GT: { category: FeedbackCategory.TRAFFIC, label: 'Giao thông' },
  DD: { category: FeedbackCategory.LAND, label: 'Đất đai' },
  XD: { category: FeedbackCategory.CONSTRUCTION, label: 'Xây dựng' },
  ANTT: { category: FeedbackCategory.SECURITY, label: 'An ninh, trật tự' },
  YT: { category: FeedbackCategory.HEALTH, label: 'Y tế' },
  GD: { category: FeedbackCategory.EDUCATION, label: 'Giáo dục' },
  DN: { category: FeedbackCategory.UTILITIES, label: 'Điện, nước sinh hoạt' },
  ATTP: { category: FeedbackCategory.FOOD_SAFETY, label: 'An toàn thực phẩm' },
  TM: { category: FeedbackCategory.TRADE, label: 'Thương mại, quản lý thị trường' },
  CS: { category: FeedbackCategory.SOCIAL_POLICY, label: 'Chính sách xã hội' },
  HC: { category: FeedbackCategory.ADMINISTRATIVE_PROCEDURES, label: 'Thủ tục hành chính' },
  KHAC: { category: FeedbackCategory.OTHER, label: 'Lĩnh vực khác' },
};

registerEnumType(FeedbackCategory, {
  name: 'FeedbackCategory',
  description: 'Lĩnh vực — what the feedback is about.',
  valuesConfig: Object.fromEntries(
    Object.entries(CATEGORY_FROM_LEGACY).map(([code, { category, label }]) => [
      category,
      { description: category === FeedbackCategory.OTHER ? `${label} (${code}), and any code the system adds; see \`categoryName\`.` : `${label} (${code}).` },
    ]),
  ),
});

export enum FeedbackSeverity {
  NORMAL = 'NORMAL',
  URGENT = 'URGENT',
  COMPLEX = 'COMPLEX',
}

export const SEVERITY_FROM_LEGACY: Readonly<Record<string, FeedbackSeverity>> = {
  '1': FeedbackSeverity.NORMAL,
  '2': FeedbackSeverity.URGENT,
  '3': FeedbackSeverity.COMPLEX,
};

registerEnumType(FeedbackSeverity, {
  name: 'FeedbackSeverity',
  description: 'Mức độ — decides the deadlines (in working days).',
  valuesConfig: {
    NORMAL: { description: 'Thông thường (legacy MucDo 1): accepted within 1 working day, resolved within 10.' },
    URGENT: { description: 'Khẩn cấp (2): accepted the same working day, resolved within 2.' },
    COMPLEX: { description: 'Phức tạp (3): accepted within 1 working day, resolved within 20.' },
  },
});

export enum FeedbackStatus {
  RECEIVED = 'RECEIVED',
  ACCEPTED = 'ACCEPTED',
  PROCESSING = 'PROCESSING',
  RESOLVED = 'RESOLVED',
  REJECTED = 'REJECTED',
}

export const STATUS_FROM_LEGACY: Readonly<Record<string, FeedbackStatus>> = {
  '1': FeedbackStatus.RECEIVED,
  '2': FeedbackStatus.ACCEPTED,
  '3': FeedbackStatus.PROCESSING,
  '4': FeedbackStatus.RESOLVED,
  '5': FeedbackStatus.REJECTED,
};

export const STATUS_TO_LEGACY: Readonly<Record<FeedbackStatus, string>> = Object.fromEntries(
  Object.entries(STATUS_FROM_LEGACY).map(([code, status]) => [status, code]),
) as Record<FeedbackStatus, string>;

registerEnumType(FeedbackStatus, {
  name: 'FeedbackStatus',
  description: 'Trạng thái — where the feedback stands now.',
  valuesConfig: {
    RECEIVED: { description: 'Chờ tiếp nhận — received, not yet accepted (legacy TrangThai 1).' },
    ACCEPTED: { description: 'Đã tiếp nhận — accepted and assigned to a handler (2).' },
    PROCESSING: { description: 'Đang xử lý — being handled (3).' },
    RESOLVED: { description: 'Đã xử lý xong — resolved (4).' },
    REJECTED: { description: 'Từ chối tiếp nhận — closed without being accepted (out of competence, duplicate, not enough information) (5).' },
  },
});

export enum Satisfaction {
  SATISFIED = 'SATISFIED',
  NEUTRAL = 'NEUTRAL',
  DISSATISFIED = 'DISSATISFIED',
}

export const SATISFACTION_FROM_LEGACY: Readonly<Record<string, Satisfaction>> = {
  '1': Satisfaction.SATISFIED,
  '2': Satisfaction.NEUTRAL,
  '3': Satisfaction.DISSATISFIED,
};

registerEnumType(Satisfaction, {
  name: 'Satisfaction',
  description: 'Mức độ hài lòng — the citizen\'s rating of how the feedback was resolved.',
  valuesConfig: {
    SATISFIED: { description: 'Hài lòng (legacy MucDoHaiLong 1).' },
    NEUTRAL: { description: 'Bình thường (2).' },
    DISSATISFIED: { description: 'Không hài lòng (3).' },
  },
});
