import { endOfVietnamDay } from '../legacy/legacyFormat.js';

/**
 * The instant a period's figures are taken at (DOMAIN.md, "Summaries"): the last second of its
 * last day in Vietnam, or now if that is still to come, so a past period's figures never change.
 */
export function periodAsOf(lastDay: string, now: Date): Date {
  const end = endOfVietnamDay(lastDay);
  return end.getTime() < now.getTime() ? end : now;
}
