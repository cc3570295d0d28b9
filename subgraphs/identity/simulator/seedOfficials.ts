import { cumulativeWeights, pickCumulative } from '../../common/simulator/createRandom.js';
import { hashUnit } from '../../common/simulator/hash32.js';
import { agencyRanges, hanoiAgencies, type HanoiAgency } from '../../common/simulator/hanoiAgencies.js';
import { officialName } from '../../common/simulator/personName.js';

/**
 * The directory's officials, generated procedurally by index: only per-agency counts are
 * stored; a name, position and roles are derived on demand from (seed, agency, ordinal).
 *
 * Accounts exist in current agencies only (the city, departments, current communes), agency by
 * agency in display order, so `IDCanBo` order is agency order and one agency's accounts are a
 * contiguous range. Ordinals 0–2 of each agency are its leaders, 3 its chief of office.
 */

export interface Official {
  /** `CB` + 7 digits. */
  readonly id: string;
  readonly agencyIndex: number;
  /** Ordinal within the agency: 0 head, 1–2 deputies, 3 chief of office. */
  readonly ordinal: number;
  readonly name: string;
  readonly position: string;
  /** Legacy role codes: `LD` leader, `CV` official, `TTr` inspector. */
  readonly roles: readonly string[];
}

export interface OfficialDirectory {
  readonly count: number;
  /** `agencyStart[a]` … `agencyStart[a + 1]` are agency `a`'s accounts (empty for former agencies). */
  readonly agencyStart: Int32Array;
  official(index: number): Official;
  /** Index of an `IDCanBo`, or -1 when there is no such account. */
  indexOfId(id: string): number;
}

export interface SeedOfficialsOptions {
  /** Seed of names, positions and staff numbers. */
  readonly seed: number;
  /** Multiplies the number of accounts; every agency keeps at least 4. */
  readonly scale: number;
}

/** Accounts per agency at scale 1, before each agency's relative size: about 40,400 in all. */
const BASE_STAFF = { city: 460, department: 640, commune: 190 } as const;
/** Leaders (3) plus the chief of office, so every signer the documents simulator names exists. */
const MIN_STAFF = 4;

const OFFICE_POSITIONS: ReadonlyArray<readonly [string, number]> = [
  ['Chuyên viên', 45], ['Chuyên viên chính', 20], ['Phó Trưởng phòng', 12], ['Trưởng phòng', 7], ['Cán sự', 6],
  ['Văn thư', 4], ['Kế toán', 3], ['Thanh tra viên', 3],
];
const INSPECTORATE_POSITIONS: ReadonlyArray<readonly [string, number]> = [
  ['Thanh tra viên', 50], ['Thanh tra viên chính', 20], ['Chuyên viên', 15], ['Phó Trưởng phòng', 8], ['Trưởng phòng', 7],
];
const COMMUNE_POSITIONS: ReadonlyArray<readonly [string, number]> = [
  ['Chuyên viên', 25], ['Công chức Địa chính - Xây dựng', 12], ['Công chức Văn hóa - Xã hội', 12],
  ['Viên chức Trung tâm Phục vụ hành chính công', 14], ['Công chức Văn phòng - Thống kê', 10],
  ['Công chức Tư pháp - Hộ tịch', 10], ['Công chức Tài chính - Kế toán', 8], ['Phó Trưởng phòng', 5],
  ['Trưởng phòng Kinh tế', 2], ['Trưởng phòng Văn hóa - Xã hội', 2],
];

function table(entries: ReadonlyArray<readonly [string, number]>): { names: readonly string[]; cumulative: Float64Array } {
  return { names: entries.map(([name]) => name), cumulative: cumulativeWeights(entries.map(([, w]) => w)) };
}
const OFFICE = table(OFFICE_POSITIONS);
const INSPECTORATE = table(INSPECTORATE_POSITIONS);
const COMMUNE = table(COMMUNE_POSITIONS);

const INSPECTORATE_CODE = '000.00.15.H26';

function staffBase(agency: HanoiAgency): number {
  switch (agency.kind) {
    case 'city':
      return BASE_STAFF.city;
    case 'department':
      return BASE_STAFF.department;
    case 'commune':
      return BASE_STAFF.commune;
    default:
      return 0;
  }
}

function meanSize(range: readonly [number, number]): number {
  let sum = 0;
  for (let i = range[0]; i < range[1]; i++) sum += hanoiAgencies[i]?.size ?? 0;
  return sum / (range[1] - range[0]);
}

function positionOf(seed: number, agency: HanoiAgency, ordinal: number): string {
  if (ordinal === 0) return agency.headTitle;
  if (ordinal <= 2) return agency.deputyTitle;
  if (ordinal === 3) return agency.officeChiefTitle;
  const positions = agency.kind === 'commune' ? COMMUNE : agency.code === INSPECTORATE_CODE ? INSPECTORATE : OFFICE;
  return positions.names[pickCumulative(positions.cumulative, hashUnit(seed, agency.index, ordinal, 0x9051))] ?? 'Chuyên viên';
}

function rolesOf(agency: HanoiAgency, ordinal: number, position: string): readonly string[] {
  const inspector = agency.code === INSPECTORATE_CODE || position.startsWith('Thanh tra viên');
  if (ordinal <= 2) return inspector ? ['LD', 'TTr'] : ['LD'];
  return inspector ? ['CV', 'TTr'] : ['CV'];
}

/** Seeds the directory's officials. Fast at any scale: only per-agency counts are computed. */
export function seedOfficials(options: SeedOfficialsOptions): OfficialDirectory {
  const { seed, scale } = options;
  const sizeMeans = {
    department: meanSize(agencyRanges.departments),
    commune: meanSize(agencyRanges.communes),
  };
  const agencyStart = new Int32Array(hanoiAgencies.length + 1);
  let total = 0;
  for (const agency of hanoiAgencies) {
    agencyStart[agency.index] = total;
    const base = staffBase(agency);
    if (base === 0) continue;
    const relative = agency.kind === 'city' ? 1 : agency.size / (agency.kind === 'department' ? sizeMeans.department : sizeMeans.commune);
    const noise = 0.9 + 0.2 * hashUnit(seed, agency.index, 0x57aff);
    total += Math.max(MIN_STAFF, Math.round(base * relative * noise * scale));
  }
  agencyStart[hanoiAgencies.length] = total;

  const agencyOf = (index: number): number => {
    // The largest a with agencyStart[a] <= index has agencyStart[a + 1] > index, so its range
    // is the non-empty one holding the index (former agencies' empty ranges sort before it).
    let lo = 0;
    let hi = hanoiAgencies.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((agencyStart[mid] ?? 0) <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  return {
    count: total,
    agencyStart,
    official(index) {
      const agencyIndex = agencyOf(index);
      const agency = hanoiAgencies[agencyIndex] as HanoiAgency;
      const ordinal = index - (agencyStart[agencyIndex] ?? 0);
      const position = positionOf(seed, agency, ordinal);
      return {
        id: `CB${String(index + 1).padStart(7, '0')}`,
        agencyIndex,
        ordinal,
        name: officialName(seed, agencyIndex, ordinal),
        position,
        roles: rolesOf(agency, ordinal, position),
      };
    },
    indexOfId(id) {
      if (!/^CB\d{7}$/.test(id)) return -1;
      const index = Number(id.slice(2)) - 1;
      return index >= 0 && index < total ? index : -1;
    },
  };
}
