/**
 * The one working-day calendar of GovGraph (DOMAIN.md, "Time"): weekends, Vietnam's public
 * holidays and the days off the government announces each year, 2023–2026, and the Saturdays
 * worked in exchange. Every due date, appointment date and on-time figure uses it; so do the
 * simulators, as the source systems apply the same official calendar.
 *
 * Dates are Vietnam calendar dates `YYYY-MM-DD`. Outside the years listed, only weekends are
 * known: extend the tables when the government announces a new year's days off.
 */

/** Days off, inclusive ranges, with what they are for. */
export const DAYS_OFF: ReadonlyArray<{ readonly from: string; readonly to: string; readonly name: string }> = [
  { from: '2023-01-01', to: '2023-01-02', name: 'Tết Dương lịch 2023 (Sunday, moved to Monday)' },
  { from: '2023-01-20', to: '2023-01-26', name: 'Tết Nguyên đán Quý Mão' },
  { from: '2023-04-29', to: '2023-05-03', name: 'Giỗ Tổ Hùng Vương, 30/4 and 1/5 (with a swap)' },
  { from: '2023-09-01', to: '2023-09-04', name: 'Quốc khánh 2023' },
  { from: '2024-01-01', to: '2024-01-01', name: 'Tết Dương lịch 2024' },
  { from: '2024-02-08', to: '2024-02-14', name: 'Tết Nguyên đán Giáp Thìn' },
  { from: '2024-04-18', to: '2024-04-18', name: 'Giỗ Tổ Hùng Vương 2024' },
  { from: '2024-04-27', to: '2024-05-01', name: '30/4 and 1/5 2024 (with a swap)' },
  { from: '2024-08-31', to: '2024-09-03', name: 'Quốc khánh 2024' },
  { from: '2025-01-01', to: '2025-01-01', name: 'Tết Dương lịch 2025' },
  { from: '2025-01-25', to: '2025-02-02', name: 'Tết Nguyên đán Ất Tỵ' },
  { from: '2025-04-07', to: '2025-04-07', name: 'Giỗ Tổ Hùng Vương 2025' },
  { from: '2025-04-30', to: '2025-05-04', name: '30/4 and 1/5 2025 (with a swap)' },
  { from: '2025-08-30', to: '2025-09-02', name: 'Quốc khánh 2025' },
  { from: '2026-01-01', to: '2026-01-02', name: 'Tết Dương lịch 2026' },
  { from: '2026-02-14', to: '2026-02-22', name: 'Tết Nguyên đán Bính Ngọ' },
  { from: '2026-04-27', to: '2026-04-27', name: 'Giỗ Tổ Hùng Vương 2026 (Sunday, moved to Monday)' },
  { from: '2026-04-30', to: '2026-05-03', name: '30/4 and 1/5 2026' },
  { from: '2026-09-01', to: '2026-09-02', name: 'Quốc khánh 2026' },
];

/** Saturdays worked in exchange for a bridging day off (ngày làm bù). */
export const MAKE_UP_WORKING_DAYS: ReadonlySet<string> = new Set(['2023-05-06', '2024-05-04', '2025-04-26']);

const DAY_MS = 86_400_000;

function dayNumber(date: string): number {
  const time = Date.parse(`${date}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(time)) throw new RangeError(`not a calendar date: ${date}`);
  return time / DAY_MS;
}

function dateOfNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

const OFF: ReadonlySet<number> = new Set(
  DAYS_OFF.flatMap(({ from, to }) => {
    const days: number[] = [];
    for (let day = dayNumber(from); day <= dayNumber(to); day += 1) days.push(day);
    return days;
  }),
);
const MAKE_UP: ReadonlySet<number> = new Set([...MAKE_UP_WORKING_DAYS].map(dayNumber));

/** Whether a day (days since 1970-01-01) is worked: the fast form for loops over many days. */
export function isWorkingDayNumber(day: number): boolean {
  if (MAKE_UP.has(day)) return true;
  const weekday = (day + 4) % 7; // 1970-01-01 was a Thursday; 0 = Sunday, 6 = Saturday
  return weekday !== 0 && weekday !== 6 && !OFF.has(day);
}

/** Whether offices work on this date. */
export function isWorkingDay(date: string): boolean {
  return isWorkingDayNumber(dayNumber(date));
}

/**
 * The date `days` working days after `date` (the start date itself does not count): an
 * appointment "in 5 working days" from a reception on Friday lands on the next Friday, or later
 * when holidays fall between. With `days` = 0, the date itself if worked, else the next working day.
 */
export function addWorkingDays(date: string, days: number): string {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`days must be a whole number ≥ 0, got ${days}`);
  let day = dayNumber(date);
  if (days === 0) {
    while (!isWorkingDayNumber(day)) day += 1;
    return dateOfNumber(day);
  }
  let left = days;
  while (left > 0) {
    day += 1;
    if (isWorkingDayNumber(day)) left -= 1;
  }
  return dateOfNumber(day);
}

/** Working days in (from, to]: 0 when `to` is not after `from`. */
export function workingDaysBetween(from: string, to: string): number {
  let count = 0;
  for (let day = dayNumber(from) + 1; day <= dayNumber(to); day += 1) if (isWorkingDayNumber(day)) count += 1;
  return count;
}
