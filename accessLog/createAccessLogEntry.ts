/**
 * Turns what the gateway knows of one operation, personal data in clear included, into an
 * access-log entry holding none: the citizen caller and every released subject become keyed
 * hashes, the variables a keyed hash, the query text and the response SHA-256 hashes.
 */
import type { Principal } from '../subgraphs/common/auth/Principal.js';
import type { AccessLogEntry, AccessOutcome, AccessPrincipal, ReleasedField } from './AccessLogRecord.js';
import { canonicalJson, sha256Hex } from './canonicalJson.js';
import { keyedHash, subjectHash } from './subjectHash.js';

/** Error codes that mean the caller was refused, not that something failed. */
export const DENIAL_CODES: ReadonlySet<string> = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'RATE_LIMITED',
  'PERSISTED_QUERY_NOT_ALLOWED',
  'OPERATION_LIMIT_EXCEEDED',
]);

/** A personal-data field a subgraph released, as the gateway collects it (subject in clear). */
export interface PersonalDataRelease {
  /** Schema coordinate, e.g. `Citizen.name`. */
  readonly coordinate: string;
  /** The citizen's personal id, in clear: hashed before it is stored. */
  readonly subject: string;
}

/** What is known of one operation when its answer is sent. */
export interface OperationFacts {
  readonly at: Date;
  readonly requestId: string;
  readonly principal: Principal;
  readonly purpose?: string | null | undefined;
  readonly operationName?: string | null | undefined;
  /** The query text, when there was one. */
  readonly query?: string | null | undefined;
  readonly variables?: unknown;
  /** The response body as sent: `{ data?, errors?, extensions? }`. */
  readonly responseBody: unknown;
  readonly releases?: readonly PersonalDataRelease[] | undefined;
}

/** Builds the entry; `subjectKey` is config `accessLogSubjectKey`. */
export function createAccessLogEntry(facts: OperationFacts, subjectKey: string): AccessLogEntry {
  const errorCodes = errorCodesOf(facts.responseBody);
  return {
    at: facts.at.toISOString(),
    requestId: facts.requestId,
    principal: loggedPrincipal(facts.principal, subjectKey),
    clientId: facts.principal.clientId,
    purpose: facts.purpose ?? null,
    operationName: facts.operationName ?? null,
    operationHash: typeof facts.query === 'string' ? sha256Hex(facts.query) : null,
    variablesHash: keyedHash(subjectKey, `variables:${canonicalJson(facts.variables ?? {})}`),
    responseHash: sha256Hex(canonicalJson(facts.responseBody)),
    released: releasedFields(facts.releases ?? [], subjectKey),
    outcome: outcomeOf(facts.responseBody, errorCodes),
    errorCodes,
  };
}

/** The principal as logged: a citizen's personal id only as its keyed hash. */
export function loggedPrincipal(principal: Principal, subjectKey: string): AccessPrincipal {
  return {
    kind: principal.kind,
    subject: principal.kind === 'citizen' ? subjectHash(subjectKey, principal.subject) : principal.subject,
    ...(principal.agency === undefined ? {} : { agency: principal.agency }),
    roles: [...principal.roles],
  };
}

/**
 * - no errors: `ok`;
 * - errors, but some top-level field answered: `partial`;
 * - nothing answered and a refusal code among the errors: `denied`;
 * - nothing answered otherwise: `error`.
 */
export function outcomeOf(body: unknown, errorCodes: readonly string[] = errorCodesOf(body)): AccessOutcome {
  const { data, errors } = (body ?? {}) as { data?: unknown; errors?: unknown };
  if (!Array.isArray(errors) || errors.length === 0) return 'ok';
  const answered = data !== null && typeof data === 'object' && Object.values(data).some((value) => value !== null && value !== undefined);
  if (answered) return 'partial';
  return errorCodes.some((code) => DENIAL_CODES.has(code)) ? 'denied' : 'error';
}

/** Distinct `extensions.code`s of the body's errors, sorted. */
export function errorCodesOf(body: unknown): string[] {
  const errors = (body as { errors?: unknown } | null | undefined)?.errors;
  if (!Array.isArray(errors)) return [];
  const codes = new Set<string>();
  for (const error of errors) {
    const code: unknown = (error as { extensions?: { code?: unknown } } | null)?.extensions?.code;
    codes.add(typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR');
  }
  return [...codes].sort();
}

function releasedFields(releases: readonly PersonalDataRelease[], subjectKey: string): ReleasedField[] {
  const seen = new Set<string>();
  const fields: ReleasedField[] = [];
  for (const release of releases) {
    const field = { coordinate: release.coordinate, subject: subjectHash(subjectKey, release.subject) };
    const key = `${field.coordinate} ${field.subject}`;
    if (seen.has(key)) continue;
    seen.add(key);
    fields.push(field);
  }
  return fields;
}
