import type { LegacyRecord } from '../../common/simulator/envelope.js';
import { hash32 } from '../../common/simulator/hash32.js';
import { agencyChildren, agencyRanges, hanoiAgencies, REFORM_MINUTE, type HanoiAgency } from '../../common/simulator/hanoiAgencies.js';
import { legacyText, storedAsNfd } from '../../common/simulator/legacyText.js';
import { dayOfMinutes, formatDate, formatInstant } from '../../common/simulator/vietnamTime.js';
import { CATEGORIES, CHANNELS, IN_PERSON_CHANNEL, RATINGS, SEVERITIES, STATUS, STATUSES } from './feedbackCatalogue.js';
import { feedbackContent, submitterOf } from './feedbackContent.js';
import { categoryOf, channelOf, PUBLISHED_BIT, ratingOf, REJECTED_BIT, severityOf } from './feedbackFlags.js';
import { ratedAt, type FeedbackStore } from './seedFeedback.js';

const NFD_SALT = 0xfeed;

/** `PAKN` + 8 digits; the id is the row index + 1. */
export function feedbackId(row: number): string {
  return `PAKN${String(row + 1).padStart(8, '0')}`;
}

/** Row of an id, or -1 when it is not one the store holds. */
export function rowOfFeedbackId(id: string, count: number): number {
  if (!/^PAKN\d{8}$/.test(id)) return -1;
  const row = Number(id.slice(4)) - 1;
  return row >= 0 && row < count ? row : -1;
}

/** `TrangThai` of feedback `row` as of minute `t`: 1 received … 4 resolved, 5 rejected. */
export function statusAt(store: FeedbackStore, row: number, t: number): number {
  if ((store.closedAt[row] as number) <= t) return ((store.flags[row] as number) & REJECTED_BIT) !== 0 ? STATUS.rejected : STATUS.resolved;
  if ((store.processingAt[row] as number) <= t) return STATUS.processing;
  if ((store.acceptedAt[row] as number) <= t) return STATUS.accepted;
  return STATUS.received;
}

/** Deadline day to accept and to resolve, by the shared working-day calendar. */
export function deadlinesOf(store: FeedbackStore, row: number): { accept: number; resolve: number } {
  const severity = SEVERITIES[severityOf(store.flags[row] as number)] ?? SEVERITIES[0];
  const day = dayOfMinutes(store.receivedAt[row] as number);
  return { accept: store.calendar.deadline(day, severity.acceptDays), resolve: store.resolveDeadline[row] as number };
}

/** The commune where the problem is, valid when the feedback came in. */
export function locationOf(store: FeedbackStore, row: number): HanoiAgency {
  const handler = hanoiAgencies[store.handler[row] as number] as HanoiAgency;
  if (handler.kind === 'commune' || handler.kind === 'formerCommune') return handler;
  const h = hash32(store.seed, row, 0x10ca);
  if (handler.kind === 'district') {
    const children = agencyChildren(handler.index);
    return hanoiAgencies[children[h % children.length] as number] as HanoiAgency;
  }
  const [start, end] = (store.receivedAt[row] as number) < REFORM_MINUTE ? agencyRanges.formerCommunes : agencyRanges.communes;
  return hanoiAgencies[start + (h % (end - start))] as HanoiAgency;
}

/**
 * Feedback `row` as the legacy API prints it (API.md, "Feedback record") as of the clock's `now`:
 * what happens after `now` (acceptance, closing, a rating) is not known yet.
 */
export function legacyFeedback(store: FeedbackStore, row: number, now: number): LegacyRecord {
  const flags = store.flags[row] as number;
  const channel = channelOf(flags);
  const category = CATEGORIES[categoryOf(flags)] ?? CATEGORIES[13];
  const severity = SEVERITIES[severityOf(flags)] ?? SEVERITIES[0];
  const status = statusAt(store, row, now);
  const handler = hanoiAgencies[store.handler[row] as number] as HanoiAgency;
  const location = locationOf(store, row);
  const submitter = submitterOf(store.seed, row, channel === IN_PERSON_CHANNEL);
  const { accept, resolve } = deadlinesOf(store, row);
  const accepted = store.acceptedAt[row] as number;
  const closed = store.closedAt[row] as number;
  const rated = status === STATUS.resolved && ratingOf(flags) !== 0 && ratedAt(store, row) <= now;
  const nfd = storedAsNfd(store.seed, NFD_SALT, row);
  return {
    MaPhanAnh: feedbackId(row),
    KenhTiepNhan: CHANNELS[channel]?.code ?? '',
    TenKenhTiepNhan: legacyText(CHANNELS[channel]?.name ?? '', nfd),
    MaLinhVuc: category.code,
    TenLinhVuc: legacyText(category.name, nfd),
    NoiDung: legacyText(feedbackContent(store.seed, row, categoryOf(flags), location.area, submitter), nfd),
    MaXaPhuong: location.code,
    MucDo: severity.code,
    NgayTiepNhan: formatInstant(store.receivedAt[row] as number),
    HanTiepNhan: formatDate(accept),
    HanXuLy: formatDate(resolve),
    NgayThuLy: accepted <= now ? formatInstant(accepted) : '',
    NgayHoanThanh: closed <= now ? formatInstant(closed) : '',
    TrangThai: STATUSES[status - 1]?.code ?? '',
    TenTrangThai: legacyText(STATUSES[status - 1]?.name ?? '', nfd),
    MaDonViXuLy: handler.code,
    TenDonViXuLy: legacyText(handler.name, nfd),
    CongKhai: (flags & PUBLISHED_BIT) !== 0 ? '1' : '0',
    MucDoHaiLong: rated ? (RATINGS[ratingOf(flags)]?.code ?? '') : '',
    NgayDanhGia: rated ? formatInstant(ratedAt(store, row)) : '',
    HoTenNguoiPhanAnh: legacyText(submitter.name, nfd),
    SoDienThoai: submitter.phone,
    Email: submitter.email,
  };
}
