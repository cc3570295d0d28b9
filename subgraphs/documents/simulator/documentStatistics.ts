import { documentRanges } from './listDocuments.js';
import { DOCUMENT_COUNTER, type DocumentStore } from './seedDocuments.js';

/** One row of `GET /api/v1/thongke/vanban`. */
export interface DocumentCounts {
  readonly agency: number;
  readonly incoming: number;
  readonly outgoing: number;
  /** Digitally signed outgoing documents. */
  readonly outgoingSigned: number;
  /** Secret documents of either direction, also counted above. */
  readonly secret: number;
}

/**
 * Counts per agency of documents whose period time is within the bounds (the upper one capped
 * at the clock's now): a binary search bounds each agency's rows and the block counts
 * (createBlockCounts.ts) count them, so the whole city costs well under a millisecond.
 */
export function documentStatistics(store: DocumentStore, agencies: readonly number[], fromMinute: number, toMinute: number): DocumentCounts[] {
  const rows: DocumentCounts[] = [];
  const counts = new Int32Array(store.counts.counters);
  for (const [i, range] of documentRanges(store, agencies, fromMinute, toMinute).entries()) {
    if (range.hi === range.lo) continue;
    counts.fill(0);
    store.counts.addRange(range.lo, range.hi, counts);
    const outgoing = counts[DOCUMENT_COUNTER.outgoing] as number;
    rows.push({
      agency: agencies[i] as number,
      incoming: range.hi - range.lo - outgoing,
      outgoing,
      outgoingSigned: counts[DOCUMENT_COUNTER.outgoingSigned] as number,
      secret: counts[DOCUMENT_COUNTER.secret] as number,
    });
  }
  return rows;
}
