import { countInRanges, lowerBound, pageOfMergedRanges, upperBound, type IndexRange } from '../../common/simulator/mergeRanges.js';
import { CHANNEL_MASK, PUBLISHED_BIT } from './feedbackFlags.js';
import { statusAt } from './legacyFeedback.js';
import type { FeedbackStore } from './seedFeedback.js';

/** A list request, already resolved to agency indices, minute bounds and storage codes. */
export interface FeedbackQuery {
  /** Handling agencies searched. */
  readonly agencies: readonly number[];
  /** Inclusive bounds on the reception time; the upper one already capped at the clock's now. */
  readonly fromMinute: number;
  readonly toMinute: number;
  /** Channel index (CHANNELS), or any. */
  readonly channel?: number | undefined;
  /** `TrangThai` 1–5 as of `now`, or any. */
  readonly status?: number | undefined;
  /** Only published (`true`) or only unpublished (`false`) feedback, or both. */
  readonly published?: boolean | undefined;
  /** The clock's now, in simulator minutes. */
  readonly now: number;
}

/** A position in the list: just after the row with this reception minute and index (newest first). */
export interface ListPosition {
  readonly minute: number;
  readonly row: number;
}

/** Each agency's rows received within the bounds (binary search, no scan). */
export function feedbackRanges(store: FeedbackStore, agencies: readonly number[], fromMinute: number, toMinute: number): IndexRange[] {
  return agencies.map((agency) => {
    const start = store.handlerStart[agency] ?? 0;
    const end = store.handlerStart[agency + 1] ?? 0;
    return { lo: lowerBound(store.receivedAt, start, end, fromMinute), hi: upperBound(store.receivedAt, start, end, toMinute) };
  });
}

/** The part of a range that comes after `position` in newest-first order: keys below (minute, row). */
function before(store: FeedbackStore, range: IndexRange, position: ListPosition): IndexRange {
  const first = lowerBound(store.receivedAt, range.lo, range.hi, position.minute);
  const last = upperBound(store.receivedAt, range.lo, range.hi, position.minute);
  // Rows of the same minute are in index order within an agency's range.
  return { lo: range.lo, hi: Math.min(Math.max(position.row, first), last) };
}

/** One test of the packed flags (channel, publication), plus the status as of now when asked. */
function predicate(store: FeedbackStore, query: FeedbackQuery): ((row: number) => boolean) | undefined {
  const flags = store.flags;
  const mask = (query.channel === undefined ? 0 : CHANNEL_MASK) | (query.published === undefined ? 0 : PUBLISHED_BIT);
  const want = (query.channel ?? 0) | (query.published === true ? PUBLISHED_BIT : 0);
  const { status, now } = query;
  if (status === undefined) return mask === 0 ? undefined : (row) => ((flags[row] as number) & mask) === want;
  return (row) => ((flags[row] as number) & mask) === want && statusAt(store, row, now) === status;
}

/**
 * One page of feedback, newest reception first (ties: highest id first), after `position`, with
 * the total of the whole list and where the next page starts (`undefined` on the last page).
 */
export function listFeedback(
  store: FeedbackStore,
  query: FeedbackQuery,
  position: ListPosition | undefined,
  limit: number,
): { total: number; rows: number[]; next: ListPosition | undefined } {
  const ranges = feedbackRanges(store, query.agencies, query.fromMinute, query.toMinute);
  const accept = predicate(store, query);
  const total = countInRanges(ranges, accept);
  const remaining = position === undefined ? ranges : ranges.map((range) => before(store, range, position));
  const rows = pageOfMergedRanges(remaining, store.receivedAt, 'desc', 0, limit + 1, accept);
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  const last = page.at(-1);
  return { total, rows: page, next: more && last !== undefined ? { minute: store.receivedAt[last] as number, row: last } : undefined };
}
