import { agencyActiveDays } from '../../common/simulator/agencyActiveDays.js';
import { createRandom, pickCumulative, type Random } from '../../common/simulator/createRandom.js';
import { hash32 } from '../../common/simulator/hash32.js';
import { agencyRanges, hanoiAgencies, type AgencyKind, type HanoiAgency } from '../../common/simulator/hanoiAgencies.js';
import { poisson } from '../../common/simulator/poisson.js';
import { daysFromCivil, MINUTES_PER_DAY } from '../../common/simulator/vietnamTime.js';
import {
  CHANNEL_TABLE,
  CITY_CATEGORY_WEIGHTS,
  DEPARTMENT_CATEGORIES,
  LOCAL_CATEGORY_WEIGHTS,
  REMOTE_CHANNEL_TABLE,
  SEVERITIES,
  SEVERITY_TABLE,
  categoryTable,
} from './feedbackCatalogue.js';
import { packFlags } from './feedbackFlags.js';
import { createWorkingDayTable, type WorkingDayTable } from './workingDayTable.js';

/**
 * Every feedback of the city, as columns of typed arrays (about 18 bytes a record; text is derived
 * on demand in legacyFeedback.ts).
 *
 * Layout: handling-agency-major, then reception time ascending, so one agency's feedback is the
 * range `handlerStart[a]…handlerStart[a + 1]` and a period within it is found by binary search.
 * A feedback's id is its index + 1.
 */
export interface FeedbackStore {
  readonly seed: number;
  readonly scale: number;
  readonly count: number;
  /** Handling agency (index in hanoiAgencies). */
  readonly handler: Uint16Array;
  /** Received at, simulator minutes. */
  readonly receivedAt: Int32Array;
  /** Accepted at (thụ lý); {@link NEVER} for rejected feedback. */
  readonly acceptedAt: Int32Array;
  /** Handling started at; {@link NEVER} for rejected feedback. */
  readonly processingAt: Int32Array;
  /** Closed at: resolved, or rejected when the rejected bit is set; {@link NEVER} if never closed. */
  readonly closedAt: Int32Array;
  /** Packed attributes (feedbackFlags.ts). */
  readonly flags: Uint16Array;
  /** Resolution deadline (`HanXuLy`), a simulator day: statistics test it for every row. */
  readonly resolveDeadline: Uint16Array;
  /** Start of each agency's range; length = agencies + 1. */
  readonly handlerStart: Int32Array;
  /** The shared working-day calendar over the seeded days. */
  readonly calendar: WorkingDayTable;
}

/** An instant that never comes. */
export const NEVER = 0x7fffffff;

/** Received 2025-01-01 … 2026-12-31 (only what is before the clock is visible). */
export const FIRST_FEEDBACK_DAY = daysFromCivil(2025, 1, 1);
export const LAST_FEEDBACK_DAY = daysFromCivil(2026, 12, 31);

/** No feedback takes longer than this to close (the stuck ones never close at all). */
export const MAX_CLOSING_DAYS = 120;

/** Feedback a day at scale 1 for an agency of relative size 1, by kind of handling agency. */
const DAILY_FEEDBACK: Readonly<Record<AgencyKind, number>> = {
  city: 6,
  department: 4.5,
  district: 4,
  formerCommune: 1.2,
  commune: 6,
};

/** Apps and the hotline keep taking feedback on days off, at about half the pace. */
const OFF_DAY_FACTOR = 0.55;
/** Submissions come from 06:00 to 22:30. */
const DAY_START_MINUTE = 360;
const DAY_SPAN_MINUTES = 990;
/** Offices work 07:30 to 17:00 (walk-ins, acceptance, resolution). */
const OFFICE_START = 450;
const OFFICE_END = 1020;
const REJECTED_RATE = 0.06;
const STUCK_RATE = 0.015;
/** Share resolved within the allowance, by severity. */
const ON_TIME_RATE = [0.84, 0.8, 0.75] as const;
const RATED_RATE = 0.45;
/** Satisfied / neutral shares of ratings (the rest dissatisfied), on time and late. */
const SATISFIED_ON_TIME = [0.74, 0.16] as const;
const SATISFIED_LATE = [0.42, 0.23] as const;

