import { addWorkingDays } from '../../common/calendar/workingDays.js';
import { isWorkingDay } from '../../common/simulator/isWorkingDay.js';
import { civilFromDays, daysFromCivil } from '../../common/simulator/vietnamTime.js';

/**
 * The shared working-day calendar (subgraphs/common/calendar/workingDays.ts) over simulator days,
 * tabulated once so that seeding half a million feedback records asks it by array lookups.
 *
 * `deadline` is the calendar's own `addWorkingDays`, computed for every day of the table and each
 * allowance the system uses; `after` is the same rule for any count, from an ordinal table built
 * with the calendar's `isWorkingDay`, for the simulated officials' behaviour.
 */
export interface WorkingDayTable {
  /** Whether a simulator day is worked. */
  isWorking(day: number): boolean;
  /** `addWorkingDays(day, n)` as a simulator day: n = 0 is the day itself if worked, else the next working day. */
  after(day: number, n: number): number;
  /** The deadline `allowance` working days after `day`, by `addWorkingDays` itself (allowances given at creation). */
  deadline(day: number, allowance: number): number;
}

/** `YYYY-MM-DD` of a simulator day. */
export function isoOfDay(day: number): string {
  const [y, m, d] = civilFromDays(day);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Simulator day of `YYYY-MM-DD`. */
export function dayOfIso(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return daysFromCivil(y, m, d);
}

/**
 * Tabulates days `[first, last]`; `after` and `deadline` may look up to `margin` days beyond
 * `last` (a deadline 20 working days after the last day, Tết included, is well within 120).
 */
export function createWorkingDayTable(first: number, last: number, allowances: readonly number[], margin = 120): WorkingDayTable {
  const end = last + margin;
  const size = end - first + 1;
  const working = new Uint8Array(size);
  const countUpTo = new Int32Array(size);
  const workingDays: number[] = [];
  for (let i = 0; i < size; i++) {
    if (isWorkingDay(first + i)) {
      working[i] = 1;
      workingDays.push(first + i);
    }
    countUpTo[i] = workingDays.length;
  }
  const inRange = (day: number): number => {
    const i = day - first;
    if (i < 0 || i >= size) throw new RangeError(`simulator day ${day} is outside the working-day table`);
    return i;
  };
  const after = (day: number, n: number): number => {
    const i = inRange(day);
    const before = n === 0 ? (i === 0 ? 0 : (countUpTo[i - 1] as number)) : (countUpTo[i] as number) + n - 1;
    const result = workingDays[before];
    if (result === undefined) throw new RangeError(`no working day ${n} after simulator day ${day} in the table`);
    return result;
  };
  const deadlines = new Map<number, Int32Array>();
  for (const allowance of new Set(allowances)) {
    const column = new Int32Array(last - first + 1);
    for (let day = first; day <= last; day++) column[day - first] = dayOfIso(addWorkingDays(isoOfDay(day), allowance));
    deadlines.set(allowance, column);
  }
  return {
    isWorking: (day) => working[inRange(day)] === 1,
    after,
    deadline(day, allowance) {
      const value = deadlines.get(allowance)?.[day - first];
      if (value === undefined) throw new RangeError(`no deadline table for ${allowance} working days from simulator day ${day}`);
      return value;
    },
  };
}
