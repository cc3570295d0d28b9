/**
 * Paging over several sorted ranges of one column as if they were one sorted list.
 *
 * Documents and tasks are stored agency by agency, each agency's range sorted by a key (period
 * time, due date). A list over an agency and the units under it is the merge of their ranges; a
 * k-way merge with a binary heap yields it in order without materialising or sorting it, at
 * O((offset + page) · log k).
 */

/** Half-open range `[lo, hi)` of row indices, sorted by (key, index) ascending. */
export interface IndexRange {
  readonly lo: number;
  readonly hi: number;
}

export type MergeOrder = 'asc' | 'desc';

/** How many rows of the ranges `accept` keeps (all of them without a predicate). */
export function countInRanges(ranges: readonly IndexRange[], accept?: (row: number) => boolean): number {
  let count = 0;
  for (const { lo, hi } of ranges) {
    if (accept === undefined) {
      count += hi - lo;
      continue;
    }
    for (let row = lo; row < hi; row++) if (accept(row)) count++;
  }
  return count;
}

/**
 * Rows `offset … offset + limit - 1` of the merged ranges, ordered by (key, row) ascending or
 * descending, counting only rows `accept` keeps.
 */
export function pageOfMergedRanges(
  ranges: readonly IndexRange[],
  key: Int32Array,
  order: MergeOrder,
  offset: number,
  limit: number,
  accept?: (row: number) => boolean,
): number[] {
  const ascending = order === 'asc';
  const live = ranges.filter((range) => range.hi > range.lo);
  const position = new Int32Array(live.length);
  const bound = new Int32Array(live.length);
  live.forEach((range, c) => {
    position[c] = ascending ? range.lo : range.hi - 1;
    bound[c] = ascending ? range.hi : range.lo - 1;
  });

  const before = (a: number, b: number): boolean => {
    const rowA = position[a] ?? 0;
    const rowB = position[b] ?? 0;
    const keyA = key[rowA] ?? 0;
    const keyB = key[rowB] ?? 0;
    if (keyA !== keyB) return ascending ? keyA < keyB : keyA > keyB;
    return ascending ? rowA < rowB : rowA > rowB;
  };
  const heap = Array.from({ length: live.length }, (_, c) => c);
  let size = heap.length;
  const siftDown = (start: number): void => {
    let i = start;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= size) return;
      const right = left + 1;
      let best = left;
      if (right < size && before(heap[right] as number, heap[left] as number)) best = right;
      if (!before(heap[best] as number, heap[i] as number)) return;
      [heap[i], heap[best]] = [heap[best] as number, heap[i] as number];
      i = best;
    }
  };
  for (let i = (size >> 1) - 1; i >= 0; i--) siftDown(i);

  const page: number[] = [];
  let skipped = 0;
  const step = ascending ? 1 : -1;
  while (size > 0 && page.length < limit) {
    const cursor = heap[0] as number;
    const row = position[cursor] ?? 0;
    const next = row + step;
    position[cursor] = next;
    if (next === bound[cursor]) {
      size--;
      heap[0] = heap[size] as number;
    }
    siftDown(0);
    if (accept !== undefined && !accept(row)) continue;
    if (skipped < offset) {
      skipped++;
      continue;
    }
    page.push(row);
  }
  return page;
}

/** First row in `[lo, hi)` whose value is at least `value` (the column is sorted there). */
export function lowerBound(column: Int32Array, lo: number, hi: number, value: number): number {
  let low = lo;
  let high = hi;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((column[mid] ?? 0) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** First row in `[lo, hi)` whose value is above `value`. */
export function upperBound(column: Int32Array, lo: number, hi: number, value: number): number {
  let low = lo;
  let high = hi;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((column[mid] ?? 0) <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}
