import { dayOfMinutes, MINUTES_PER_DAY } from '../../common/simulator/vietnamTime.js';
import { SATISFIED } from './feedbackCatalogue.js';
import { ratingOf, REJECTED_BIT } from './feedbackFlags.js';
import { feedbackRanges } from './listFeedback.js';
import { MAX_CLOSING_DAYS, ratedAt, type FeedbackStore } from './seedFeedback.js';

/** One row of `GET /api/v1/thongke/phananh`: one handling agency's figures. */
export interface FeedbackCounts {
  readonly agency: number;
  /** Received in the period (and by the as-of instant). */
  readonly received: number;
  /** Of those, resolved by the as-of instant. */
  readonly resolved: number;
  /** Of those, rejected by the as-of instant. */
  readonly rejected: number;
  /** Of those, neither resolved nor rejected at the as-of instant, past the resolution deadline. */
  readonly overdue: number;
  /** Ratings given by the as-of instant to feedback resolved in the period (whenever received). */
  readonly ratings: number;
  /** Of those, "Hài lòng". */
  readonly satisfied: number;
}

/**
 * Figures per handling agency for the period `[fromMinute, toMinute]` as of `asOf` (at most the
 * clock's now): a binary search bounds each agency's rows, a scan of the typed columns counts them.
 */
export function feedbackStatistics(store: FeedbackStore, agencies: readonly number[], fromMinute: number, toMinute: number, asOf: number): FeedbackCounts[] {
  const until = Math.min(toMinute, asOf);
  const asOfDay = dayOfMinutes(asOf);
  const received = feedbackRanges(store, agencies, fromMinute, until);
  // Feedback resolved in the period came in at most MAX_CLOSING_DAYS before it.
  const closing = feedbackRanges(store, agencies, fromMinute - MAX_CLOSING_DAYS * MINUTES_PER_DAY, until);
  const rows: FeedbackCounts[] = [];
  agencies.forEach((agency, i) => {
    const range = received[i] as { lo: number; hi: number };
    let resolved = 0;
    let rejected = 0;
    let overdue = 0;
    for (let row = range.lo; row < range.hi; row++) {
      if ((store.closedAt[row] as number) <= asOf) {
        if (((store.flags[row] as number) & REJECTED_BIT) !== 0) rejected++;
        else resolved++;
      } else if (asOfDay > (store.resolveDeadline[row] as number)) overdue++;
    }
    let ratings = 0;
    let satisfied = 0;
    const window = closing[i] as { lo: number; hi: number };
    for (let row = window.lo; row < window.hi; row++) {
      const flags = store.flags[row] as number;
      const closed = store.closedAt[row] as number;
      if (ratingOf(flags) === 0 || (flags & REJECTED_BIT) !== 0 || closed < fromMinute || closed > until) continue;
      if (ratedAt(store, row) > asOf) continue;
      ratings++;
      if (ratingOf(flags) === SATISFIED) satisfied++;
    }
    const count = range.hi - range.lo;
    if (count > 0 || ratings > 0) rows.push({ agency, received: count, resolved, rejected, overdue, ratings, satisfied });
  });
  return rows;
}
