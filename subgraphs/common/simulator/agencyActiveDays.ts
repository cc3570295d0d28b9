import type { HanoiAgency } from './hanoiAgencies.js';
import { MINUTES_PER_DAY } from './vietnamTime.js';

/**
 * The simulator days `[first, last]` within a seeded period `[firstDay, lastDay]` on which an
 * agency existed, so that records are filed only under agencies valid at their date (former
 * districts and communes until 2025-06-30, current communes from 2025-07-01). Empty when
 * `first > last`.
 */
export function agencyActiveDays(agency: HanoiAgency, firstDay: number, lastDay: number): readonly [number, number] {
  const first = Math.max(firstDay, Math.ceil(agency.validFrom / MINUTES_PER_DAY));
  const last = agency.validTo === null ? lastDay : Math.min(lastDay, Math.floor(agency.validTo / MINUTES_PER_DAY));
  return [first, last];
}
