/**
 * Vietnam time (UTC+7, no daylight saving) as the simulators store and print it.
 *
 * Simulators keep instants as whole **minutes since 2020-01-01 00:00 Vietnam time** so that
 * millions of them fit in an `Int32Array` (the range covers ±4,000 years) and a calendar date is
 * `Math.floor(minutes / 1440)` with no time-zone library. Days are likewise counted from
 * 2020-01-01. Legacy payloads print instants as `dd/MM/yyyy HH:mm:ss` and dates as `dd/MM/yyyy`.
 */

export const MINUTES_PER_DAY = 1440;

const OFFSET_MS = 7 * 3_600_000;
/** 2020-01-01T00:00:00+07:00 in epoch milliseconds. */
const EPOCH_MS = Date.UTC(2020, 0, 1) - OFFSET_MS;
/** Days from 1970-01-01 to 2020-01-01. */
const EPOCH_DAY = 18_262;

const PAD2: readonly string[] = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));

/** Minutes since the simulator epoch of an instant (seconds are dropped). */
export function minutesFromDate(date: Date): number {
  return Math.floor((date.getTime() - EPOCH_MS) / 60_000);
}

/** The instant at the start of a simulator minute. */
export function dateFromMinutes(minutes: number): Date {
  return new Date(EPOCH_MS + minutes * 60_000);
}

/** The Vietnam calendar day (days since 2020-01-01) of a simulator minute. */
export function dayOfMinutes(minutes: number): number {
  return Math.floor(minutes / MINUTES_PER_DAY);
}

/** Day of the week of a simulator day: 0 Sunday … 6 Saturday (2020-01-01 was a Wednesday). */
export function weekdayOfDay(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** Days since 2020-01-01 of a civil date (proleptic Gregorian; Howard Hinnant's algorithm). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468 - EPOCH_DAY;
}

/** Simulator minutes of a civil date and time in Vietnam. */
export function minutesFromCivil(year: number, month: number, day: number, hour = 0, minute = 0): number {
  return daysFromCivil(year, month, day) * MINUTES_PER_DAY + hour * 60 + minute;
}

/** The civil date of a simulator day as `[year, month, day]`. */
export function civilFromDays(days: number): [number, number, number] {
  const z = days + EPOCH_DAY + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

/** `dd/MM/yyyy` of a simulator day. */
export function formatDate(day: number): string {
  const [y, m, d] = civilFromDays(day);
  return `${PAD2[d]}/${PAD2[m]}/${y}`;
}

/**
 * `dd/MM/yyyy HH:mm:ss` of a simulator minute. Records are kept to the minute, so seconds are
 * `00` unless given (an end of validity prints as `23:59:59`).
 */
export function formatInstant(minutes: number, seconds = 0): string {
  const day = dayOfMinutes(minutes);
  const inDay = minutes - day * MINUTES_PER_DAY;
  return `${formatDate(day)} ${PAD2[Math.floor(inDay / 60)]}:${PAD2[inDay % 60]}:${PAD2[seconds]}`;
}

/** ISO 8601 with the Vietnam offset, e.g. `2025-03-05T14:07:00+07:00`. */
export function isoFromMinutes(minutes: number): string {
  const day = dayOfMinutes(minutes);
  const [y, m, d] = civilFromDays(day);
  const inDay = minutes - day * MINUTES_PER_DAY;
  return `${y}-${PAD2[m]}-${PAD2[d]}T${PAD2[Math.floor(inDay / 60)]}:${PAD2[inDay % 60]}:00+07:00`;
}

const DATE_FORM = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const INSTANT_FORM = /^(\d{1,2})\/(\d{1,2})\/(\d{4})[ T](\d{1,2}):(\d{2}):(\d{2})$/;

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

/** Parses a query-string date `dd/MM/yyyy` into a simulator day, or `undefined` if malformed. */
export function parseDate(text: string): number | undefined {
  const match = DATE_FORM.exec(text.trim());
  if (!match) return undefined;
  const d = Number(match[1]);
  const m = Number(match[2]);
  const y = Number(match[3]);
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return daysFromCivil(y, m, d);
}

/**
 * Parses a query-string instant `dd/MM/yyyy HH:mm:ss` into simulator minutes (seconds dropped,
 * which is exact for comparisons because records are kept to the minute), or `undefined`.
 */
export function parseInstant(text: string): number | undefined {
  const match = INSTANT_FORM.exec(text.trim());
  if (!match) return undefined;
  const d = Number(match[1]);
  const m = Number(match[2]);
  const y = Number(match[3]);
  const hh = Number(match[4]);
  const mm = Number(match[5]);
  const ss = Number(match[6]);
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m) || hh > 23 || mm > 59 || ss > 59) return undefined;
  return minutesFromCivil(y, m, d, hh, mm);
}
