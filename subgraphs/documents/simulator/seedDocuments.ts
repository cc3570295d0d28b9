import { agencyActiveDays } from '../../common/simulator/agencyActiveDays.js';
import { createRandom, pickCumulative } from '../../common/simulator/createRandom.js';
import { poisson } from '../../common/simulator/poisson.js';
import { hash32 } from '../../common/simulator/hash32.js';
import { agencyRanges, hanoiAgencies, type AgencyKind } from '../../common/simulator/hanoiAgencies.js';
import { isWorkingDay } from '../../common/simulator/isWorkingDay.js';
import { daysFromCivil, MINUTES_PER_DAY } from '../../common/simulator/vietnamTime.js';
import { createBlockCounts, type BlockCounts } from '../../common/simulator/createBlockCounts.js';
import { OUTGOING_BIT, packFlags, SECRECY_MASK, SIGNED_BIT } from './documentFlags.js';
import { INCOMING_TYPE_TABLE, OUTGOING_TYPE_TABLE } from './documentTypes.js';

/**
 * The documents of every register, as columns of typed arrays.
 *
 * Two million documents as objects would cost gigabytes and seconds; as columns they cost about
 * 28 MB and are built in about half a second. Only what filters and statistics read is stored
 * (agency, period time, packed flags, register number); every text field is derived on demand
 * from the index (legacyDocument.ts).
 *
 * Layout: agency-major, then period time ascending, so one agency's documents are the contiguous
 * range `agencyStart[a]…agencyStart[a + 1]` and a date range within it is found by binary search.
 * A document's id is its index + 1.
 */
export interface DocumentStore {
  readonly seed: number;
  readonly scale: number;
  readonly count: number;
  /** Agency (index in hanoiAgencies) whose register holds the document. */
  readonly agency: Uint16Array;
  /** Period time in simulator minutes: registration (`NgayDen`) if incoming, issue if outgoing. */
  readonly time: Int32Array;
  /** Packed attributes (documentFlags.ts). */
  readonly flags: Uint16Array;
  /** 1-based number in the agency's register of that direction and year (`SoDen`, or the number in `SoKyHieu`). */
  readonly registerNumber: Int32Array;
  /** Start of each agency's range; length = agencies + 1. */
  readonly agencyStart: Int32Array;
  /** Counts over row ranges, by the counters of {@link DOCUMENT_COUNTER}. */
  readonly counts: BlockCounts;
}

/** Counters of {@link DocumentStore.counts}; a row's incoming/non-secret counts follow by subtraction. */
export const DOCUMENT_COUNTER = { outgoing: 0, outgoingSigned: 1, secret: 2, secretOutgoing: 3 } as const;

export interface SeedDocumentsOptions {
  /** Seed of every random draw (same seed, same documents). */
  readonly seed: number;
  /** Volume knob; 1 gives over two million documents. */
  readonly scale: number;
}

/** First and last day of the seeded period: 2023-01-01 … 2026-12-31. */
export const FIRST_DOCUMENT_DAY = daysFromCivil(2023, 1, 1);
export const LAST_DOCUMENT_DAY = daysFromCivil(2026, 12, 31);

/** Documents per working day at scale 1 for an agency of relative size 1, by kind. */
const DAILY_DOCUMENTS: Readonly<Record<AgencyKind, number>> = {
  city: 160,
  department: 26,
  district: 16,
  formerCommune: 1.6,
  commune: 10.5,
};

/** Share of incoming documents by kind: the lower the level, the more a register receives. */
const INCOMING_SHARE: Readonly<Record<AgencyKind, number>> = {
  city: 0.5,
  department: 0.5,
  district: 0.56,
  formerCommune: 0.62,
  commune: 0.58,
};

/** Weekends and holidays see a trickle of documents (urgent matters, duty officers). */
const OFF_DAY_FACTOR = 0.08;
/** Volumes grow a little every year as more work goes through the system. */
const YEARLY_GROWTH = 0.03;
const SECRET_RATE = 0.01;
/** Among secret documents: Mật, Tối mật, Tuyệt mật. */
const SECRECY_TABLE = new Float64Array([0.7, 0.95, 1]);
/** Urgency 0 normal, 1 Khẩn, 2 Thượng khẩn, 3 Hỏa tốc, 4 Hỏa tốc hẹn giờ. */
const URGENCY_TABLE = new Float64Array([0.84, 0.94, 0.98, 0.995, 1]);
/** Digital signatures of documents rose from about 85 % (early 2023) to about 98 % (end of 2026). */
const SIGNED_RATE_START = 0.85;
const SIGNED_RATE_END = 0.98;
/** Working hours in which documents are registered: 07:30 to 17:30. */
const DAY_START_MINUTE = 450;
const DAY_SPAN_MINUTES = 600;

function meanSizes(): Readonly<Record<AgencyKind, number>> {
  const mean = (range: readonly [number, number]): number => {
    let sum = 0;
    for (let i = range[0]; i < range[1]; i++) sum += hanoiAgencies[i]?.size ?? 0;
    return sum / (range[1] - range[0]);
  };
  return {
    city: mean(agencyRanges.city),
    department: mean(agencyRanges.departments),
    district: mean(agencyRanges.districts),
    formerCommune: mean(agencyRanges.formerCommunes),
    commune: mean(agencyRanges.communes),
  };
}

