import { dayOfMinutes } from '../../common/simulator/vietnamTime.js';
import { pageOfMergedRanges, type IndexRange } from '../../common/simulator/mergeRanges.js';
import type { TaskStore } from './seedTasks.js';
import { taskBucket } from './taskBucket.js';
import { addBucketCounts } from './taskStatistics.js';

/** A task list or statistics request, already resolved to agency indices and minutes. */
export interface TaskQuery {
  /** Lead agencies. */
  readonly agencies: readonly number[];
  /** Inclusive bounds on the assignment time. */
  readonly assignedFrom: number;
  readonly assignedTo: number;
  /** The clock's now: tasks assigned later do not exist yet. */
  readonly now: number;
  /** Instant the buckets are taken at (never after now). */
  readonly asOf: number;
  /** Only tasks in this bucket (taskBucket.ts). */
  readonly status?: number;
}

/** Each lead agency's full range (tasks are sorted by due date there, not by assignment). */
export function taskRanges(tasks: TaskStore, agencies: readonly number[]): IndexRange[] {
  return agencies.map((agency) => ({ lo: tasks.leadStart[agency] ?? 0, hi: tasks.leadStart[agency + 1] ?? 0 }));
}

/** The predicate a row must pass: visible, assigned within the bounds, in the bucket if one is asked. */
function taskFilter(tasks: TaskStore, query: TaskQuery): (row: number) => boolean {
  const assignedAt = tasks.assignedAt;
  const upper = Math.min(query.assignedTo, query.now);
  const lower = query.assignedFrom;
  const asOfDay = dayOfMinutes(query.asOf);
  const status = query.status;
  return (row) => {
    const at = assignedAt[row] as number;
    if (at < lower || at > upper) return false;
    return status === undefined || taskBucket(tasks, row, query.asOf, asOfDay) === status;
  };
}

/** One page of tasks by due date then id, and the total. */
export function listTasks(tasks: TaskStore, query: TaskQuery, offset: number, limit: number): { total: number; rows: number[] } {
  const ranges = taskRanges(tasks, query.agencies);
  const accept = taskFilter(tasks, query);
  // The total comes from the statistics' bucket counts, not from filtering every row.
  const counts = new Int32Array(4);
  let total = 0;
  for (const agency of query.agencies) total += addBucketCounts(tasks, agency, query, counts);
  if (query.status !== undefined) total = counts[query.status - 1] as number;
  return {
    total,
    rows: pageOfMergedRanges(ranges, tasks.dueDay, 'asc', offset, limit, accept),
  };
}
