import { isWorkingDay } from '../../common/simulator/isWorkingDay.js';
import { daysFromCivil } from '../../common/simulator/vietnamTime.js';

/**
 * The official working-day calendar (subgraphs/common/calendar/workingDays.ts, through the
 * simulators' `isWorkingDay`) as an index, so that seeding millions of dossiers can add working
 * days in constant time: `addWorkingDays` walks day by day over date strings, which at a few
 * appointment dates per dossier would cost seconds. The answers are the calendar's own (a test
 * holds them to `addWorkingDays` and `workingDaysBetween` day by day).
 *
 * Days are simulator days (days since 2020-01-01, vietnamTime.ts).
 */

/** First and last day the index covers: a month before the seeded period to a year after it. */
export const FIRST_INDEXED_DAY = daysFromCivil(2024, 12, 1);
export const LAST_INDEXED_DAY = daysFromCivil(2027, 12, 31);

const span = LAST_INDEXED_DAY - FIRST_INDEXED_DAY + 1;
/** Working days in [FIRST_INDEXED_DAY, day], by day. */
const countThrough = new Int32Array(span);
const nthDay: number[] = [FIRST_INDEXED_DAY - 1];
let running = 0;
for (let d = 0; d < span; d++) {
  if (isWorkingDay(FIRST_INDEXED_DAY + d)) {
    running += 1;
    nthDay.push(FIRST_INDEXED_DAY + d);
  }
  countThrough[d] = running;
}
const nth = Int32Array.from(nthDay);

function checkDay(day: number): number {
  const offset = day - FIRST_INDEXED_DAY;
  if (!(offset >= 0 && offset < span)) throw new RangeError(`day ${day} is outside the working-day index`);
  return offset;
}

/** How many working days there are from the start of the index up to and including `day`. */
export function workingDayNumber(day: number): number {
  return countThrough[checkDay(day)] as number;
}

/** The day that is working day number `n` (1-based, as {@link workingDayNumber} counts). */
export function nthWorkingDay(n: number): number {
  const day = nth[n];
  if (day === undefined || n < 1) throw new RangeError(`working day ${n} is outside the working-day index`);
  return day;
}

/** Like the calendar's `addWorkingDays`: `days` working days after `day` (the day itself not counted). */
export function addWorkingDaysIndexed(day: number, days: number): number {
  if (days === 0) return nthWorkingDay(workingDayNumber(day - 1) + 1);
  return nthWorkingDay(workingDayNumber(day) + days);
}

/** Like the calendar's `workingDaysBetween`: working days in (from, to]. */
export function workingDaysBetweenIndexed(from: number, to: number): number {
  return Math.max(0, workingDayNumber(to) - workingDayNumber(from));
}
