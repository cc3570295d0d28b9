import { agencyIndexByCode, hanoiAgencies, type HanoiAgency } from '../../common/simulator/hanoiAgencies.js';
import { civilFromDays, dayOfMinutes, daysFromCivil, MINUTES_PER_DAY } from '../../common/simulator/vietnamTime.js';
import { lowerBound } from '../../common/simulator/mergeRanges.js';
import type { DossierStore } from './seedDossiers.js';

/**
 * Dossier codes `<agency code>-YYMMDD-XXXX`: the agency, the date of the period time (reception)
 * and the dossier's rank among that agency's dossiers of that date. Rows are sorted by agency then
 * period time, so the rank is the distance from the day's first row: codes need no storage and a
 * code finds its row by one binary search.
 */

/** The agency (index) whose range holds `row`. */
export function agencyOfRow(store: DossierStore, row: number): number {
  let low = 0;
  let high = store.agencyStart.length - 2;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if ((store.agencyStart[mid] as number) <= row) low = mid;
    else high = mid - 1;
  }
  return low;
}

function firstRowOfDay(store: DossierStore, agency: number, day: number): number {
  return lowerBound(store.time, store.agencyStart[agency] as number, store.agencyStart[agency + 1] as number, day * MINUTES_PER_DAY);
}

/** The code of dossier `row` of `agency`. */
export function dossierCode(store: DossierStore, row: number, agency: number): string {
  const day = dayOfMinutes(store.time[row] as number);
  const [year, month, date] = civilFromDays(day);
  const rank = row - firstRowOfDay(store, agency, day) + 1;
  const yymmdd = `${String(year % 100).padStart(2, '0')}${String(month).padStart(2, '0')}${String(date).padStart(2, '0')}`;
  return `${(hanoiAgencies[agency] as HanoiAgency).code}-${yymmdd}-${String(rank).padStart(4, '0')}`;
}

const CODE_FORM = /^(\d{3}\.\d{2}\.\d{2}\.H\d{2})-(\d{2})(\d{2})(\d{2})-(\d{4,6})$/;

/** The row of a code and its agency, or `undefined` when no dossier has that code. */
export function rowOfCode(store: DossierStore, code: string): { row: number; agency: number } | undefined {
  const match = CODE_FORM.exec(code);
  if (!match) return undefined;
  const agency = agencyIndexByCode.get(match[1] as string);
  if (agency === undefined) return undefined;
  const month = Number(match[3]);
  const date = Number(match[4]);
  if (month < 1 || month > 12 || date < 1 || date > 31) return undefined;
  const day = daysFromCivil(2000 + Number(match[2]), month, date);
  const row = firstRowOfDay(store, agency, day) + Number(match[5]) - 1;
  if (Number(match[5]) < 1 || row >= (store.agencyStart[agency + 1] as number)) return undefined;
  if (dayOfMinutes(store.time[row] as number) !== day) return undefined;
  return { row, agency };
}
