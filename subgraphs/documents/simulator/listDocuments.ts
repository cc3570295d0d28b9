import { OUTGOING_BIT, SECRECY_MASK } from './documentFlags.js';
import { countInRanges, lowerBound, pageOfMergedRanges, upperBound, type IndexRange } from '../../common/simulator/mergeRanges.js';
import { DOCUMENT_COUNTER, type DocumentStore } from './seedDocuments.js';

/** A document list request, already resolved to agency indices and minute bounds. */
export interface DocumentQuery {
  /** Agencies whose registers are searched. */
  readonly agencies: readonly number[];
  /** Inclusive bounds on the period time; the upper one already capped at the clock's now. */
  readonly fromMinute: number;
  readonly toMinute: number;
  /** Only outgoing (`true`) or only incoming (`false`) documents. */
  readonly outgoing?: boolean | undefined;
  /** Only documents of this secrecy level (0 = not secret). */
  readonly secrecy?: number | undefined;
}

/** Pages this deep skip ahead by time instead of merging every row before them. */
const SKIP_AHEAD_OFFSET = 2_000;

/** Each agency's rows whose period time is within the bounds (binary search, no scan). */
export function documentRanges(store: DocumentStore, agencies: readonly number[], fromMinute: number, toMinute: number): IndexRange[] {
  return agencies.map((agency) => {
    const start = store.agencyStart[agency] ?? 0;
    const end = store.agencyStart[agency + 1] ?? 0;
    return { lo: lowerBound(store.time, start, end, fromMinute), hi: upperBound(store.time, start, end, toMinute) };
  });
}

/**
 * Counts the rows of a range the query keeps, from the block counts, when the filter is one they
 * can answer (direction, and not-secret or any secrecy); `undefined` otherwise.
 */
function countFromBlocks(store: DocumentStore, query: DocumentQuery): ((range: IndexRange) => number) | undefined {
  if (query.secrecy !== undefined && query.secrecy !== 0) return undefined;
  const counts = new Int32Array(store.counts.counters);
  const notSecret = query.secrecy === 0;
  return ({ lo, hi }) => {
    if (hi <= lo) return 0;
    if (query.outgoing === undefined && !notSecret) return hi - lo;
    counts.fill(0);
    store.counts.addRange(lo, hi, counts);
    const outgoing = counts[DOCUMENT_COUNTER.outgoing] as number;
    const secret = counts[DOCUMENT_COUNTER.secret] as number;
    const secretOutgoing = counts[DOCUMENT_COUNTER.secretOutgoing] as number;
    if (query.outgoing === undefined) return hi - lo - secret;
    if (query.outgoing) return notSecret ? outgoing - secretOutgoing : outgoing;
    return notSecret ? hi - lo - outgoing - (secret - secretOutgoing) : hi - lo - outgoing;
  };
}

/**
 * For a deep page, the earliest minute `t` such that at most `offset` kept rows are newer than
 * `t` (binary search on time, each step counted from the block counts): the rows newer than `t`
 * are skipped whole and the merge starts at `t`.
 */
function skipAhead(store: DocumentStore, ranges: readonly IndexRange[], offset: number, count: (range: IndexRange) => number): { ranges: IndexRange[]; offset: number } {
  const newerThan = (t: number): number => {
    let total = 0;
    for (const range of ranges) total += count({ lo: upperBound(store.time, range.lo, range.hi, t), hi: range.hi });
    return total;
  };
  let oldest = Number.POSITIVE_INFINITY;
  let newest = Number.NEGATIVE_INFINITY;
  for (const { lo, hi } of ranges) {
    if (hi <= lo) continue;
    oldest = Math.min(oldest, store.time[lo] as number);
    newest = Math.max(newest, store.time[hi - 1] as number);
  }
  if (newest < oldest) return { ranges: [], offset: 0 };
  // Invariant: more than `offset` rows are newer than `low`, at most `offset` newer than `high`.
  let low = oldest - 1;
  let high = newest;
  if (newerThan(low) <= offset) return { ranges: [], offset: 0 };
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (newerThan(mid) <= offset) high = mid;
    else low = mid;
  }
  return {
    ranges: ranges.map(({ lo, hi }) => ({ lo, hi: upperBound(store.time, lo, hi, high) })),
    offset: offset - newerThan(high),
  };
}

/** One page of documents, newest period time first (ties: highest id first), and the total. */
export function listDocuments(store: DocumentStore, query: DocumentQuery, offset: number, limit: number): { total: number; rows: number[] } {
  let ranges = documentRanges(store, query.agencies, query.fromMinute, query.toMinute);
  let accept: ((row: number) => boolean) | undefined;
  if (query.outgoing !== undefined || query.secrecy !== undefined) {
    // Compare the direction and secrecy bits at once against the wanted pattern.
    const mask = (query.outgoing === undefined ? 0 : OUTGOING_BIT) | (query.secrecy === undefined ? 0 : SECRECY_MASK);
    const want = (query.outgoing === true ? OUTGOING_BIT : 0) | ((query.secrecy ?? 0) << 2);
    const flags = store.flags;
    accept = (row) => ((flags[row] ?? 0) & mask) === want;
  }
  const count = countFromBlocks(store, query);
  const total = count === undefined ? countInRanges(ranges, accept) : ranges.reduce((sum, range) => sum + count(range), 0);
  let skip = offset;
  if (count !== undefined && offset >= SKIP_AHEAD_OFFSET) {
    if (offset >= total) return { total, rows: [] };
    ({ ranges, offset: skip } = skipAhead(store, ranges, offset, count));
  }
  return { total, rows: pageOfMergedRanges(ranges, store.time, 'desc', skip, limit, accept) };
}
