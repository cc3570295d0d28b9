/**
 * The one serialization every access-log hash is computed over: JSON with object keys sorted at
 * every level, so a record read back from PostgreSQL's `jsonb` (which reorders keys) or rewritten
 * by another tool hashes exactly as when it was written.
 */
import { createHash } from 'node:crypto';

/**
 * JSON text of `value` with object keys sorted (by code unit) at every level. Like `JSON.stringify`,
 * it drops `undefined` object members and writes `undefined` array items as `null`.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value)) ?? 'null';
}

/** Lower-case hex SHA-256 of a UTF-8 string. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    // toJSON first (dates), as JSON.stringify would, so the sorted copy serializes the same way.
    const plain = typeof (value as { toJSON?: unknown }).toJSON === 'function' ? (value as { toJSON(): unknown }).toJSON() : value;
    if (plain !== value) return sortKeys(plain);
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) sorted[key] = sortKeys((value as Record<string, unknown>)[key]);
    return sorted;
  }
  return value;
}
