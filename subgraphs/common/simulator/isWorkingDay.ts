import { daysFromCivil, weekdayOfDay } from './vietnamTime.js';

/**
 * Public holidays the simulators know (2023–2026, as announced: New Year, Tết, Hùng Kings' day,
 * 30 April and 1 May with their swapped days, National Day). Seeded volumes drop on them as on
 * weekends, so a dashboard shows the dips real registers show. Ranges are inclusive.
 */
const HOLIDAY_RANGES: ReadonlyArray<readonly [string, string]> = [
  ['2023-01-01', '2023-01-02'],
  ['2023-01-20', '2023-01-26'],
  ['2023-04-29', '2023-05-03'],
  ['2023-09-01', '2023-09-04'],
  ['2024-01-01', '2024-01-01'],
  ['2024-02-08', '2024-02-14'],
  ['2024-04-18', '2024-04-18'],
  ['2024-04-27', '2024-05-01'],
  ['2024-08-31', '2024-09-03'],
  ['2025-01-01', '2025-01-01'],
  ['2025-01-25', '2025-02-02'],
  ['2025-04-07', '2025-04-07'],
  ['2025-04-30', '2025-05-04'],
  ['2025-08-30', '2025-09-02'],
  ['2026-01-01', '2026-01-02'],
  ['2026-02-14', '2026-02-22'],
  ['2026-04-27', '2026-04-27'],
  ['2026-04-30', '2026-05-03'],
  ['2026-09-01', '2026-09-02'],
];

function dayOfIso(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return daysFromCivil(y ?? 0, m ?? 0, d ?? 0);
}

const HOLIDAYS: ReadonlySet<number> = new Set(
  HOLIDAY_RANGES.flatMap(([from, to]) => {
    const days: number[] = [];
    for (let day = dayOfIso(from); day <= dayOfIso(to); day++) days.push(day);
    return days;
  }),
);

/** Whether a simulator day (days since 2020-01-01) is a working day: not a weekend, not a holiday. */
export function isWorkingDay(day: number): boolean {
  const weekday = weekdayOfDay(day);
  return weekday !== 0 && weekday !== 6 && !HOLIDAYS.has(day);
}
