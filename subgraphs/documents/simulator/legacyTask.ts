import type { LegacyRecord } from '../../common/simulator/envelope.js';
import { hash32 } from '../../common/simulator/hash32.js';
import { agencyChildren, agencyRanges, hanoiAgencies, type HanoiAgency } from '../../common/simulator/hanoiAgencies.js';
import { legacyText, storedAsNfd } from '../../common/simulator/legacyText.js';
import { formatDate, formatInstant, MINUTES_PER_DAY } from '../../common/simulator/vietnamTime.js';
import { taskTitle, topicText } from './documentSubject.js';
import { documentTopic } from './legacyDocument.js';
import type { DocumentStore } from './seedDocuments.js';
import type { TaskStore } from './seedTasks.js';

const SALT = 0x7a5d;
const NFD_SALT = 0x7a5;
/** How many co-operating agencies a task names: none for about half. */
const CO_AGENCY_COUNTS = [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 2, 2, 2, 3, 3] as const;

function code(index: number): string {
  return (hanoiAgencies[index] as HanoiAgency).code;
}

/** Co-operating agencies: the lead's siblings under a district, departments for city-level tasks. */
function coAgencies(seed: number, index: number, lead: number, assigner: number): string {
  const count = CO_AGENCY_COUNTS[hash32(seed, index, SALT, 1) % CO_AGENCY_COUNTS.length] as number;
  if (count === 0) return '';
  const assigning = hanoiAgencies[assigner] as HanoiAgency;
  // A commune's own tasks are handled within the commune.
  if (assigning.level === 4) return '';
  const pool =
    assigning.kind === 'district'
      ? agencyChildren(assigner)
      : Array.from({ length: agencyRanges.departments[1] - agencyRanges.departments[0] }, (_, i) => agencyRanges.departments[0] + i);
  const chosen: number[] = [];
  for (let k = 0; chosen.length < count && k < count * 4; k++) {
    const candidate = pool[hash32(seed, index, SALT, 2 + k) % pool.length];
    if (candidate !== undefined && candidate !== lead && !chosen.includes(candidate)) chosen.push(candidate);
  }
  return chosen
    .sort((a, b) => a - b)
    .map(code)
    .join(';');
}

/**
 * Progress an open task reports: it grows with the time spent of the time given, in steps of 10,
 * and never reaches 100 (only completion does).
 */
function progress(seed: number, index: number, assignedAt: number, dueDay: number, now: number): number {
  const window = (dueDay + 1) * MINUTES_PER_DAY - assignedAt;
  const elapsed = Math.max(0, Math.min(1, (now - assignedAt) / window));
  const pace = 0.5 + (hash32(seed, index, SALT, 9) % 50) / 100;
  return Math.min(90, Math.floor(elapsed * pace * 10) * 10);
}

/** The legacy record of task `index` as of the clock's `now` (later completions are hidden). */
export function legacyTask(documents: DocumentStore, tasks: TaskStore, index: number, now: number): LegacyRecord {
  const seed = documents.seed;
  const lead = tasks.lead[index] ?? 0;
  const assigner = tasks.assigner[index] ?? 0;
  const assignedAt = tasks.assignedAt[index] ?? 0;
  const dueDay = tasks.dueDay[index] ?? 0;
  const completedAt = tasks.completedAt[index] ?? -1;
  const source = tasks.sourceDocument[index] ?? -1;
  const origin = tasks.originDocument[index] ?? 0;
  const done = completedAt >= 0 && completedAt <= now;
  const topic = topicText(documentTopic(seed, origin), assignedAt, (hanoiAgencies[lead] as HanoiAgency).area);
  const title = taskTitle(topic, hash32(seed, index, SALT, 0), source < 0);
  return {
    MaNhiemVu: `NV${String(index + 1).padStart(8, '0')}`,
    TenNhiemVu: legacyText(title, storedAsNfd(seed, NFD_SALT, index)),
    MaDonViGiao: code(assigner),
    MaDonViChuTri: code(lead),
    DonViPhoiHop: coAgencies(seed, index, lead, assigner),
    NgayGiao: formatInstant(assignedAt),
    HanXuLy: formatDate(dueDay),
    NgayHoanThanh: done ? formatInstant(completedAt) : '',
    TienDo: String(done ? 100 : progress(seed, index, assignedAt, dueDay, now)),
    IDVanBan: source >= 0 ? `VB${String(source + 1).padStart(8, '0')}` : '',
  };
}
