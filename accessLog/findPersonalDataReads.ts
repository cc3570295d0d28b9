/**
 * The auditor's question: who read this citizen's personal data? Answered from the access log by
 * the keyed hash of the citizen's id, computed with the same key and function as the writer's.
 */
import type { AccessOutcome, AccessPrincipal } from './AccessLogRecord.js';
import type { AccessLogStore } from './AccessLogStore.js';
import { PERSONAL_ID_PATTERN } from '../subgraphs/common/auth/Principal.js';
import { subjectHash } from './subjectHash.js';

/** One operation that released data of the citizen. */
export interface PersonalDataRead {
  readonly seq: number;
  /** ISO instant the answer was sent. */
  readonly at: string;
  readonly requestId: string;
  /** Who asked: kind, subject (a citizen's as a keyed hash) and agency. */
  readonly principal: Pick<AccessPrincipal, 'kind' | 'subject' | 'agency'>;
  readonly clientId: string;
  readonly purpose: string | null;
  readonly operationName: string | null;
  readonly outcome: AccessOutcome;
  /** The schema coordinates released for this citizen, e.g. `Citizen.name`. */
  readonly coordinates: readonly string[];
}

/** Options of `findPersonalDataReads`. */
export interface FindPersonalDataReadsOptions {
  /** Most reads to return, newest first. Default `50`. */
  readonly first?: number;
}

/**
 * Operations that released personal data of `personalId`, newest first.
 *
 * @throws RangeError when `personalId` is not 12 digits (callers turn it into BAD_USER_INPUT first)
 */
export async function findPersonalDataReads(
  store: AccessLogStore,
  subjectKey: string,
  personalId: string,
  options: FindPersonalDataReadsOptions = {},
): Promise<PersonalDataRead[]> {
  if (!PERSONAL_ID_PATTERN.test(personalId)) throw new RangeError('A personal id is 12 digits.');
  const subject = subjectHash(subjectKey, personalId);
  const records = await store.findBySubject(subject, { first: options.first ?? 50 });
  return records.map((record) => ({
    seq: record.seq,
    at: record.at,
    requestId: record.requestId,
    principal: {
      kind: record.principal.kind,
      subject: record.principal.subject,
      ...(record.principal.agency === undefined ? {} : { agency: record.principal.agency }),
    },
    clientId: record.clientId,
    purpose: record.purpose,
    operationName: record.operationName,
    outcome: record.outcome,
    coordinates: [...new Set(record.released.filter((field) => field.subject === subject).map((field) => field.coordinate))],
  }));
}
