import { drawFrom, hash32 } from '../../common/simulator/hash32.js';
import { agencyChildren, agencyRanges, hanoiAgencies, REFORM_MINUTE, type HanoiAgency } from '../../common/simulator/hanoiAgencies.js';
import { dayOfMinutes, MINUTES_PER_DAY } from '../../common/simulator/vietnamTime.js';
import { OUTGOING_BIT, SECRECY_MASK } from './documentFlags.js';
import type { DocumentStore } from './seedDocuments.js';

/**
 * The task (if any) a leader assigns from a document, as a pure function of the document.
 *
 * Being a function of the document index (hashes, no shared random stream) lets the seeding walk
 * documents in any order and lets a document's `HanXuLy` show its task's due date without
 * storing a link from documents to tasks.
 */
export interface TaskPlan {
  /** Simulator minute of assignment. */
  readonly assignedAt: number;
  /** Simulator day of the due date (`HanXuLy`, date only). */
  readonly dueDay: number;
  /** Lead agency index: the document's agency or a unit under it, valid at assignment. */
  readonly lead: number;
  /** Minute of completion, or -1 if the task is never completed. */
  readonly completedAt: number;
  /** Whether the task names the document as its source (`IDVanBan`); the rest came up at meetings. */
  readonly linked: boolean;
}

/** Most incoming documents that need handling become tasks; few outgoing ones do. */
const TASK_RATE_INCOMING = 0.36;
const TASK_RATE_OUTGOING = 0.14;
/** Deadlines leaders give, in days (5 to 60, the common ones weighted by repetition). */
const DUE_DAYS = [5, 7, 7, 10, 10, 10, 15, 15, 15, 15, 20, 20, 30, 30, 30, 45, 60] as const;
const COMPLETION_RATE = 0.88;
const ON_TIME_RATE = 0.8;
const LINKED_RATE = 0.93;
/** Late completions come mostly within days of the deadline, rarely up to this many days after. */
const MAX_DAYS_LATE = 40;

const SALT = 0x7a5c;

function unit(base: number, k: number): number {
  return drawFrom(base, k) / 4294967296;
}

function pickLead(base: number, agency: HanoiAgency, assignedAt: number): number {
  const u = unit(base, 3);
  const h = drawFrom(base, 4);
  if (agency.kind === 'city') {
    if (u < 0.05) return agency.index;
    if (u < 0.75) {
      const [start, end] = agencyRanges.departments;
      return start + (h % (end - start));
    }
    const [start, end] = assignedAt < REFORM_MINUTE ? agencyRanges.districts : agencyRanges.communes;
    return start + (h % (end - start));
  }
  if (agency.kind === 'district' && u >= 0.45) {
    const communes = agencyChildren(agency.index);
    return communes[h % communes.length] ?? agency.index;
  }
  return agency.index;
}

/** The task planned for document `index`, or `undefined` when the document leads to none. */
export function planTask(store: DocumentStore, index: number): TaskPlan | undefined {
  const flags = store.flags[index] ?? 0;
  // Secret documents are handled outside the system: no task is tracked from them.
  if ((flags & SECRECY_MASK) !== 0) return undefined;
  const base = hash32(store.seed, index, SALT);
  const rate = (flags & OUTGOING_BIT) !== 0 ? TASK_RATE_OUTGOING : TASK_RATE_INCOMING;
  if (unit(base, 0) >= rate) return undefined;

  const agency = hanoiAgencies[store.agency[index] ?? 0] as HanoiAgency;
  const documentTime = store.time[index] ?? 0;
  const u = unit(base, 1);
  let assignedAt: number;
  if ((flags & OUTGOING_BIT) !== 0) {
    // Plans and decisions assign their tasks as they are issued.
    assignedAt = documentTime + Math.floor(u * 60);
  } else {
    // An incoming document waits up to three days for the leader's instruction,
    // given during working hours (07:30–17:30).
    const day = dayOfMinutes(documentTime) + (drawFrom(base, 10) % 4);
    const inHours = day * MINUTES_PER_DAY + 450 + Math.floor(u * 600);
    assignedAt = inHours > documentTime ? inHours : documentTime + 30 + Math.floor(u * 90);
  }
  // A unit about to be abolished assigns before its last minute.
  if (agency.validTo !== null) assignedAt = Math.min(assignedAt, agency.validTo);
  const assignedDay = dayOfMinutes(assignedAt);
  const dueDays = DUE_DAYS[drawFrom(base, 2) % DUE_DAYS.length] as number;
  const dueDay = assignedDay + dueDays;

  let completedAt = -1;
  if (unit(base, 5) < COMPLETION_RATE) {
    const spread = unit(base, 7);
    // Work tends to be finished close to the deadline, hence the square root.
    const completedDay =
      unit(base, 6) < ON_TIME_RATE
        ? assignedDay + 1 + Math.min(dueDays - 1, Math.floor(Math.sqrt(spread) * dueDays))
        : dueDay + 1 + Math.floor(spread * spread * MAX_DAYS_LATE);
    completedAt = completedDay * MINUTES_PER_DAY + 480 + Math.floor(unit(base, 8) * 570);
  }
  return {
    assignedAt,
    dueDay,
    lead: pickLead(base, agency, assignedAt),
    completedAt,
    linked: unit(base, 9) < LINKED_RATE,
  };
}
