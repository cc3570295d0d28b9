/**
 * One access-log record: what one GraphQL operation (served or refused) did, who asked, and the
 * personal data it released, bound into a hash chain: each record carries the hash of the one
 * before it, so editing, removing or reordering any record breaks the chain from there on.
 */
import type { PrincipalKind, Role } from '../subgraphs/common/auth/Principal.js';
import { canonicalJson, sha256Hex } from './canonicalJson.js';

/** How the operation ended, as the client saw it. */
export type AccessOutcome = 'ok' | 'partial' | 'denied' | 'error';

export const ACCESS_OUTCOMES: readonly AccessOutcome[] = ['ok', 'partial', 'denied', 'error'];

/** The caller, as logged: a citizen's subject is a keyed hash (`hmac:…`), never the id in clear. */
export interface AccessPrincipal {
  readonly kind: PrincipalKind;
  /** Official's account id, partner's client id, a citizen's keyed hash, `""` for anonymous. */
  readonly subject: string;
  readonly agency?: string;
  readonly roles: readonly Role[];
}

/** One personal-data field released for one citizen. */
export interface ReleasedField {
  /** Schema coordinate, e.g. `Citizen.name`. */
  readonly coordinate: string;
  /** The citizen's keyed hash (`subjectHash`). */
  readonly subject: string;
}

/** What the writer knows of an operation; the store adds `seq`, `prevHash` and `hash`. */
export interface AccessLogEntry {
  /** ISO 8601 instant the operation was answered. */
  readonly at: string;
  readonly requestId: string;
  readonly principal: AccessPrincipal;
  readonly clientId: string;
  /** The declared purpose code, or `null`. */
  readonly purpose: string | null;
  readonly operationName: string | null;
  /** SHA-256 hex of the query text (the trusted-document id), `null` when there was none. */
  readonly operationHash: string | null;
  /** Keyed hash of the canonical JSON of the variables (they may hold personal ids). */
  readonly variablesHash: string;
  /** SHA-256 hex of the canonical JSON of the response body sent. */
  readonly responseHash: string;
  readonly released: readonly ReleasedField[];
  readonly outcome: AccessOutcome;
  /** Distinct `extensions.code`s of the response's errors, sorted. */
  readonly errorCodes: readonly string[];
}

/** A record as stored. */
export interface AccessLogRecord extends AccessLogEntry {
  /** 1, 2, 3… without gaps. */
  readonly seq: number;
  /** `hash` of the record before, {@link GENESIS_HASH} for the first. */
  readonly prevHash: string;
  /** SHA-256 hex of the canonical JSON of this record without `hash`. */
  readonly hash: string;
}

/** The last record of a log: what the head anchor keeps and the verifier reports. */
export interface AccessLogHead {
  readonly seq: number;
  readonly hash: string;
}

/** `prevHash` of record 1. */
export const GENESIS_HASH = '0'.repeat(64);

/** The hash a record must carry: SHA-256 over the canonical JSON of everything but `hash`. */
export function hashRecord(record: Omit<AccessLogRecord, 'hash'> | AccessLogRecord): string {
  const { hash: _ignored, ...rest } = record as AccessLogRecord;
  return sha256Hex(canonicalJson(rest));
}

/** Makes the record that follows `previous` (or starts the chain). */
export function sealRecord(entry: AccessLogEntry, previous: AccessLogHead | undefined): AccessLogRecord {
  const unsealed = { ...entry, seq: (previous?.seq ?? 0) + 1, prevHash: previous?.hash ?? GENESIS_HASH };
  return { ...unsealed, hash: hashRecord(unsealed) };
}
