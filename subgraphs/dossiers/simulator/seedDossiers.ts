import { agencyActiveDays } from '../../common/simulator/agencyActiveDays.js';
import { createRandom, cumulativeWeights, pickCumulative, type Random } from '../../common/simulator/createRandom.js';
import { hash32 } from '../../common/simulator/hash32.js';
import { agencyRanges, hanoiAgencies, type HanoiAgency } from '../../common/simulator/hanoiAgencies.js';
import { isWorkingDay } from '../../common/simulator/isWorkingDay.js';
import { daysFromCivil, MINUTES_PER_DAY } from '../../common/simulator/vietnamTime.js';
// Generic typed-array machinery of the documents simulator (see the report: it belongs in common/simulator).
import { createBlockCounts, type BlockCounts } from '../../common/simulator/createBlockCounts.js';
import {
  CHANNEL_SHIFT,
  IN_PERSON,
  ONLINE,
  ORGANISATION_BIT,
  outcomeOf,
  PAID_ONLINE_BIT,
  POSTAL,
  REFUSED,
  RESOLVED,
  STOPPED,
  SUPPLEMENT_BIT,
  VNEID_BIT,
  WITHDRAWN,
  channelOf,
} from './dossierFlags.js';
import { indexApplicants, type ApplicantIndex } from './dossierApplicants.js';
import { planDossier } from './planDossier.js';
import { PROCEDURES, PROCEDURE_FIELDS, type Procedure } from './procedureCatalogue.js';

/**
 * Every agency's one-stop-shop dossiers, as columns of typed arrays.
 *
 * About four million dossiers at scale 1 cost 8 bytes each (period time, procedure, packed
 * attributes, days to settle) plus 5 bytes per resolved one (the finish index) and 4 per citizen
 * applicant (the applicant index, dossierApplicants.ts); everything else a record shows
 * (dates of supplement, finish and return, the appointment, the applicant) is derived on demand
 * from the row by planDossier.ts and legacyDossier.ts.
 *
 * Layout: agency-major, then period time ascending, so one agency's dossiers are the contiguous
 * range `agencyStart[a]…agencyStart[a + 1]` and a period within it is a binary search. The period
 * time is the reception instant (`NgayTiepNhan`), or the registration (`NgayNopHoSo`) of online
 * dossiers refused at reception. A dossier's code is its agency, the date of its period time and
 * its rank that day (dossierCode.ts), so codes need no column either.
 */
export interface DossierStore {
  readonly seed: number;
  readonly scale: number;
  readonly count: number;
  /** Period time in simulator minutes (see above). */
  readonly time: Int32Array;
  /** Index in {@link PROCEDURES}. */
  readonly procedure: Uint16Array;
  /** Packed attributes (dossierFlags.ts). */
  readonly flags: Uint8Array;
  /** Start of each agency's range; length = agencies + 1. */
  readonly agencyStart: Int32Array;
  /** Counts over row ranges by {@link DOSSIER_COUNTER}. */
  readonly counts: BlockCounts;
  /** Resolved dossiers, agency-major then finish time ascending: each agency's range… */
  readonly finishStart: Int32Array;
  /** …their finish instants (`NgayKetThucXuLy`)… */
  readonly finishTime: Int32Array;
  /** …and how many of a range were finished on time (one counter). */
  readonly finishOnTime: BlockCounts;
  /** Longest time from a dossier's period time to its final status: older rows have settled. */
  readonly settleMinutes: number;
  /** Days from each dossier's period time by which it is in its final status (rounded up). */
  readonly settleDays: Uint8Array;
  /** Who applied: the seeded citizens' dossiers and the citizen-to-dossiers index (dossierApplicants.ts). */
  readonly applicants: ApplicantIndex;
}

/** Counters of {@link DossierStore.counts}, one per outcome, then received online. */
export const DOSSIER_COUNTER = { resolved: RESOLVED, withdrawn: WITHDRAWN, stopped: STOPPED, refused: REFUSED, receivedOnline: 4 } as const;

export interface SeedDossiersOptions {
  readonly seed: number;
  readonly scale: number;
}

