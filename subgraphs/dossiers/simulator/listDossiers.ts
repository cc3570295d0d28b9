import { MINUTES_PER_DAY } from '../../common/simulator/vietnamTime.js';
import { countInRanges, lowerBound, pageOfMergedRanges, upperBound, type IndexRange } from '../../common/simulator/mergeRanges.js';
import { agencyOfRow } from './dossierCode.js';
import { finalStatus, statusAt } from './dossierStatus.js';
import { RESOLVED, STOPPED, WITHDRAWN, REFUSED } from './dossierFlags.js';
import { planDossier } from './planDossier.js';
import type { DossierStore } from './seedDossiers.js';

/** A dossier list request, resolved to agency indices and minute bounds. */
export interface DossierQuery {
  readonly agencies: readonly number[];
  /** Inclusive bounds on the period time; the upper one already capped at the clock's now. */
  readonly fromMinute: number;
  readonly toMinute: number;
  /** The clock's now: statuses are taken then. */
  readonly now: number;
  /** Only dossiers in this status (`TrangThaiHoSo`) as of now. */
  readonly status?: number | undefined;
  /** Only dossiers of this procedure (index in the catalogue). */
  readonly procedure?: number | undefined;
}

/** Each agency's rows whose period time is within the bounds. */
export function dossierRanges(store: DossierStore, agencies: readonly number[], fromMinute: number, toMinute: number): IndexRange[] {
  return agencies.map((agency) => {
    const start = store.agencyStart[agency] as number;
    const end = store.agencyStart[agency + 1] as number;
    return { lo: lowerBound(store.time, start, end, fromMinute), hi: upperBound(store.time, start, end, toMinute) };
  });
}

/** Rows whose period time is before this minute are all in their final status at `now`. */
function settledBefore(store: DossierStore, now: number): number {
  return now - store.settleMinutes;
}

/** The status of `row` at `now`: the final one from its outcome once it has settled, else from its plan. */
export function statusOfRow(store: DossierStore, row: number, now: number, agency = agencyOfRow(store, row)): number {
  const flags = store.flags[row] as number;
  if ((store.time[row] as number) + (store.settleDays[row] as number) * MINUTES_PER_DAY <= now) return finalStatus(flags);
  return statusAt(planDossier(store, row, agency), flags, now);
}

const OUTCOME_OF_FINAL_STATUS: Readonly<Record<number, number>> = { 10: RESOLVED, 7: WITHDRAWN, 8: STOPPED, 3: REFUSED };

/** How many rows of the range are in `status` at `now`: settled rows from block counts, recent ones one by one. */
function countStatus(store: DossierStore, range: IndexRange, agency: number, status: number, now: number): number {
  const settled = lowerBound(store.time, range.lo, range.hi, settledBefore(store, now));
  let count = 0;
  const outcome = OUTCOME_OF_FINAL_STATUS[status];
  if (outcome !== undefined && settled > range.lo) {
    const counts = new Int32Array(store.counts.counters);
    store.counts.addRange(range.lo, settled, counts);
    count += counts[outcome] as number;
  }
  for (let row = settled; row < range.hi; row++) if (statusOfRow(store, row, now, agency) === status) count++;
  return count;
}

/** One page of dossiers, newest period time first (ties: latest code first), and the total. */
export function listDossiers(store: DossierStore, query: DossierQuery, offset: number, limit: number): { total: number; rows: number[] } {
  const ranges = dossierRanges(store, query.agencies, query.fromMinute, query.toMinute);
  const { status, procedure, now } = query;
  let accept: ((row: number) => boolean) | undefined;
  if (procedure !== undefined) {
    const column = store.procedure;
    accept = status === undefined ? (row) => column[row] === procedure : (row) => column[row] === procedure && statusOfRow(store, row, now) === status;
  } else if (status !== undefined) {
    accept = (row) => statusOfRow(store, row, now) === status;
  }
  const total =
    procedure === undefined && status !== undefined
      ? ranges.reduce((sum, range, i) => sum + countStatus(store, range, query.agencies[i] as number, status, now), 0)
      : countInRanges(ranges, accept);
  if (offset >= total) return { total, rows: [] };
  return { total, rows: pageOfMergedRanges(ranges, store.time, 'desc', offset, limit, accept) };
}
