import { vietnamDateOf } from '../../common/legacy/legacyFormat.js';
import { TaskStatus } from '../schema/enums.js';

/**
 * A task's bucket as of an instant (DOMAIN.md, "Summaries"): completed by then → on time when the
 * completion date is on or before the due date; not completed → overdue once the due date has passed.
 * Dates are Vietnam calendar dates; `dueDate` is `YYYY-MM-DD`.
 */
export function taskStatusAt(task: { dueDate: string; completedAt: Date | null }, asOf: Date): TaskStatus {
  if (task.completedAt !== null && task.completedAt.getTime() <= asOf.getTime()) {
    return vietnamDateOf(task.completedAt) <= task.dueDate ? TaskStatus.DONE_ON_TIME : TaskStatus.DONE_LATE;
  }
  return vietnamDateOf(asOf) > task.dueDate ? TaskStatus.OPEN_OVERDUE : TaskStatus.OPEN_ON_TRACK;
}
