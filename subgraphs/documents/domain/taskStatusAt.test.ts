import { describe, expect, it } from 'vitest';
import { TaskStatus } from '../schema/enums.js';
import { taskStatusAt } from './taskStatusAt.js';

const at = (iso: string) => new Date(iso);

describe('taskStatusAt (DOMAIN.md, task buckets as of an instant)', () => {
  it.each([
    ['completed on the due date (late evening, Vietnam time)', '2025-01-15T23:30:00+07:00', '2025-02-01T00:00:00+07:00', TaskStatus.DONE_ON_TIME],
    ['completed the day after the due date', '2025-01-16T00:10:00+07:00', '2025-02-01T00:00:00+07:00', TaskStatus.DONE_LATE],
    ['completed after the as-of instant counts as open (overdue)', '2025-01-20T10:00:00+07:00', '2025-01-18T10:00:00+07:00', TaskStatus.OPEN_OVERDUE],
    ['open on its due date is still on track', null, '2025-01-15T22:00:00+07:00', TaskStatus.OPEN_ON_TRACK],
    ['open the day after its due date is overdue', null, '2025-01-16T00:00:00+07:00', TaskStatus.OPEN_OVERDUE],
  ])('%s', (_what, completed, asOf, expected) => {
    expect(taskStatusAt({ dueDate: '2025-01-15', completedAt: completed ? at(completed) : null }, at(asOf))).toBe(expected);
  });
});
