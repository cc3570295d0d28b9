import { cumulativeWeights } from '../../common/simulator/createRandom.js';

/**
 * The codes of the citizen-feedback system (API.md, "Codes"), and how often each occurs.
 *
 * Index order is the storage order of the packed flags (feedbackFlags.ts), so it must not change.
 */

/** `KenhTiepNhan`: code and label, by storage index. */
export const CHANNELS = [
  { code: '1', name: 'Trực tiếp tại bộ phận tiếp dân' },
  { code: '2', name: 'Tổng đài 1022' },
  { code: '3', name: 'Cổng thông tin điện tử' },
  { code: '4', name: 'Zalo' },
  { code: '5', name: 'Ứng dụng iHanoi' },
] as const;

export const IN_PERSON_CHANNEL = 0;

/** Channel shares: iHanoi and Zalo carry most of it, the hotline a fifth, walk-ins few. */
export const CHANNEL_TABLE = cumulativeWeights([0.08, 0.22, 0.1, 0.25, 0.35]);
/** The same without walk-ins, for nights, weekends and holidays. */
export const REMOTE_CHANNEL_TABLE = cumulativeWeights([0, 0.22, 0.1, 0.25, 0.35]);

/** `MucDo`: 1 normal, 2 urgent, 3 complex, with the working days allowed to accept and to resolve. */
export const SEVERITIES = [
  { code: '1', name: 'Thông thường', acceptDays: 1, resolveDays: 10 },
  { code: '2', name: 'Khẩn cấp', acceptDays: 0, resolveDays: 2 },
  { code: '3', name: 'Phức tạp', acceptDays: 1, resolveDays: 20 },
] as const;

export const SEVERITY_TABLE = cumulativeWeights([0.8, 0.08, 0.12]);

/** `MaLinhVuc` / `TenLinhVuc`, by storage index. */
export const CATEGORIES = [
  { code: 'TTDT', name: 'Trật tự đô thị' },
  { code: 'MT', name: 'Môi trường' },
  { code: 'GT', name: 'Giao thông' },
  { code: 'DD', name: 'Đất đai' },
  { code: 'XD', name: 'Xây dựng' },
  { code: 'ANTT', name: 'An ninh, trật tự' },
  { code: 'YT', name: 'Y tế' },
  { code: 'GD', name: 'Giáo dục' },
  { code: 'DN', name: 'Điện, nước sinh hoạt' },
  { code: 'ATTP', name: 'An toàn thực phẩm' },
  { code: 'TM', name: 'Thương mại, quản lý thị trường' },
  { code: 'CS', name: 'Chính sách xã hội' },
  { code: 'HC', name: 'Thủ tục hành chính' },
  { code: 'KHAC', name: 'Lĩnh vực khác' },
] as const;

export type CategoryCode = (typeof CATEGORIES)[number]['code'];

export function categoryIndex(code: CategoryCode): number {
  return CATEGORIES.findIndex((category) => category.code === code);
}

/** What communes (and, before the reform, districts) are asked about. */
export const LOCAL_CATEGORY_WEIGHTS: Readonly<Partial<Record<CategoryCode, number>>> = {
  TTDT: 30, MT: 18, GT: 8, DD: 10, XD: 12, ANTT: 8, CS: 6, HC: 5, KHAC: 3,
};

/**
 * What each department handles, by its document symbol (hanoiAgencies.ts); `weight` scales its
 * volume against its size (inspectorates and institutes get little feedback).
 */
export const DEPARTMENT_CATEGORIES: Readonly<Record<string, { readonly weight: number; readonly categories: Partial<Record<CategoryCode, number>> }>> = {
  VP: { weight: 0.6, categories: { HC: 6, KHAC: 4 } },
  SNV: { weight: 0.4, categories: { HC: 5, CS: 5 } },
  STC: { weight: 0.4, categories: { TM: 6, KHAC: 4 } },
  STP: { weight: 0.4, categories: { HC: 10 } },
  SCT: { weight: 1.2, categories: { DN: 5, TM: 3, ATTP: 2 } },
  SXD: { weight: 1.6, categories: { GT: 5, XD: 3, DN: 2 } },
  SNNMT: { weight: 1.5, categories: { MT: 6, DD: 4 } },
  SGDĐT: { weight: 1.0, categories: { GD: 10 } },
  SYT: { weight: 1.0, categories: { YT: 8, ATTP: 2 } },
  SVHTT: { weight: 0.3, categories: { KHAC: 6, TTDT: 4 } },
  SDL: { weight: 0.2, categories: { KHAC: 10 } },
  SKHCN: { weight: 0.1, categories: { KHAC: 10 } },
  QHKT: { weight: 0.4, categories: { XD: 6, DD: 4 } },
  SDTTG: { weight: 0.1, categories: { CS: 10 } },
  TTTP: { weight: 0.3, categories: { HC: 5, KHAC: 5 } },
  BQL: { weight: 0.2, categories: { MT: 10 } },
  CATP: { weight: 1.0, categories: { ANTT: 7, GT: 3 } },
  ĐSĐT: { weight: 0.2, categories: { GT: 10 } },
  BQLDADD: { weight: 0.2, categories: { XD: 10 } },
  BQLDAGT: { weight: 0.3, categories: { GT: 10 } },
  BQLDACN: { weight: 0.3, categories: { MT: 5, DN: 5 } },
  TTPVHCC: { weight: 0.5, categories: { HC: 10 } },
  ĐPTTH: { weight: 0.05, categories: { KHAC: 10 } },
  VNC: { weight: 0.02, categories: { KHAC: 10 } },
  QĐTPT: { weight: 0.02, categories: { KHAC: 10 } },
};

/** The city people's committee itself takes what no one else can. */
export const CITY_CATEGORY_WEIGHTS: Readonly<Partial<Record<CategoryCode, number>>> = { HC: 4, KHAC: 4, TTDT: 2 };

/** `TrangThai`, as of an instant. */
export const STATUSES = [
  { code: '1', name: 'Chờ tiếp nhận' },
  { code: '2', name: 'Đã tiếp nhận' },
  { code: '3', name: 'Đang xử lý' },
  { code: '4', name: 'Đã xử lý xong' },
  { code: '5', name: 'Từ chối tiếp nhận' },
] as const;

export const STATUS = { received: 1, accepted: 2, processing: 3, resolved: 4, rejected: 5 } as const;

/** `MucDoHaiLong`, by storage value (0 = not rated). */
export const RATINGS = [
  { code: '', name: '' },
  { code: '1', name: 'Hài lòng' },
  { code: '2', name: 'Bình thường' },
  { code: '3', name: 'Không hài lòng' },
] as const;

export const SATISFIED = 1;

/** Turns a code → weight map into the parallel arrays a draw needs. */
export function categoryTable(weights: Readonly<Partial<Record<CategoryCode, number>>>): { readonly indices: readonly number[]; readonly table: Float64Array } {
  const entries = Object.entries(weights) as [CategoryCode, number][];
  return { indices: entries.map(([code]) => categoryIndex(code)), table: cumulativeWeights(entries.map(([, weight]) => weight)) };
}