interface CategoryDraw {
  readonly indices: readonly number[];
  readonly table: Float64Array;
}

const LOCAL_DRAW = categoryTable(LOCAL_CATEGORY_WEIGHTS);
const CITY_DRAW = categoryTable(CITY_CATEGORY_WEIGHTS);

function categoriesOf(agency: HanoiAgency): CategoryDraw {
  if (agency.kind === 'city') return CITY_DRAW;
  if (agency.kind === 'department') {
    const spec = DEPARTMENT_CATEGORIES[agency.symbol];
    return spec === undefined ? CITY_DRAW : categoryTable(spec.categories);
  }
  return LOCAL_DRAW;
}

function weightOf(agency: HanoiAgency, meanSize: Readonly<Record<AgencyKind, number>>): number {
  if (agency.kind === 'department') return agency.size * (DEPARTMENT_CATEGORIES[agency.symbol]?.weight ?? 0.1);
  return agency.size / meanSize[agency.kind];
}

function meanSizes(): Readonly<Record<AgencyKind, number>> {
  const mean = (range: readonly [number, number]): number => {
    let sum = 0;
    for (let i = range[0]; i < range[1]; i++) sum += hanoiAgencies[i]?.size ?? 0;
    return sum / (range[1] - range[0]);
  };
  return {
    city: 1,
    department: 1,
    district: mean(agencyRanges.districts),
    formerCommune: mean(agencyRanges.formerCommunes),
    commune: mean(agencyRanges.communes),
  };
}

/** An instant in office hours of `day`, not before `notBefore`. */
function officeTime(random: Random, day: number, notBefore: number): number {
  const start = Math.max(day * MINUTES_PER_DAY + OFFICE_START, notBefore + 10);
  const end = Math.max(day * MINUTES_PER_DAY + OFFICE_END, start + 30);
  return start + Math.floor(random.next() * (end - start));
}

/**
 * Seeds every handling agency's feedback. Two passes: the first draws how many each agency gets
 * each day, so the columns are allocated once at their exact size; the second fills them in
 * agency and time order, so nothing needs sorting.
 */