/**
 * Seeds every register. Two passes: the first draws how many documents each agency files each
 * day (kept in a small per-day table), so the columns are allocated once at their exact size;
 * the second fills them.
 */
export function seedDocuments(options: SeedDocumentsOptions): DocumentStore {
  const { seed, scale } = options;
  const days = LAST_DOCUMENT_DAY - FIRST_DOCUMENT_DAY + 1;
  const agencies = hanoiAgencies.length;
  const sizes = meanSizes();

  const dayFactor = new Float64Array(days);
  for (let d = 0; d < days; d++) {
    const day = FIRST_DOCUMENT_DAY + d;
    const year = Math.floor((day - FIRST_DOCUMENT_DAY) / 365.25);
    dayFactor[d] = (isWorkingDay(day) ? 1 : OFF_DAY_FACTOR) * (1 + YEARLY_GROWTH * year);
  }

  const dailyCounts = new Uint16Array(agencies * days);
  const agencyStart = new Int32Array(agencies + 1);
  let total = 0;
  for (const agency of hanoiAgencies) {
    agencyStart[agency.index] = total;
    const [first, last] = agencyActiveDays(agency, FIRST_DOCUMENT_DAY, LAST_DOCUMENT_DAY);
    const rate = DAILY_DOCUMENTS[agency.kind] * (agency.size / sizes[agency.kind]) * scale;
    const random = createRandom(hash32(seed, agency.index, 0xc0));
    for (let day = first; day <= last; day++) {
      const d = day - FIRST_DOCUMENT_DAY;
      const n = Math.min(65_535, poisson(random, rate * (dayFactor[d] ?? 0)));
      dailyCounts[agency.index * days + d] = n;
      total += n;
    }
  }
  agencyStart[agencies] = total;

  const agencyColumn = new Uint16Array(total);
  const time = new Int32Array(total);
  const flags = new Uint16Array(total);
  const registerNumber = new Int32Array(total);
  const signedSpan = (LAST_DOCUMENT_DAY + 1 - FIRST_DOCUMENT_DAY) * MINUTES_PER_DAY;
  const firstMinute = FIRST_DOCUMENT_DAY * MINUTES_PER_DAY;

  for (const agency of hanoiAgencies) {
    const [first, last] = agencyActiveDays(agency, FIRST_DOCUMENT_DAY, LAST_DOCUMENT_DAY);
    const random = createRandom(hash32(seed, agency.index, 0xd0c));
    const incomingShare = INCOMING_SHARE[agency.kind];
    let position = agencyStart[agency.index] ?? 0;
    let incomingNumber = 0;
    let outgoingNumber = 0;
    let nextYearDay = Number.NEGATIVE_INFINITY;
    for (let day = first; day <= last; day++) {
      const n = dailyCounts[agency.index * days + (day - FIRST_DOCUMENT_DAY)] ?? 0;
      if (n === 0) continue;
      if (day >= nextYearDay) {
        // Registers restart at number 1 every 1 January.
        incomingNumber = 0;
        outgoingNumber = 0;
        nextYearDay = nextNewYear(day);
      }
      const dayMinute = day * MINUTES_PER_DAY + DAY_START_MINUTE;
      for (let k = 0; k < n; k++) {
        // Stratified times (one per slice of the working day) come out sorted without a sort.
        const minute = dayMinute + Math.floor(((k + random.next()) * DAY_SPAN_MINUTES) / n);
        const outgoing = random.next() >= incomingShare;
        const type = pickCumulative(outgoing ? OUTGOING_TYPE_TABLE : INCOMING_TYPE_TABLE, random.next());
        const secrecy = random.next() < SECRET_RATE ? 1 + pickCumulative(SECRECY_TABLE, random.next()) : 0;
        const urgency = pickCumulative(URGENCY_TABLE, random.next());
        const signedRate = SIGNED_RATE_START + ((SIGNED_RATE_END - SIGNED_RATE_START) * (minute - firstMinute)) / signedSpan;
        // Secret documents are not sent through the network, so they are never digitally signed.
        const signed = secrecy === 0 && random.next() < signedRate;
        agencyColumn[position] = agency.index;
        time[position] = minute;
        flags[position] = packFlags({ outgoing, signed, secrecy, urgency, type });
        registerNumber[position] = outgoing ? ++outgoingNumber : ++incomingNumber;
        position++;
      }
    }
  }

  const counts = createBlockCounts(total, 4, (row, into) => {
    const f = flags[row] as number;
    const outgoing = f & OUTGOING_BIT;
    const secret = (f & SECRECY_MASK) === 0 ? 0 : 1;
    into[0] = (into[0] as number) + outgoing;
    into[1] = (into[1] as number) + ((f & (OUTGOING_BIT | SIGNED_BIT)) === (OUTGOING_BIT | SIGNED_BIT) ? 1 : 0);
    into[2] = (into[2] as number) + secret;
    into[3] = (into[3] as number) + (secret & outgoing);
  });
  return { seed, scale, count: total, agency: agencyColumn, time, flags, registerNumber, agencyStart, counts };
}

const NEW_YEAR_DAYS = [2023, 2024, 2025, 2026, 2027, 2028].map((year) => daysFromCivil(year, 1, 1));

function nextNewYear(day: number): number {
  return NEW_YEAR_DAYS.find((newYear) => newYear > day) ?? Number.POSITIVE_INFINITY;
}
