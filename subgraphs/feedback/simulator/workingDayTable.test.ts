import { describe, expect, it } from 'vitest';
import { addWorkingDays } from '../../common/calendar/workingDays.js';
import { createWorkingDayTable, dayOfIso, isoOfDay } from './workingDayTable.js';

describe('the working-day table over simulator days', () => {
  const first = dayOfIso('2025-01-01');
  const last = dayOfIso('2026-12-31');
  const table = createWorkingDayTable(first, last, [0, 2, 10]);

  it('agrees with the shared calendar for every day and count, Tết and the swapped Saturday included', () => {
    const mismatches: string[] = [];
    for (let day = first; day <= last; day++) {
      const iso = isoOfDay(day);
      for (const n of [0, 1, 2, 3, 10, 20, 35]) {
        const expected = addWorkingDays(iso, n);
        if (isoOfDay(table.after(day, n)) !== expected) mismatches.push(`after(${iso}, ${n})`);
      }
      for (const n of [0, 2, 10]) if (isoOfDay(table.deadline(day, n)) !== addWorkingDays(iso, n)) mismatches.push(`deadline(${iso}, ${n})`);
    }
    expect(mismatches).toEqual([]);
    expect(isoOfDay(table.after(dayOfIso('2025-01-24'), 1))).toBe('2025-02-03');
    expect(table.isWorking(dayOfIso('2025-04-26'))).toBe(true);
    expect(table.isWorking(dayOfIso('2025-09-01'))).toBe(false);
  });

  it('refuses days outside the table instead of guessing', () => {
    expect(() => table.after(first - 1, 1)).toThrow(RangeError);
    expect(() => table.deadline(last + 1, 10)).toThrow(RangeError);
    expect(() => table.deadline(first, 5)).toThrow(RangeError);
  });
});
