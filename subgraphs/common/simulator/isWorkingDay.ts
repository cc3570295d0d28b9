import { isWorkingDayNumber } from '../calendar/workingDays.js';
import { daysFromCivil } from './vietnamTime.js';

/** Simulator days count from 2020-01-01; the calendar's from 1970-01-01. */
const EPOCH_OFFSET = daysFromCivil(2020, 1, 1) - Date.UTC(2020, 0, 1) / 86_400_000;

/**
 * Whether a simulator day (days since 2020-01-01) is a working day, by the one official calendar
 * (`subgraphs/common/calendar/workingDays.ts`): the source systems apply it too, so seeded volumes
 * drop on weekends and holidays as real registers do.
 */
export function isWorkingDay(day: number): boolean {
  return isWorkingDayNumber(day - EPOCH_OFFSET);
}
