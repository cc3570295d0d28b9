/**
 * Counts over any range of rows in (almost) constant time, for statistics that must stay fast
 * over millions of rows.
 *
 * Running totals are kept only at every 64th row (so two million rows cost a few hundred KB, not
 * tens of MB); a range adds whole blocks from the totals and scans at most 63 rows at each end.
 * A scan of the whole city's documents, even over packed bytes, costs tens of milliseconds on a
 * small server; this costs well under one.
 */
export interface BlockCounts {
  /** Number of counters per row. */
  readonly counters: number;
  /** Adds the counters of rows `[lo, hi)` into `into` (length ≥ counters). */
  addRange(lo: number, hi: number, into: Int32Array): void;
}

const BLOCK = 64;

/**
 * Builds the running totals of `length` rows, where `contribute(row, into)` adds one row's
 * counters into `into`. It is also called at query time for the rows at the ends of a range, so
 * it must not depend on anything but the row.
 */
export function createBlockCounts(length: number, counters: number, contribute: (row: number, into: Int32Array) => void): BlockCounts {
  const blocks = Math.floor(length / BLOCK);
  const totals = new Int32Array((blocks + 1) * counters);
  const running = new Int32Array(counters);
  for (let block = 0; block < blocks; block++) {
    const end = (block + 1) * BLOCK;
    for (let row = block * BLOCK; row < end; row++) contribute(row, running);
    totals.set(running, (block + 1) * counters);
  }
  return {
    counters,
    addRange(lo, hi, into) {
      const firstBlock = Math.ceil(lo / BLOCK);
      const lastBlock = Math.floor(hi / BLOCK);
      if (firstBlock >= lastBlock) {
        for (let row = lo; row < hi; row++) contribute(row, into);
        return;
      }
      for (let row = lo; row < firstBlock * BLOCK; row++) contribute(row, into);
      for (let c = 0; c < counters; c++) {
        into[c] = (into[c] as number) + (totals[lastBlock * counters + c] as number) - (totals[firstBlock * counters + c] as number);
      }
      for (let row = lastBlock * BLOCK; row < hi; row++) contribute(row, into);
    },
  };
}