export function seedFeedback(options: { readonly seed: number; readonly scale: number }): FeedbackStore {
  const { seed, scale } = options;
  const days = LAST_FEEDBACK_DAY - FIRST_FEEDBACK_DAY + 1;
  const calendar = createWorkingDayTable(
    FIRST_FEEDBACK_DAY,
    LAST_FEEDBACK_DAY,
    SEVERITIES.flatMap((severity) => [severity.acceptDays, severity.resolveDays]),
    MAX_CLOSING_DAYS + 60,
  );
  const sizes = meanSizes();
  const agencies = hanoiAgencies.length;

  const dailyCounts = new Uint16Array(agencies * days);
  const handlerStart = new Int32Array(agencies + 1);
  let total = 0;
  for (const agency of hanoiAgencies) {
    handlerStart[agency.index] = total;
    const [first, last] = agencyActiveDays(agency, FIRST_FEEDBACK_DAY, LAST_FEEDBACK_DAY);
    const rate = DAILY_FEEDBACK[agency.kind] * weightOf(agency, sizes) * scale;
    const random = createRandom(hash32(seed, agency.index, 0xfeed));
    for (let day = first; day <= last; day++) {
      const n = Math.min(65_535, poisson(random, rate * (calendar.isWorking(day) ? 1 : OFF_DAY_FACTOR)));
      dailyCounts[agency.index * days + (day - FIRST_FEEDBACK_DAY)] = n;
      total += n;
    }
  }
  handlerStart[agencies] = total;

  const handler = new Uint16Array(total);
  const receivedAt = new Int32Array(total);
  const acceptedAt = new Int32Array(total);
  const processingAt = new Int32Array(total);
  const closedAt = new Int32Array(total);
  const flags = new Uint16Array(total);
  const resolveDeadline = new Uint16Array(total);

  for (const agency of hanoiAgencies) {
    const [first, last] = agencyActiveDays(agency, FIRST_FEEDBACK_DAY, LAST_FEEDBACK_DAY);
    const random = createRandom(hash32(seed, agency.index, 0xfeedb));
    const categories = categoriesOf(agency);
    let row = handlerStart[agency.index] ?? 0;
    for (let day = first; day <= last; day++) {
      const n = dailyCounts[agency.index * days + (day - FIRST_FEEDBACK_DAY)] ?? 0;
      const worked = calendar.isWorking(day);
      for (let k = 0; k < n; k++) {
        // Stratified times (one per slice of the day) come out sorted without a sort.
        const inDay = DAY_START_MINUTE + Math.floor(((k + random.next()) * DAY_SPAN_MINUTES) / n);
        const received = day * MINUTES_PER_DAY + inDay;
        const officeOpen = worked && inDay >= OFFICE_START && inDay < OFFICE_END;
        // Walk-ins come in office hours only.
        const channel = pickCumulative(officeOpen ? CHANNEL_TABLE : REMOTE_CHANNEL_TABLE, random.next());
        const severity = pickCumulative(SEVERITY_TABLE, random.next());
        const allowance = SEVERITIES[severity]?.resolveDays ?? 10;
        const category = categories.indices[pickCumulative(categories.table, random.next())] ?? 0;
        const rejected = random.next() < REJECTED_RATE;

        // Accepted (or rejected) the same working day when it came in office hours, else later.
        const firstWorkDay = worked && inDay < OFFICE_END - 30 ? day : calendar.after(day, 1);
        const u = random.next();
        const delay = severity === 1 ? (u < 0.95 ? 0 : 1) : u < 0.55 ? 0 : u < 0.9 ? 1 : u < 0.97 ? 2 : 3 + Math.floor(random.next() * 3);
        const decisionDay = delay === 0 ? firstWorkDay : calendar.after(firstWorkDay, delay);
        const decision = officeTime(random, decisionDay, received);

        let accepted = NEVER;
        let processing = NEVER;
        let closed = NEVER;
        let rating = 0;
        if (rejected) {
          closed = decision;
        } else {
          accepted = decision;
          processing = accepted + 20 + Math.floor(random.next() * 400);
          if (random.next() >= STUCK_RATE) {
            const onTime = random.next() < (ON_TIME_RATE[severity] ?? 0.8);
            const offset = onTime ? Math.floor(random.next() * (allowance + 1)) : allowance + 1 + Math.floor(random.next() * 15);
            const resolveDay = offset === 0 ? firstWorkDay : calendar.after(day, offset);
            closed = Math.min(Math.max(officeTime(random, resolveDay, processing), processing + 30), received + MAX_CLOSING_DAYS * MINUTES_PER_DAY);
            if (random.next() < RATED_RATE) {
              const shares = onTime ? SATISFIED_ON_TIME : SATISFIED_LATE;
              const r = random.next();
              rating = r < shares[0] ? 1 : r < shares[0] + shares[1] ? 2 : 3;
            }
          }
        }
        const published = random.next() < (rejected ? 0.2 : 0.7);
        handler[row] = agency.index;
        receivedAt[row] = received;
        acceptedAt[row] = accepted;
        processingAt[row] = processing;
        closedAt[row] = closed;
        flags[row] = packFlags({ channel, severity, category, rejected, published, rating });
        resolveDeadline[row] = calendar.deadline(day, allowance);
        row++;
      }
    }
  }
  return { seed, scale, count: total, handler, receivedAt, acceptedAt, processingAt, closedAt, flags, resolveDeadline, handlerStart, calendar };
}

/** When the citizen rated a resolved feedback: one hour to four days after it was closed. */
export function ratedAt(store: FeedbackStore, row: number): number {
  return (store.closedAt[row] as number) + 60 + (hash32(store.seed, row, 0xda7e) % 5760);
}