/** The seeded period: dossiers received 2025-01-01 … 2026-12-31. */
export const FIRST_DOSSIER_DAY = daysFromCivil(2025, 1, 1);
export const LAST_DOSSIER_DAY = daysFromCivil(2026, 12, 31);

/** Dossiers per working day at scale 1 for one unit of procedure weight at a department. */
const DEPARTMENT_RATE_PER_WEIGHT = 6;
/** The city people's committee decides few procedures itself. */
const CITY_RATE_PER_WEIGHT = 2.5;
/** Dossiers per working day at scale 1 for an average district, former commune and current commune. */
const DISTRICT_RATE = 90;
const FORMER_COMMUNE_RATE = 7;
/** Current communes took over most district-level procedures on 2025-07-01. */
const COMMUNE_RATE = 45;
const YEARLY_GROWTH = 0.05;
/** Online share of dossiers: about 45 % in January 2025, about 72 % by the end of 2026. */
const ONLINE_START = 0.45;
const ONLINE_END = 0.72;
/** Online registrations refused at reception (status 3), and dossiers withdrawn by the applicant. */
const REFUSED_RATE = 0.03;
const WITHDRAWN_RATE = 0.012;
/** Of dossiers asked for a supplement, those whose applicant never brings it (processing stopped). */
const NEVER_SUPPLEMENTED_RATE = 0.12;
const POSTAL_RATE = 0.03;
/** Counters open 07:00–18:00; dossiers are spread over those 660 minutes. */
const DAY_START_MINUTE = 420;
const DAY_SPAN_MINUTES = 660;

interface ProcedureTable {
  readonly procedures: readonly number[];
  readonly cumulative: Float64Array;
  readonly weight: number;
}

function table(procedures: readonly Procedure[]): ProcedureTable {
  return {
    procedures: procedures.map((p) => p.index),
    cumulative: cumulativeWeights(procedures.map((p) => p.weight)),
    weight: procedures.reduce((sum, p) => sum + p.weight, 0),
  };
}

/** What each agency handles: the level of its procedures decides (the docs of API.md, "Seed"). */
function procedureTables(): (ProcedureTable | undefined)[] {
  const provincial = PROCEDURES.filter((p) => p.level === 1);
  const district = PROCEDURES.filter((p) => p.level === 2);
  const commune = PROCEDURES.filter((p) => p.level === 3);
  const districtTable = table(district);
  const formerCommuneTable = table(commune);
  const communeTable = table([...commune, ...district]);
  return hanoiAgencies.map((agency) => {
    switch (agency.kind) {
      case 'city':
        return table(provincial.filter((p) => p.byCity));
      case 'department': {
        const handled = provincial.filter((p) => !p.byCity && PROCEDURE_FIELDS[p.field]?.department === agency.symbol);
        return handled.length === 0 ? undefined : table(handled);
      }
      case 'district':
        return districtTable;
      case 'formerCommune':
        return formerCommuneTable;
      default:
        return communeTable;
    }
  });
}

function meanSize(range: readonly [number, number]): number {
  let sum = 0;
  for (let i = range[0]; i < range[1]; i++) sum += hanoiAgencies[i]?.size ?? 0;
  return sum / (range[1] - range[0]);
}

/** Dossiers per working day at scale 1. */
function dailyRate(agency: HanoiAgency, procedures: ProcedureTable): number {
  switch (agency.kind) {
    case 'city':
      return procedures.weight * CITY_RATE_PER_WEIGHT;
    case 'department':
      return procedures.weight * DEPARTMENT_RATE_PER_WEIGHT;
    case 'district':
      return DISTRICT_RATE * (agency.size / meanSize(agencyRanges.districts));
    case 'formerCommune':
      return FORMER_COMMUNE_RATE * (agency.size / meanSize(agencyRanges.formerCommunes));
    default:
      return COMMUNE_RATE * (agency.size / meanSize(agencyRanges.communes));
  }
}

