import { hanoiAgencies } from '../../common/simulator/hanoiAgencies.js';
import { MINUTES_PER_DAY } from '../../common/simulator/vietnamTime.js';
import { createBlockCounts, type BlockCounts } from '../../common/simulator/createBlockCounts.js';
import { planTask } from './planTask.js';
import type { DocumentStore } from './seedDocuments.js';
import { taskBucket } from './taskBucket.js';

/**
 * Tasks as columns of typed arrays, laid out lead-agency-major and, within an agency, by due date
 * then assignment order: the legacy list sorts by `HanXuLy` then `MaNhiemVu`, and with this
 * layout that order is a merge of per-agency ranges, with a task's id being its index + 1.
 */
export interface TaskStore {
  readonly count: number;
  /** Lead agency (`MaDonViChuTri`). */
  readonly lead: Uint16Array;
  /** Assigning agency (`MaDonViGiao`): the agency of the source document. */
  readonly assigner: Uint16Array;
  /** Simulator minute of assignment. */
  readonly assignedAt: Int32Array;
  /** Simulator day of the due date. */
  readonly dueDay: Int32Array;
  /** Simulator minute of completion, -1 if never completed (completions after the clock are hidden at read time). */
  readonly completedAt: Int32Array;
  /** Index of the source document, or -1 for tasks given at meetings. */
  readonly sourceDocument: Int32Array;
  /** The document the task was planned from (its text derives from it even when not linked). */
  readonly originDocument: Int32Array;
  /** Start of each lead agency's range; length = agencies + 1. */
  readonly leadStart: Int32Array;
  /**
   * A second order of the same rows for statistics: within each lead agency's range, rows by
   * assignment time (`byAssigned[p]` is a row; `assignedSorted[p]` its assignment minute, for
   * binary search).
   */
  readonly byAssigned: Int32Array;
  readonly assignedSorted: Int32Array;
  /**
   * Longest time from assignment until a task's bucket can no longer change (its completion, or
   * the end of its due date if never completed). Tasks assigned longer ago than this before an
   * as-of instant are in their final bucket.
   */
  readonly settleMinutes: number;
  /** Final-bucket counts (index = bucket - 1) over positions of `byAssigned`. */
  readonly finalCounts: BlockCounts;
}

const DUE_BITS = 2 ** 12;

/** Growable int column for the planning pass, whose final size is known only at its end. */
class Column {
  values: Int32Array;
  constructor(capacity: number) {
    this.values = new Int32Array(capacity);
  }
  set(index: number, value: number): void {
    if (index >= this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[index] = value;
  }
}

/** Plans a task from every document (planTask.ts) and lays the tasks out for queries. */
export function seedTasks(documents: DocumentStore): TaskStore {
  const capacity = Math.ceil(documents.count * 0.3) + 16;
  const planned = {
    origin: new Column(capacity),
    lead: new Column(capacity),
    assignedAt: new Column(capacity),
    dueDay: new Column(capacity),
    completedAt: new Column(capacity),
    linked: new Column(capacity),
  };
  let count = 0;
  for (let i = 0; i < documents.count; i++) {
    const plan = planTask(documents, i);
    if (plan === undefined) continue;
    planned.origin.set(count, i);
    planned.lead.set(count, plan.lead);
    planned.assignedAt.set(count, plan.assignedAt);
    planned.dueDay.set(count, plan.dueDay);
    planned.completedAt.set(count, plan.completedAt);
    planned.linked.set(count, plan.linked ? 1 : 0);
    count++;
  }

  // Sort keys pack (lead, due day, planning order) exactly into a double's 53-bit mantissa:
  // a native numeric sort of a Float64Array is far faster than sorting with a comparator.
  const orderBits = 2 ** Math.max(1, Math.ceil(Math.log2(count + 1)));
  if (hanoiAgencies.length * DUE_BITS * orderBits > Number.MAX_SAFE_INTEGER) throw new Error('seedTasks: too many tasks to sort');
  const keys = new Float64Array(count);
  for (let k = 0; k < count; k++) {
    keys[k] = ((planned.lead.values[k] ?? 0) * DUE_BITS + (planned.dueDay.values[k] ?? 0)) * orderBits + k;
  }
  keys.sort();

  const lead = new Uint16Array(count);
  const assigner = new Uint16Array(count);
  const assignedAt = new Int32Array(count);
  const dueDay = new Int32Array(count);
  const completedAt = new Int32Array(count);
  const sourceDocument = new Int32Array(count);
  const originDocument = new Int32Array(count);
  const leadStart = new Int32Array(hanoiAgencies.length + 1);
  for (let j = 0; j < count; j++) {
    const k = (keys[j] ?? 0) % orderBits;
    const documentIndex = planned.origin.values[k] ?? 0;
    const leadIndex = planned.lead.values[k] ?? 0;
    lead[j] = leadIndex;
    assigner[j] = documents.agency[documentIndex] ?? 0;
    assignedAt[j] = planned.assignedAt.values[k] ?? 0;
    dueDay[j] = planned.dueDay.values[k] ?? 0;
    completedAt[j] = planned.completedAt.values[k] ?? -1;
    sourceDocument[j] = planned.linked.values[k] === 1 ? documentIndex : -1;
    originDocument[j] = documentIndex;
    leadStart[leadIndex + 1] = j + 1;
  }
  // Agencies that lead no task get an empty range where the previous one ended.
  for (let a = 1; a <= hanoiAgencies.length; a++) {
    if ((leadStart[a] ?? 0) < (leadStart[a - 1] ?? 0)) leadStart[a] = leadStart[a - 1] ?? 0;
  }

  const byAssigned = new Int32Array(count);
  const assignedSorted = new Int32Array(count);
  for (let a = 0; a < hanoiAgencies.length; a++) {
    const start = leadStart[a] as number;
    const end = leadStart[a + 1] as number;
    const localBits = 2 ** Math.max(1, Math.ceil(Math.log2(end - start + 1)));
    const local = new Float64Array(end - start);
    for (let row = start; row < end; row++) local[row - start] = (assignedAt[row] as number) * localBits + (row - start);
    local.sort();
    for (let k = 0; k < local.length; k++) {
      const row = start + ((local[k] as number) % localBits);
      byAssigned[start + k] = row;
      assignedSorted[start + k] = assignedAt[row] as number;
    }
  }
  let settleMinutes = 0;
  for (let row = 0; row < count; row++) {
    const done = completedAt[row] as number;
    const settledAt = done >= 0 ? done : ((dueDay[row] as number) + 1) * MINUTES_PER_DAY;
    settleMinutes = Math.max(settleMinutes, settledAt - (assignedAt[row] as number));
  }

  const store = { count, lead, assigner, assignedAt, dueDay, completedAt, sourceDocument, originDocument, leadStart, byAssigned, assignedSorted, settleMinutes };
  const finalCounts = createBlockCounts(count, 4, (position, into) => {
    const bucket = taskBucket(store as TaskStore, byAssigned[position] as number, FINAL_MINUTE);
    into[bucket - 1] = (into[bucket - 1] as number) + 1;
  });
  return { ...store, finalCounts };
}

/** An as-of instant after every task has settled. */
const FINAL_MINUTE = 0x7fffffff;
