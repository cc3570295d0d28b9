import { describe, expect, it } from 'vitest';
import {
  civilFromDays,
  dateFromMinutes,
  dayOfMinutes,
  daysFromCivil,
  formatDate,
  formatInstant,
  isoFromMinutes,
  minutesFromCivil,
  minutesFromDate,
  parseDate,
  parseInstant,
  weekdayOfDay,
} from './vietnamTime.js';

describe('vietnamTime', () => {
  it('counts minutes from 2020-01-01 00:00 in Vietnam (UTC+7)', () => {
    expect(minutesFromDate(new Date('2019-12-31T17:00:00Z'))).toBe(0);
    expect(minutesFromDate(new Date('2025-03-05T14:07:59+07:00'))).toBe(minutesFromCivil(2025, 3, 5, 14, 7));
    expect(dateFromMinutes(minutesFromCivil(2025, 7, 1)).toISOString()).toBe('2025-06-30T17:00:00.000Z');
  });

  it('prints legacy instants and dates', () => {
    const minute = minutesFromCivil(2025, 3, 5, 14, 7);
    expect(formatInstant(minute)).toBe('05/03/2025 14:07:00');
    expect(formatInstant(minutesFromCivil(2025, 7, 1) - 1, 59)).toBe('30/06/2025 23:59:59');
    expect(formatDate(dayOfMinutes(minute))).toBe('05/03/2025');
    expect(isoFromMinutes(minute)).toBe('2025-03-05T14:07:00+07:00');
    expect(formatInstant(minutesFromCivil(2008, 8, 1))).toBe('01/08/2008 00:00:00');
  });

  it('converts civil dates both ways across leap years and centuries', () => {
    for (let day = -40_000; day < 40_000; day += 37) {
      const [y, m, d] = civilFromDays(day);
      expect(daysFromCivil(y, m, d)).toBe(day);
    }
    expect(civilFromDays(daysFromCivil(2024, 2, 29))).toEqual([2024, 2, 29]);
  });

  it('knows the day of the week', () => {
    expect(weekdayOfDay(daysFromCivil(2020, 1, 1))).toBe(3);
    expect(weekdayOfDay(daysFromCivil(2026, 11, 22))).toBe(0);
    expect(weekdayOfDay(daysFromCivil(2019, 12, 28))).toBe(6);
  });

  it('parses the query-string forms and refuses impossible ones', () => {
    expect(parseDate('05/03/2025')).toBe(daysFromCivil(2025, 3, 5));
    expect(parseInstant('05/03/2025 14:07:30')).toBe(minutesFromCivil(2025, 3, 5, 14, 7));
    for (const bad of ['31/02/2025', '2025-03-05', '5/13/2025', '', 'hôm nay']) expect(parseDate(bad)).toBeUndefined();
    for (const bad of ['05/03/2025', '05/03/2025 24:00:00', '05/03/2025 10:60:00', '29/02/2023 10:00:00']) {
      expect(parseInstant(bad)).toBeUndefined();
    }
  });
});