/** A Poisson count: by inversion of the distribution for small means, normal beyond. */
function poissonCount(random: Random, mean: number): number {
  if (mean <= 0) return 0;
  if (mean >= 40) return Math.max(0, Math.round(mean + Math.sqrt(mean) * random.normal()));
  const u = random.next();
  let probability = Math.exp(-mean);
  let cumulative = probability;
  let k = 0;
  while (u > cumulative && k < 200) {
    k += 1;
    probability *= mean / k;
    cumulative += probability;
  }
  return k;
}

/** Share of a day's dossiers submitted online: the trend over the period, by kind of procedure. */
function onlineShare(day: number, procedure: Procedure): number {
  const trend = ONLINE_START + ((ONLINE_END - ONLINE_START) * (day - FIRST_DOSSIER_DAY)) / (LAST_DOSSIER_DAY - FIRST_DOSSIER_DAY);
  return procedure.fullyOnline ? Math.min(0.97, trend * 1.3) : trend * 0.6;
}

/** The packed attributes of one dossier (dossierFlags.ts). */
function drawFlags(random: Random, day: number, procedure: Procedure): number {
  const progress = (day - FIRST_DOSSIER_DAY) / (LAST_DOSSIER_DAY - FIRST_DOSSIER_DAY);
  const online = random.next() < onlineShare(day, procedure);
  const channel = online ? ONLINE : random.next() < POSTAL_RATE ? POSTAL : IN_PERSON;
  const organisation = procedure.applicant === 'organisation' || (procedure.applicant === 'both' && random.next() < 0.3);
  let flags = channel << CHANNEL_SHIFT;
  if (organisation) flags |= ORGANISATION_BIT;
  // VNeID sign-in became the norm for online services over 2025–2026.
  if (online && random.next() < (organisation ? 0.2 + 0.4 * progress : 0.35 + 0.55 * progress)) flags |= VNEID_BIT;
  if (online && procedure.fee && random.next() < 0.4 + 0.35 * progress) flags |= PAID_ONLINE_BIT;
  if (online && random.next() < REFUSED_RATE) return flags | REFUSED;
  if (random.next() < WITHDRAWN_RATE) return flags | WITHDRAWN;
  if (random.next() < procedure.supplementRate) {
    flags |= SUPPLEMENT_BIT;
    if (random.next() < NEVER_SUPPLEMENTED_RATE) return flags | STOPPED;
  }
  return flags | RESOLVED;
}

/**
 * Seeds every one-stop shop. Two passes, as the documents simulator does: the first draws how
 * many dossiers each agency receives each working day, so the columns are allocated once at their
 * exact size; the second fills them in period-time order. A third pass plans every dossier
 * (planDossier.ts) to index the resolved ones by finish time for the statistics.
 */
