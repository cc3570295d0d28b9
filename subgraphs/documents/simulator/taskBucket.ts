import { dayOfMinutes } from '../../common/simulator/vietnamTime.js';
import type { TaskStore } from './seedTasks.js';

/** Legacy status buckets (`tinhTrang`), documents API.md "Tasks". */
export const OPEN_ON_TRACK = 1;
export const OPEN_OVERDUE = 2;
export const DONE_ON_TIME = 3;
export const DONE_LATE = 4;

/**
 * The bucket of task `row` as of minute `asOf`: completed by then or not, and for each, the
 * completion date or the date of `asOf` against the due date (`HanXuLy`, a date: a task due
 * today is still on track all day).
 */
export function taskBucket(tasks: TaskStore, row: number, asOf: number, asOfDay = dayOfMinutes(asOf)): number {
  const completedAt = tasks.completedAt[row] as number;
  const dueDay = tasks.dueDay[row] as number;
  if (completedAt >= 0 && completedAt <= asOf) return dayOfMinutes(completedAt) <= dueDay ? DONE_ON_TIME : DONE_LATE;
  return asOfDay <= dueDay ? OPEN_ON_TRACK : OPEN_OVERDUE;
}
