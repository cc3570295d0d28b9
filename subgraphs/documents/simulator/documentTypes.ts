import { cumulativeWeights } from '../../common/simulator/createRandom.js';

/**
 * The 29 kinds of administrative documents of Decree 30/2020/NĐ-CP (Article 7), with their
 * abbreviations (Appendix III) and how often each turns up in a city register. Công văn and
 * Thư công have no abbreviation in the decree; the legacy system codes them `CV` and `THC`.
 */
export interface DocumentType {
  /** `MaLoaiVanBan`: the decree's abbreviation, `CV` for Công văn, `THC` for Thư công. */
  readonly code: string;
  /** `TenLoaiVanBan`. */
  readonly name: string;
  /** Relative frequency among incoming documents. */
  readonly incomingWeight: number;
  /** Relative frequency among outgoing documents. */
  readonly outgoingWeight: number;
}

export const DOCUMENT_TYPES: readonly DocumentType[] = [
  { code: 'NQ', name: 'Nghị quyết', incomingWeight: 0.8, outgoingWeight: 0.1 },
  { code: 'QĐ', name: 'Quyết định', incomingWeight: 9, outgoingWeight: 12 },
  { code: 'CT', name: 'Chỉ thị', incomingWeight: 0.8, outgoingWeight: 0.4 },
  { code: 'QC', name: 'Quy chế', incomingWeight: 0.3, outgoingWeight: 0.3 },
  { code: 'QyĐ', name: 'Quy định', incomingWeight: 0.3, outgoingWeight: 0.2 },
  { code: 'TC', name: 'Thông cáo', incomingWeight: 0.05, outgoingWeight: 0.05 },
  { code: 'TB', name: 'Thông báo', incomingWeight: 6, outgoingWeight: 6 },
  { code: 'HD', name: 'Hướng dẫn', incomingWeight: 2, outgoingWeight: 1.5 },
  { code: 'CTr', name: 'Chương trình', incomingWeight: 0.8, outgoingWeight: 0.6 },
  { code: 'KH', name: 'Kế hoạch', incomingWeight: 5, outgoingWeight: 5.5 },
  { code: 'PA', name: 'Phương án', incomingWeight: 0.5, outgoingWeight: 0.6 },
  { code: 'ĐA', name: 'Đề án', incomingWeight: 0.4, outgoingWeight: 0.3 },
  { code: 'DA', name: 'Dự án', incomingWeight: 0.1, outgoingWeight: 0.1 },
  { code: 'BC', name: 'Báo cáo', incomingWeight: 6, outgoingWeight: 9 },
  { code: 'BB', name: 'Biên bản', incomingWeight: 0.8, outgoingWeight: 1 },
  { code: 'TTr', name: 'Tờ trình', incomingWeight: 1.5, outgoingWeight: 3.5 },
  { code: 'HĐ', name: 'Hợp đồng', incomingWeight: 0.3, outgoingWeight: 0.4 },
  { code: 'CV', name: 'Công văn', incomingWeight: 55, outgoingWeight: 48 },
  { code: 'CĐ', name: 'Công điện', incomingWeight: 0.4, outgoingWeight: 0.2 },
  { code: 'BGN', name: 'Bản ghi nhớ', incomingWeight: 0.05, outgoingWeight: 0.05 },
  { code: 'BTT', name: 'Bản thỏa thuận', incomingWeight: 0.05, outgoingWeight: 0.05 },
  { code: 'GUQ', name: 'Giấy ủy quyền', incomingWeight: 0.2, outgoingWeight: 0.3 },
  { code: 'GM', name: 'Giấy mời', incomingWeight: 7, outgoingWeight: 6 },
  { code: 'GGT', name: 'Giấy giới thiệu', incomingWeight: 0.3, outgoingWeight: 0.6 },
  { code: 'GNP', name: 'Giấy nghỉ phép', incomingWeight: 0.05, outgoingWeight: 0.3 },
  { code: 'PG', name: 'Phiếu gửi', incomingWeight: 0.3, outgoingWeight: 0.4 },
  { code: 'PC', name: 'Phiếu chuyển', incomingWeight: 1, outgoingWeight: 0.8 },
  { code: 'PB', name: 'Phiếu báo', incomingWeight: 0.2, outgoingWeight: 0.2 },
  { code: 'THC', name: 'Thư công', incomingWeight: 0.1, outgoingWeight: 0.1 },
];

/** Index of Công văn, the type whose number reads `452/UBND-KT` instead of `452/CV-UBND`. */
export const OFFICIAL_LETTER_TYPE = DOCUMENT_TYPES.findIndex((type) => type.code === 'CV');

/** Cumulative tables for picking a type by direction. */
export const INCOMING_TYPE_TABLE = cumulativeWeights(DOCUMENT_TYPES.map((type) => type.incomingWeight));
export const OUTGOING_TYPE_TABLE = cumulativeWeights(DOCUMENT_TYPES.map((type) => type.outgoingWeight));
