import { lowerBound, upperBound } from '../../common/simulator/mergeRanges.js';
import { dossierRanges } from './listDossiers.js';
import { DOSSIER_COUNTER, type DossierStore } from './seedDossiers.js';

/** One row of `GET /api/v1/thongke/hoso`. */
export interface DossierCounts {
  readonly agency: number;
  /** Received in the period (every status but 1 and 3). */
  readonly received: number;
  /** Of those, submitted online. */
  readonly receivedOnline: number;
  /** Finished as resolved (9 or 10) in the period, whenever received. */
  readonly resolved: number;
  readonly resolvedOnTime: number;
  readonly resolvedLate: number;
}

/**
 * Counts per agency for the period `[fromMinute, toMinute]` (the upper bound already capped at the
 * clock's now): received dossiers by binary search on the period time and block counts, resolved
 * ones by binary search in the finish index: a few operations per agency, whatever the period.
 * Agencies with nothing in the period are left out.
 */
export function dossierStatistics(store: DossierStore, agencies: readonly number[], fromMinute: number, toMinute: number): DossierCounts[] {
  const rows: DossierCounts[] = [];
  const counts = new Int32Array(store.counts.counters);
  const onTime = new Int32Array(1);
  for (const [i, range] of dossierRanges(store, agencies, fromMinute, toMinute).entries()) {
    const agency = agencies[i] as number;
    counts.fill(0);
    if (range.hi > range.lo) store.counts.addRange(range.lo, range.hi, counts);
    const received = (counts[DOSSIER_COUNTER.resolved] as number) + (counts[DOSSIER_COUNTER.withdrawn] as number) + (counts[DOSSIER_COUNTER.stopped] as number);
    const start = store.finishStart[agency] as number;
    const end = store.finishStart[agency + 1] as number;
    const lo = lowerBound(store.finishTime, start, end, fromMinute);
    const hi = upperBound(store.finishTime, start, end, toMinute);
    onTime[0] = 0;
    if (hi > lo) store.finishOnTime.addRange(lo, hi, onTime);
    const resolved = hi - lo;
    if (received === 0 && resolved === 0) continue;
    const resolvedOnTime = onTime[0] as number;
    rows.push({ agency, received, receivedOnline: counts[DOSSIER_COUNTER.receivedOnline] as number, resolved, resolvedOnTime, resolvedLate: resolved - resolvedOnTime });
  }
  return rows;
}
