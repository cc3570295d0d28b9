import { agencyRanges, hanoiAgencies, type HanoiAgency } from './hanoiAgencies.js';
import { drawFrom, hash32 } from './hash32.js';
import { personNameOfSex } from './personName.js';
import { daysFromCivil } from './vietnamTime.js';

/**
 * The citizens of the national population database (VNeID-style) that the city's systems see:
 * the identity system's registry answers for them and the one-stop shop's dossiers name them as
 * applicants, so both must agree on who exists and what their record says.
 *
 * Like the agency tree, the population is fixed: it depends on neither a simulator's seed nor its
 * scale (the registry of people does not change with the volume of dossiers). Nothing is stored:
 * citizen `i` is computed from `i`, and a personal id maps back to its index arithmetically.
 *
 * Personal ids follow DOMAIN.md: province `001` (Hà Nội), the century/sex digit (0/1 the 1900s
 * male/female, 2/3 the 2000s), two digits of the birth year, six digits of serial. Each (sex, birth
 * year) cohort hands out its serials through an invertible affine map modulo 10^6, so serials look
 * random but `citizenIndexOf` needs no table.
 */

/** Citizens in the population, seeded ones included. */
export const CITIZEN_POPULATION = 3_000_000;

export interface SeededCitizen {
  readonly personalId: string;
  readonly identityLevel: 1 | 2;
}

/**
 * The citizens the identity provider issues development tokens for (devPrincipals.ts); they are
 * indices 0 and 1 of the population.
 */
export const SEEDED_CITIZENS: readonly SeededCitizen[] = Object.freeze([
  Object.freeze({ personalId: '001085012345', identityLevel: 1 as const }),
  Object.freeze({ personalId: '001302678901', identityLevel: 2 as const }),
]);

export interface CitizenRecord {
  readonly index: number;
  /** 12 digits. */
  readonly personalId: string;
  readonly fullName: string;
  readonly female: boolean;
  readonly birthYear: number;
  readonly birthMonth: number;
  readonly birthDay: number;
  /** Index in `hanoiAgencies` of the current commune or ward of permanent residence. */
  readonly communeIndex: number;
  /** House number and street, without the commune: `Số 12, ngõ 45, phố Huế`. */
  readonly street: string;
  /** Mobile number, 10 digits starting with 0. */
  readonly phone: string;
  readonly identityLevel: 1 | 2;
}

const PROVINCE = '001';
const FIRST_BIRTH_YEAR = 1950;
const BIRTH_YEARS = 57; // 1950–2006: adults at the time of the seeded dossiers
const COHORTS = BIRTH_YEARS * 2;
const SERIALS = 1_000_000;
/** Coprime with 10^6, so `k -> k * STRIDE + offset (mod 10^6)` is a bijection. */
const STRIDE = 738_217;
const GENERATED = CITIZEN_POPULATION - SEEDED_CITIZENS.length;