export function seedDossiers(options: SeedDossiersOptions): DossierStore {
  const { seed, scale } = options;
  const days = LAST_DOSSIER_DAY - FIRST_DOSSIER_DAY + 1;
  const agencies = hanoiAgencies.length;
  const tables = procedureTables();

  const dailyCounts = new Uint16Array(agencies * days);
  const agencyStart = new Int32Array(agencies + 1);
  let total = 0;
  for (const agency of hanoiAgencies) {
    agencyStart[agency.index] = total;
    const procedures = tables[agency.index];
    if (procedures === undefined) continue;
    const [first, last] = agencyActiveDays(agency, FIRST_DOSSIER_DAY, LAST_DOSSIER_DAY);
    const rate = dailyRate(agency, procedures) * scale;
    const random = createRandom(hash32(seed, agency.index, 0xd055));
    for (let day = first; day <= last; day++) {
      // One-stop shops receive on working days; online submissions wait for the next one.
      if (!isWorkingDay(day)) continue;
      const growth = 1 + (YEARLY_GROWTH * (day - FIRST_DOSSIER_DAY)) / 365;
      const n = Math.min(65_535, poissonCount(random, rate * growth));
      dailyCounts[agency.index * days + (day - FIRST_DOSSIER_DAY)] = n;
      total += n;
    }
  }
  agencyStart[agencies] = total;

  const time = new Int32Array(total);
  const procedure = new Uint16Array(total);
  const flags = new Uint8Array(total);
  for (const agency of hanoiAgencies) {
    const procedures = tables[agency.index];
    if (procedures === undefined) continue;
    const [first, last] = agencyActiveDays(agency, FIRST_DOSSIER_DAY, LAST_DOSSIER_DAY);
    const random = createRandom(hash32(seed, agency.index, 0xd056));
    let row = agencyStart[agency.index] as number;
    for (let day = first; day <= last; day++) {
      const n = dailyCounts[agency.index * days + (day - FIRST_DOSSIER_DAY)] ?? 0;
      const dayMinute = day * MINUTES_PER_DAY + DAY_START_MINUTE;
      for (let k = 0; k < n; k++) {
        // Stratified times (one per slice of the opening hours) come out sorted without a sort.
        time[row] = dayMinute + Math.floor(((k + random.next()) * DAY_SPAN_MINUTES) / n);
        const p = procedures.procedures[pickCumulative(procedures.cumulative, random.next())] as number;
        procedure[row] = p;
        flags[row] = drawFlags(random, day, PROCEDURES[p] as Procedure);
        row++;
      }
    }
  }

  const counts = createBlockCounts(total, 5, (row, into) => {
    const f = flags[row] as number;
    const outcome = outcomeOf(f);
    into[outcome] = (into[outcome] as number) + 1;
    if (outcome !== REFUSED && channelOf(f) === ONLINE) into[4] = (into[4] as number) + 1;
  });

  const store = { seed, scale, count: total, time, procedure, flags, agencyStart, counts };
  return { ...store, ...indexFinished(store), applicants: indexApplicants(store) };
}

/** Plans every dossier: resolved ones indexed by finish time per agency, and the settle time. */
function indexFinished(store: Pick<DossierStore, 'seed' | 'count' | 'time' | 'procedure' | 'flags' | 'agencyStart'>) {
  const agencies = hanoiAgencies.length;
  let resolved = 0;
  for (let row = 0; row < store.count; row++) if (outcomeOf(store.flags[row] as number) === RESOLVED) resolved++;
  const finishStart = new Int32Array(agencies + 1);
  const finishTime = new Int32Array(resolved);
  const onTime = new Uint8Array(resolved);
  let settleMinutes = 0;
  const settleDays = new Uint8Array(store.count);
  let position = 0;
  for (let agency = 0; agency < agencies; agency++) {
    finishStart[agency] = position;
    const start = store.agencyStart[agency] as number;
    const end = store.agencyStart[agency + 1] as number;
    const localBits = 2 ** Math.max(1, Math.ceil(Math.log2(end - start + 1)));
    const keys = new Float64Array(end - start);
    let resolvedHere = 0;
    const localOnTime = new Uint8Array(end - start);
    for (let row = start; row < end; row++) {
      const plan = planDossier(store, row, agency);
      const settledAt = plan.returnedAt >= 0 ? plan.returnedAt : plan.endedAt;
      const settling = settledAt - (store.time[row] as number);
      settleMinutes = Math.max(settleMinutes, settling);
      const days = Math.ceil(settling / MINUTES_PER_DAY);
      if (days > 255) throw new Error('seedDossiers: a dossier takes more than 255 days to settle');
      settleDays[row] = days;
      if (outcomeOf(store.flags[row] as number) !== RESOLVED) continue;
      // Finish minute and local row packed in a double's mantissa: a native numeric sort.
      keys[resolvedHere++] = plan.endedAt * localBits + (row - start);
      localOnTime[row - start] = plan.onTime ? 1 : 0;
    }
    const sorted = keys.subarray(0, resolvedHere).sort();
    for (const key of sorted) {
      const local = key % localBits;
      finishTime[position] = (key - local) / localBits;
      onTime[position] = localOnTime[local] as number;
      position++;
    }
  }
  finishStart[agencies] = position;
  const finishOnTime = createBlockCounts(resolved, 1, (i, into) => {
    into[0] = (into[0] as number) + (onTime[i] as number);
  });
  return { finishStart, finishTime, finishOnTime, settleMinutes, settleDays };
}
