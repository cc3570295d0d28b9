import { dayOfMinutes } from '../../common/simulator/vietnamTime.js';
import { lowerBound, upperBound } from '../../common/simulator/mergeRanges.js';
import type { TaskQuery } from './listTasks.js';
import type { TaskStore } from './seedTasks.js';
import { DONE_LATE, DONE_ON_TIME, OPEN_ON_TRACK, OPEN_OVERDUE, taskBucket } from './taskBucket.js';

/** One row of `GET /api/v1/thongke/nhiemvu`. */
export interface TaskCounts {
  readonly agency: number;
  readonly total: number;
  readonly doneOnTime: number;
  readonly doneLate: number;
  readonly openOnTrack: number;
  readonly openOverdue: number;
}

/**
 * Adds into `into` (index = bucket - 1) the buckets, as of `query.asOf`, of the visible tasks of
 * one lead agency assigned within the bounds, and returns how many there are.
 *
 * Rows are taken in assignment order (`byAssigned`), so the period is a binary-searched range.
 * Tasks assigned more than `settleMinutes` before the as-of instant are in their final bucket
 * and counted from block totals; only the recent rest is bucketed one by one. The whole city
 * over four years is then a few thousand operations instead of half a million.
 */
export function addBucketCounts(tasks: TaskStore, agency: number, query: Omit<TaskQuery, 'status'>, into: Int32Array): number {
  const start = tasks.leadStart[agency] ?? 0;
  const end = tasks.leadStart[agency + 1] ?? 0;
  const lo = lowerBound(tasks.assignedSorted, start, end, query.assignedFrom);
  const hi = upperBound(tasks.assignedSorted, start, end, Math.min(query.assignedTo, query.now));
  if (hi <= lo) return 0;
  const settled = Math.max(lo, upperBound(tasks.assignedSorted, lo, hi, query.asOf - tasks.settleMinutes));
  tasks.finalCounts.addRange(lo, settled, into);
  const asOfDay = dayOfMinutes(query.asOf);
  for (let position = settled; position < hi; position++) {
    const bucket = taskBucket(tasks, tasks.byAssigned[position] as number, query.asOf, asOfDay);
    into[bucket - 1] = (into[bucket - 1] as number) + 1;
  }
  return hi - lo;
}

/** Buckets per lead agency (agencies without tasks in the period are left out). */
export function taskStatistics(tasks: TaskStore, query: Omit<TaskQuery, 'status'>): TaskCounts[] {
  const counts = new Int32Array(4);
  const rows: TaskCounts[] = [];
  for (const agency of query.agencies) {
    counts.fill(0);
    const total = addBucketCounts(tasks, agency, query, counts);
    if (total === 0) continue;
    rows.push({
      agency,
      total,
      doneOnTime: counts[DONE_ON_TIME - 1] as number,
      doneLate: counts[DONE_LATE - 1] as number,
      openOnTrack: counts[OPEN_ON_TRACK - 1] as number,
      openOverdue: counts[OPEN_OVERDUE - 1] as number,
    });
  }
  return rows;
}
