import { describe, expect, it } from 'vitest';
import { addWorkingDays, workingDaysBetween } from '../../common/calendar/workingDays.js';
import { daysFromCivil } from '../../common/simulator/vietnamTime.js';
import { addWorkingDaysIndexed, FIRST_INDEXED_DAY, workingDaysBetweenIndexed } from './workingDayIndex.js';

const iso = (day: number): string => new Date(Date.UTC(2020, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);

describe('the working-day index', () => {
  it('gives the official calendar\'s answers for every day of 2025–2026 and 0 to 45 working days', () => {
    const wrong: string[] = [];
    for (let day = daysFromCivil(2025, 1, 1); day <= daysFromCivil(2026, 12, 31); day++) {
      for (const days of [0, 1, 2, 3, 5, 7, 10, 15, 20, 30, 45]) {
        const expected = addWorkingDays(iso(day), days);
        if (iso(addWorkingDaysIndexed(day, days)) !== expected) wrong.push(`${iso(day)} + ${days}`);
      }
      const other = day + (day % 37);
      if (workingDaysBetweenIndexed(day, other) !== workingDaysBetween(iso(day), iso(other))) wrong.push(`between ${iso(day)} ${iso(other)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('skips Tết Bính Ngọ: 3 working days from Friday 13 February 2026 is Wednesday 25 February', () => {
    expect(iso(addWorkingDaysIndexed(daysFromCivil(2026, 2, 13), 3))).toBe('2026-02-25');
  });

  it('refuses days outside its range rather than guessing', () => {
    expect(() => addWorkingDaysIndexed(FIRST_INDEXED_DAY - 10, 1)).toThrow(RangeError);
  });
});
