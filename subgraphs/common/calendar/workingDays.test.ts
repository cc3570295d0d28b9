import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from './workingDays.js';

describe('the working-day calendar', () => {
  it.each([
    ['an ordinary Wednesday', '2025-03-05', true],
    ['a Saturday', '2025-03-08', false],
    ['a Sunday', '2025-03-09', false],
    ['New Year 2025', '2025-01-01', false],
    ['the Monday after New Year 2023 fell on a Sunday', '2023-01-02', false],
    ['the eve of Tết Ất Tỵ (a Tuesday)', '2025-01-28', false],
    ['Tết Ất Tỵ, first day', '2025-01-29', false],
    ['the first working day after Tết Ất Tỵ', '2025-02-03', true],
    ['Tết Bính Ngọ 2026', '2026-02-17', false],
    ["Hùng Kings' day 2024 (a Thursday)", '2024-04-18', false],
    ["Hùng Kings' day 2026 fell on a Sunday: Monday off", '2026-04-27', false],
    ['30 April 2025', '2025-04-30', false],
    ['2 May 2025, a bridging Friday', '2025-05-02', false],
    ['Saturday 26 April 2025, worked in exchange', '2025-04-26', true],
    ['National Day 2024', '2024-09-02', false],
    ['the day after National Day 2024', '2024-09-03', false],
    ['National Day 2026', '2026-09-02', false],
  ])('%s (%s): working day = %s', (_what, date, expected) => {
    expect(isWorkingDay(date)).toBe(expected);
  });

  it.each([
    ['5 working days from a Friday, no holiday', '2025-03-07', 5, '2025-03-14'],
    ['3 working days from the Friday before Tết Ất Tỵ', '2025-01-24', 3, '2025-02-05'],
    ['1 working day from the eve of National Day 2025', '2025-08-29', 1, '2025-09-03'],
    ['2 working days from 25 April 2025: the make-up Saturday, then Monday', '2025-04-25', 2, '2025-04-28'],
    ['0 days from a Sunday is the next Monday', '2025-03-09', 0, '2025-03-10'],
    ['0 days from a working day is that day', '2025-03-10', 0, '2025-03-10'],
    ['15 working days from 1 February 2024, over Tết Giáp Thìn', '2024-02-01', 15, '2024-02-29'],
  ])('%s', (_what, from, days, expected) => {
    expect(addWorkingDays(from, days)).toBe(expected);
  });

  it('counts working days between two dates, the first excluded', () => {
    expect(workingDaysBetween('2025-03-07', '2025-03-14')).toBe(5);
    expect(workingDaysBetween('2025-01-24', '2025-02-05')).toBe(3);
    expect(workingDaysBetween('2025-03-14', '2025-03-07')).toBe(0);
  });

  it('refuses what is not a date or a day count', () => {
    expect(() => isWorkingDay('2025-02-30x')).toThrow(RangeError);
    expect(() => addWorkingDays('2025-03-07', -1)).toThrow(RangeError);
  });
});
