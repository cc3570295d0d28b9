/**
 * Checks an access log offline: every record must hash to its `hash`, follow the one before it
 * (seq + 1, `prevHash` = its hash) and, when the store keeps a head anchor, the log must still
 * reach the anchored record. Stops at the first problem, since every later link depends on it.
 */
import { ACCESS_OUTCOMES, GENESIS_HASH, hashRecord, type AccessLogHead, type AccessLogRecord } from './AccessLogRecord.js';

/** What went wrong at the first bad record. */
export type AccessLogProblem =
  /** Not a record at all (a field missing or of the wrong type). */
  | 'malformed'
  /** The record's content no longer matches its hash. */
  | 'edited'
  /** A seq is missing, or `prevHash` does not match the record before: records were removed (or rewritten and re-hashed). */
  | 'deleted'
  /** A record appears out of seq order. */
  | 'reordered'
  /** Records were cut off the end: the head anchor names a record the log no longer reaches. */
  | 'truncated';

export type AccessLogVerification =
  | { readonly ok: true; readonly count: number; readonly head: AccessLogHead | undefined }
  | {
      readonly ok: false;
      readonly problem: AccessLogProblem;
      /** The seq the bad record carries or, for `deleted`/`truncated`, the first one missing. */
      readonly seq: number;
      /** Zero-based position in the log as read. */
      readonly index: number;
      /** One sentence for an operator. */
      readonly message: string;
    };

const HEX64 = /^[0-9a-f]{64}$/;

/**
 * Verifies records in stored order.
 *
 * @param records the log as read (`store.readAll()`)
 * @param anchor the store's head anchor (`store.readHead()`), if it keeps one
 */
export function verifyAccessLog(records: readonly AccessLogRecord[], anchor?: AccessLogHead): AccessLogVerification {
  const seqs = new Set<number>();
  for (const record of records) if (Number.isSafeInteger(record?.seq)) seqs.add(record.seq);

  let previous: AccessLogHead | undefined;
  for (const [index, record] of records.entries()) {
    const expected = (previous?.seq ?? 0) + 1;
    const shape = shapeProblem(record);
    if (shape) return fail('malformed', Number.isSafeInteger(record?.seq) ? record.seq : expected, index, `record ${index + 1} is malformed: ${shape}`);
    if (hashRecord(record) !== record.hash) {
      return fail('edited', record.seq, index, `record seq ${record.seq} was edited: its content does not match its hash`);
    }
    if (record.seq !== expected) {
      // A swap leaves the missing seq further on; a removal leaves it nowhere.
      if (record.seq < expected || seqs.has(expected)) {
        return fail('reordered', record.seq, index, `record seq ${record.seq} is out of order: seq ${expected} was expected at position ${index + 1}`);
      }
      return fail('deleted', expected, index, `record seq ${expected} is missing (the next record is seq ${record.seq})`);
    }
    const expectedPrev = previous?.hash ?? GENESIS_HASH;
    if (record.prevHash !== expectedPrev) {
      return fail(
        'deleted',
        record.seq,
        index,
        `record seq ${record.seq} does not link to ${previous ? `record seq ${previous.seq}` : 'the start of the chain'}: records before it were removed or rewritten`,
      );
    }
    previous = { seq: record.seq, hash: record.hash };
  }

  if (anchor) {
    const reached = previous?.seq ?? 0;
    if (reached < anchor.seq) {
      return fail('truncated', reached + 1, records.length, `the log ends at seq ${reached} but its head anchor says seq ${anchor.seq}: records were cut off the end`);
    }
    const anchored = records[anchor.seq - 1];
    if (anchored?.hash !== anchor.hash) {
      return fail('truncated', anchor.seq, anchor.seq - 1, `record seq ${anchor.seq} does not have the hash its head anchor holds: the end of the log was replaced`);
    }
  }
  return { ok: true, count: records.length, head: previous };
}

function fail(problem: AccessLogProblem, seq: number, index: number, message: string): AccessLogVerification {
  return { ok: false, problem, seq, index, message };
}

/** Why `value` is not a record, or `undefined` when it has every field with the right type. */
function shapeProblem(value: AccessLogRecord): string | undefined {
  if (value === null || typeof value !== 'object') return 'not an object';
  if (!Number.isSafeInteger(value.seq) || value.seq < 1) return 'seq is not a positive integer';
  if (typeof value.hash !== 'string' || !HEX64.test(value.hash)) return 'hash is not 64 hex digits';
  if (typeof value.prevHash !== 'string' || !HEX64.test(value.prevHash)) return 'prevHash is not 64 hex digits';
  if (typeof value.at !== 'string' || Number.isNaN(Date.parse(value.at))) return 'at is not an ISO time';
  if (typeof value.principal !== 'object' || value.principal === null || typeof value.principal.kind !== 'string') return 'principal is missing';
  if (!Array.isArray(value.released)) return 'released is not a list';
  if (!ACCESS_OUTCOMES.includes(value.outcome)) return 'outcome is not one of ok, partial, denied, error';
  return undefined;
}
