import { CITIZEN_POPULATION, citizenIndexOf, SEEDED_CITIZENS } from '../../common/simulator/citizenPopulation.js';
import { hash32, mix32 } from '../../common/simulator/hash32.js';
import { agencyIndexByCode } from '../../common/simulator/hanoiAgencies.js';
import { upperBound } from '../../common/simulator/mergeRanges.js';
import { minutesFromCivil } from '../../common/simulator/vietnamTime.js';
import { ORGANISATION_BIT } from './dossierFlags.js';

/**
 * Who applied for each dossier, and the reverse: a citizen's dossiers.
 *
 * A citizen applicant is a citizen of the shared population (citizenPopulation.ts), drawn from the
 * row's hash, so the portal's `ChuHoSo`/`SoGiayToChuHoSo` name a person the identity registry
 * knows. The seeded citizens of the development login are drawn by no row: they are the applicants
 * of a handful of chosen dossiers each ({@link SEEDED_APPLICATIONS}), so a test knows exactly what
 * "my dossiers" holds.
 *
 * The reverse index is a counting sort of citizen rows into 2^16 buckets by citizen index: one
 * `Int32Array` of rows (4 bytes per citizen dossier) and one of bucket starts (256 KiB). A lookup
 * scans its bucket (about 45 rows at scale 1) and recomputes each row's applicant; nothing per
 * citizen is stored.
 */

/** The columns the applicant draw needs (a subset of the dossier store). */
export interface ApplicantColumns {
  readonly seed: number;
  readonly count: number;
  readonly time: Int32Array;
  readonly flags: Uint8Array;
  readonly agencyStart: Int32Array;
}

export interface ApplicantIndex {
  /** Rows whose applicant is a seeded citizen, to that citizen's population index. */
  readonly seededRows: ReadonlyMap<number, number>;
  /** Per-seed key of the citizen draw. */
  readonly citizenKey: number;
  /** Start of each bucket in {@link ApplicantIndex.rows}; length buckets + 1. */
  readonly bucketStart: Int32Array;
  /** Citizen dossiers' rows grouped by bucket, ascending within a bucket. */
  readonly rows: Int32Array;
}

const APPLICANT_SALT = 0xa991;
const BUCKET_BITS = 16;
const BUCKET_MASK = (1 << BUCKET_BITS) - 1;

/**
 * The dossiers the seeded citizens applied for: at each (agency, date), the last dossier of that
 * agency on or before the date whose applicant is a citizen, so a date before a clock gives a
 * dossier visible at that clock at any scale. A target an agency cannot serve is skipped.
 */
export const SEEDED_APPLICATIONS: Readonly<Record<string, ReadonlyArray<readonly [agency: string, year: number, month: number, day: number]>>> = {
  '001085012345': [
    ['000.00.32.H26', 2025, 3, 5], // the former Hoàn Kiếm district, before the reform
    ['001.00.00.H26', 2025, 9, 15],
    ['001.00.00.H26', 2026, 3, 10],
    ['003.00.00.H26', 2026, 6, 1],
    ['001.00.00.H26', 2026, 11, 16], // recent: likely still open at the tests' clock
  ],
  '001302678901': [
    ['000.00.09.H26', 2025, 5, 20], // the health department: a provincial procedure
    ['002.00.00.H26', 2025, 8, 4],
    ['002.00.00.H26', 2026, 1, 12],
    ['006.00.00.H26', 2026, 4, 22],
    ['002.00.00.H26', 2026, 9, 8],
    ['002.00.00.H26', 2026, 11, 17],
  ],
};

const isCitizenRow = (columns: ApplicantColumns, row: number): boolean => ((columns.flags[row] as number) & ORGANISATION_BIT) === 0;

/** The applicant's hash of a row: organisations draw their name and tax code from it. */
export function applicantHash(seed: number, row: number): number {
  return hash32(seed, row, APPLICANT_SALT);
}

/** Per-seed key of the citizen draw; one mixing round per row keeps indexing four million rows cheap. */
const citizenKey = (seed: number): number => hash32(seed, APPLICANT_SALT, 0xc171);

