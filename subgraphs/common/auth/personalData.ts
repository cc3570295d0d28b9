import type { Purpose } from '../../../schema/purposes.js';
import { hasScope, type Principal } from './Principal.js';

/**
 * Citizens' personal data: how each field is masked, when it may be shown in clear, and the record
 * of every release. This is the one place these rules live (ARCHITECTURE.md §4, issue part 4);
 * resolvers only call {@link PersonalDataGuard.reveal}.
 *
 * A field is shown in clear only when the caller has identity level 2 and either
 * - is an official with the `personal-data` scope who declared a purpose from the catalogue
 *   (`x-govgraph-purpose`), or
 * - is the citizen the data is about (`kind: 'citizen'`, `subject` = the personal id).
 *
 * Level 2 is asked of citizens too: a level-1 VNeID account was not verified in person, so the
 * person holding it may not be the citizen. A level-1 citizen still sees their own records (their
 * dossiers), with the personal fields masked as anyone else sees them.
 *
 * Every field shown in clear is a release, reported to the gateway for the access log.
 */

/** The response extension in which a subgraph reports its releases; the gateway reads and strips it. */
export const RELEASES_EXTENSION = 'govgraphReleases';

/** One personal-data field shown in clear, as the access log records it. */
export interface PersonalDataRelease {
  /** Schema coordinate of the field, e.g. `Citizen.fullName`. */
  readonly coordinate: string;
  /** The personal id of the citizen the field is about, in clear: the access log hashes it. */
  readonly subject: string;
}

/** Why a caller may see a citizen's data in clear. */
export type ReleaseGround = 'self' | 'purpose';

/**
 * Every field of the graph that carries a citizen's personal data. A resolver revealing a
 * coordinate not listed here is a programming error ({@link PersonalDataGuard.reveal} throws), so
 * this list is the complete inventory the operators' documentation and the access log rely on.
 */
export const PERSONAL_DATA_COORDINATES: ReadonlySet<string> = new Set([
  'Citizen.personalId',
  'Citizen.fullName',
  'Citizen.birthDate',
  'Citizen.sex',
  'Citizen.address',
  'Citizen.phone',
  'Applicant.name',
  'Applicant.idNumber',
]);

/** The ground on which `principal` may see `subject`'s personal data in clear, or `undefined`. */
export function releaseGround(principal: Principal, purpose: Purpose | undefined, subject: string): ReleaseGround | undefined {
  if (principal.identityLevel !== 2 || subject === '') return undefined;
  if (principal.kind === 'citizen' && principal.subject === subject) return 'self';
  if (principal.kind === 'official' && hasScope(principal, 'personal-data') && purpose !== undefined) return 'purpose';
  return undefined;
}

/** `001085012345` → `001******345`: the province of registration and three digits stay. */
export function maskPersonalId(personalId: string): string {
  if (personalId.length < 7) return '*'.repeat(personalId.length);
  return `${personalId.slice(0, 3)}${'*'.repeat(personalId.length - 6)}${personalId.slice(-3)}`;
}

/**
 * `Nguyễn Văn An` → `Nguyễn V** A**`: the family name (shared by millions: Nguyễn alone is about
 * 38 %) stays, every other word keeps its first letter. The stars are fixed, so word lengths leak
 * nothing.
 */
export function maskName(fullName: string): string {
  const words = fullName.normalize('NFC').trim().split(/\s+/).filter((word) => word !== '');
  if (words.length === 0) return '';
  const [family, ...rest] = words;
  if (rest.length === 0) return `${[...(family as string)][0] ?? ''}**`;
  return [family, ...rest.map((word) => `${[...word][0] ?? ''}**`)].join(' ');
}

/** `0912345678` → `09******78`. */
export function maskPhone(phone: string): string {
  const digits = phone.trim();
  if (digits.length < 5) return '*'.repeat(digits.length);
  return `${digits.slice(0, 2)}${'*'.repeat(digits.length - 4)}${digits.slice(-2)}`;
}

/** An address down to its commune: `phường Hoàn Kiếm, thành phố Hà Nội`. */
export function maskAddress(parts: { readonly commune: string; readonly province: string }): string {
  return [parts.commune, parts.province].filter((part) => part !== '').join(', ');
}

/**
 * The personal-data decisions of one request: it reveals or masks each field and keeps the
 * releases, which the subgraph server reports in `extensions.govgraphReleases`.
 */
export class PersonalDataGuard {
  private readonly released = new Map<string, PersonalDataRelease>();

  constructor(
    private readonly principal: Principal,
    private readonly purpose?: Purpose,
  ) {}

  /** The ground on which this request may see `subject`'s data in clear, or `undefined`. */
  groundFor(subject: string): ReleaseGround | undefined {
    return releaseGround(this.principal, this.purpose, subject);
  }

  /**
   * `clear` when this request may see `subject`'s data (recording a release of `coordinate`),
   * else `masked`. Nothing is recorded for an empty value: nothing was released.
   */
  reveal<T, M>(coordinate: string, subject: string, clear: T, masked: M): T | M {
    if (!PERSONAL_DATA_COORDINATES.has(coordinate)) throw new Error(`personal data: ${coordinate} is not in PERSONAL_DATA_COORDINATES`);
    if (this.groundFor(subject) === undefined) return masked;
    if (clear !== null && clear !== undefined && clear !== '') {
      this.released.set(`${coordinate}\u0000${subject}`, { coordinate, subject });
    }
    return clear;
  }

  /** The releases so far, each (coordinate, subject) once, in the order first made. */
  releases(): readonly PersonalDataRelease[] {
    return [...this.released.values()];
  }
}
