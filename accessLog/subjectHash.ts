/**
 * Citizens' personal ids never enter the access log in clear. They are stored as a keyed hash
 * (HMAC-SHA256 with the operator's subject key): a plain SHA-256 of a 12-digit id would be undone
 * by hashing all 10^12 ids, while the keyed hash can only be recomputed by whoever holds the key —
 * the gateway when it writes, the auditor's lookup when it searches.
 */
import { createHmac } from 'node:crypto';

/** Prefix of every keyed hash in the log, so a reader never mistakes it for a clear id. */
export const KEYED_HASH_PREFIX = 'hmac:';

/**
 * The keyed hash of a citizen's personal id as the access log stores it: `hmac:` and 64 hex
 * digits. The writer (gateway) and the auditor's lookup call this same function with the same key.
 *
 * @param key the subject key (config `accessLogSubjectKey`); must not be empty
 * @param personalId the id in clear
 */
export function subjectHash(key: string, personalId: string): string {
  return keyedHash(key, `subject:${personalId}`);
}

/**
 * A keyed hash of any text that may hold personal data (the variables of an operation), for the
 * same reason as `subjectHash`. The domain prefix keeps it from ever equalling a subject hash.
 */
export function keyedHash(key: string, text: string): string {
  if (key.length === 0) throw new Error('The access-log subject key is empty; configure one.');
  return KEYED_HASH_PREFIX + createHmac('sha256', key).update(text, 'utf8').digest('hex');
}