/** The population index of a row's citizen applicant, ignoring seeded choices (never a seeded citizen). */
function drawnCitizen(key: number, row: number): number {
  return SEEDED_CITIZENS.length + (mix32(key ^ Math.imul(row, 0x9e3779b9)) % (CITIZEN_POPULATION - SEEDED_CITIZENS.length));
}

function chooseSeededRows(columns: ApplicantColumns): Map<number, number> {
  const chosen = new Map<number, number>();
  for (const [personalId, targets] of Object.entries(SEEDED_APPLICATIONS)) {
    const citizen = citizenIndexOf(personalId);
    for (const [code, year, month, day] of targets) {
      const agency = agencyIndexByCode.get(code);
      if (agency === undefined) throw new Error(`dossier applicants: unknown agency ${code}`);
      const start = columns.agencyStart[agency] as number;
      let row = upperBound(columns.time, start, columns.agencyStart[agency + 1] as number, minutesFromCivil(year, month, day, 23, 59)) - 1;
      while (row >= start && (!isCitizenRow(columns, row) || chosen.has(row))) row--;
      if (row >= start) chosen.set(row, citizen);
    }
  }
  return chosen;
}

/**
 * Builds the applicant index of a store: a counting sort in two passes over the rows, the first
 * noting each row's bucket in a transient column so the second does not draw again.
 */
export function indexApplicants(columns: ApplicantColumns): ApplicantIndex {
  const seededRows = chooseSeededRows(columns);
  const key = citizenKey(columns.seed);
  const { count, flags } = columns;
  const bucketOf = new Uint16Array(count);
  const bucketStart = new Int32Array((1 << BUCKET_BITS) + 1);
  let citizenRows = 0;
  for (let row = 0; row < count; row++) {
    if (((flags[row] as number) & ORGANISATION_BIT) !== 0) continue;
    const bucket = drawnCitizen(key, row) & BUCKET_MASK;
    bucketOf[row] = bucket;
    bucketStart[bucket + 1] = (bucketStart[bucket + 1] as number) + 1;
    citizenRows++;
  }
  // The few seeded rows move to their citizen's bucket.
  for (const [row, citizen] of seededRows) {
    const from = bucketOf[row] as number;
    const to = citizen & BUCKET_MASK;
    bucketOf[row] = to;
    bucketStart[from + 1] = (bucketStart[from + 1] as number) - 1;
    bucketStart[to + 1] = (bucketStart[to + 1] as number) + 1;
  }
  for (let bucket = 1; bucket < bucketStart.length; bucket++) bucketStart[bucket] = (bucketStart[bucket] as number) + (bucketStart[bucket - 1] as number);
  const rows = new Int32Array(citizenRows);
  const next = bucketStart.slice(0, -1);
  for (let row = 0; row < count; row++) {
    if (((flags[row] as number) & ORGANISATION_BIT) !== 0) continue;
    const bucket = bucketOf[row] as number;
    rows[next[bucket] as number] = row;
    next[bucket] = (next[bucket] as number) + 1;
  }
  return { seededRows, citizenKey: key, bucketStart, rows };
}

/** The population index of a row's citizen applicant, or -1 when an organisation applied. */
export function citizenOfRow(columns: ApplicantColumns & { readonly applicants: ApplicantIndex }, row: number): number {
  if (!isCitizenRow(columns, row)) return -1;
  return columns.applicants.seededRows.get(row) ?? drawnCitizen(columns.applicants.citizenKey, row);
}

/** Every row a citizen applied for (at any time), ascending; `[]` for an unknown personal id. */
export function rowsOfCitizen(columns: ApplicantColumns & { readonly applicants: ApplicantIndex }, personalId: string): number[] {
  const citizen = citizenIndexOf(personalId);
  if (citizen < 0) return [];
  const { bucketStart, rows } = columns.applicants;
  const bucket = citizen & BUCKET_MASK;
  const found: number[] = [];
  for (let i = bucketStart[bucket] as number; i < (bucketStart[bucket + 1] as number); i++) {
    const row = rows[i] as number;
    if (citizenOfRow(columns, row) === citizen) found.push(row);
  }
  return found;
}