function modularInverse(a: number, m: number): number {
  let [oldR, r] = [a, m];
  let [oldS, s] = [1, 0];
  while (r !== 0) {
    const q = Math.floor(oldR / r);
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  return ((oldS % m) + m) % m;
}
const STRIDE_INVERSE = modularInverse(STRIDE, SERIALS);

const cohortOffset = (cohort: number): number => hash32(cohort, 0xc0407) % SERIALS;

const seededIndexById: ReadonlyMap<string, number> = new Map(SEEDED_CITIZENS.map((citizen, index) => [citizen.personalId, index]));

/** The personal id of citizen `index` (0 ≤ index < {@link CITIZEN_POPULATION}). */
export function personalIdAt(index: number): string {
  const seeded = SEEDED_CITIZENS[index];
  if (seeded !== undefined) return seeded.personalId;
  const j = index - SEEDED_CITIZENS.length;
  const cohort = j % COHORTS;
  const k = Math.floor(j / COHORTS);
  const year = FIRST_BIRTH_YEAR + (cohort >> 1);
  const female = (cohort & 1) === 1;
  const centurySex = (year >= 2000 ? 2 : 0) + (female ? 1 : 0);
  const serial = (k * STRIDE + cohortOffset(cohort)) % SERIALS;
  return `${PROVINCE}${centurySex}${String(year % 100).padStart(2, '0')}${String(serial).padStart(6, '0')}`;
}

/** The index of a personal id in the population, or -1 when no such citizen exists. */
export function citizenIndexOf(personalId: string): number {
  const seeded = seededIndexById.get(personalId);
  if (seeded !== undefined) return seeded;
  if (!/^\d{12}$/.test(personalId) || !personalId.startsWith(PROVINCE)) return -1;
  const centurySex = Number(personalId[3]);
  if (centurySex > 3) return -1;
  const year = (centurySex >= 2 ? 2000 : 1900) + Number(personalId.slice(4, 6));
  if (year < FIRST_BIRTH_YEAR || year >= FIRST_BIRTH_YEAR + BIRTH_YEARS) return -1;
  const cohort = (year - FIRST_BIRTH_YEAR) * 2 + (centurySex & 1);
  const serial = Number(personalId.slice(6));
  const k = (((serial - cohortOffset(cohort) + SERIALS) % SERIALS) * STRIDE_INVERSE) % SERIALS;
  const j = k * COHORTS + cohort;
  return j < GENERATED ? j + SEEDED_CITIZENS.length : -1;
}

const STREETS = [
  'phố Huế', 'phố Hàng Bông', 'đường Láng', 'đường Giải Phóng', 'phố Kim Mã', 'đường Nguyễn Trãi', 'phố Bạch Mai',
  'đường Trường Chinh', 'phố Đội Cấn', 'đường Lạc Long Quân', 'đường Nguyễn Văn Cừ', 'phố Tây Sơn', 'đường Hoàng Quốc Việt',
  'đường Phạm Văn Đồng', 'phố Minh Khai', 'đường Tam Trinh', 'phố Nguyễn Chí Thanh', 'đường Quang Trung', 'thôn Đông', 'thôn Đoài',
  'xóm Chùa', 'thôn Thượng', 'thôn Hạ', 'tổ dân phố số 5',
] as const;
/** Mobile prefixes of Vietnam's networks (after the leading 0). */
const MOBILE_PREFIXES = ['32', '33', '34', '35', '36', '37', '38', '39', '56', '58', '70', '76', '77', '78', '79', '81', '82', '83', '84', '85', '86', '88', '89', '90', '91', '93', '94', '96', '97', '98'] as const;
/** Share of citizens whose VNeID account is verified in person (level 2). */
const LEVEL_2_SHARE = 0.7;

/** The whole record of citizen `index`; every attribute derives from the personal id alone. */
export function citizenAt(index: number): CitizenRecord {
  const personalId = personalIdAt(index);
  const centurySex = Number(personalId[3]);
  const female = (centurySex & 1) === 1;
  const birthYear = (centurySex >= 2 ? 2000 : 1900) + Number(personalId.slice(4, 6));
  const base = hash32(Number(personalId.slice(3)), 0xc171);
  const dayOfYear = drawFrom(base, 1) % (daysFromCivil(birthYear + 1, 1, 1) - daysFromCivil(birthYear, 1, 1));
  const birth = new Date(Date.UTC(birthYear, 0, 1 + dayOfYear));
  const [communeStart, communeEnd] = agencyRanges.communes;
  const communeIndex = communeStart + (drawFrom(base, 2) % (communeEnd - communeStart));
  const street = STREETS[drawFrom(base, 3) % STREETS.length] as string;
  const house = 1 + (drawFrom(base, 4) % 180);
  const lane = drawFrom(base, 5) % 3 === 0 ? '' : `ngõ ${1 + (drawFrom(base, 6) % 400)}, `;
  const seeded = SEEDED_CITIZENS[index];
  return {
    index,
    personalId,
    fullName: personNameOfSex(base, female),
    female,
    birthYear,
    birthMonth: birth.getUTCMonth() + 1,
    birthDay: birth.getUTCDate(),
    communeIndex,
    street: `Số ${house}, ${lane}${street}`,
    phone: `0${MOBILE_PREFIXES[drawFrom(base, 7) % MOBILE_PREFIXES.length]}${String(drawFrom(base, 8) % 10_000_000).padStart(7, '0')}`,
    identityLevel: seeded?.identityLevel ?? (drawFrom(base, 9) / 4294967296 < LEVEL_2_SHARE ? 2 : 1),
  };
}

/** A citizen by personal id, or `undefined` when the population has none. */
export function citizenByPersonalId(personalId: string): CitizenRecord | undefined {
  const index = citizenIndexOf(personalId);
  return index < 0 ? undefined : citizenAt(index);
}

/** The commune of a citizen's residence, for addresses. */
export function communeOf(citizen: CitizenRecord): HanoiAgency {
  return hanoiAgencies[citizen.communeIndex] as HanoiAgency;
}
