import type { z } from 'zod';
import { upstreamError } from '../errors/GovGraphError.js';
import { LegacyFormatError } from './legacyFormat.js';

/**
 * Reads one legacy record: checks its shape, then maps it. A record that cannot be read becomes
 * an `UPSTREAM_BAD_RESPONSE` error value (returned, not thrown) so that in a batch only the
 * fields that needed it fail.
 */
export function readRecord<S extends z.ZodType, T>(
  system: string,
  schema: S,
  map: (record: z.infer<S>) => T,
  raw: unknown,
): T | Error {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.')))].join(', ');
    return upstreamError('UPSTREAM_BAD_RESPONSE', system, `The ${system} system sent a record with missing or mistyped fields (${fields}).`);
  }
  try {
    return map(parsed.data);
  } catch (error) {
    if (error instanceof LegacyFormatError) {
      return upstreamError('UPSTREAM_BAD_RESPONSE', system, `The ${system} system sent a value it cannot read in ${error.field}.`, error);
    }
    throw error;
  }
}

/** `Data` of a list or batch envelope as an array, or an `UPSTREAM_BAD_RESPONSE` error. */
export function readArray(system: string, data: unknown): unknown[] {
  if (!Array.isArray(data)) {
    throw upstreamError('UPSTREAM_BAD_RESPONSE', system, `The ${system} system sent a list that is not an array.`);
  }
  return data;
}

/** Reads every record of a page, failing the whole page on the first unreadable record. */
export function readAll<S extends z.ZodType, T>(system: string, schema: S, map: (record: z.infer<S>) => T, data: unknown): T[] {
  return readArray(system, data).map((raw) => {
    const value = readRecord(system, schema, map, raw);
    if (value instanceof Error) throw value;
    return value;
  });
}

/**
 * Reads the answer of a batch lookup (`…/ds?ids=a,b,c`) into the order of `keys`, as DataLoader
 * wants: the record, `null` for a key the system left out (unknown), or an error value for a record
 * it cannot read, so that only the fields that needed that record fail.
 */
export function readBatch<S extends z.ZodType, T>(
  system: string,
  schema: S,
  map: (record: z.infer<S>) => T,
  keyField: string,
  data: unknown,
  keys: readonly string[],
): (T | null | Error)[] {
  const byKey = new Map<string, T | Error>();
  for (const raw of readArray(system, data)) {
    const key = (raw as Record<string, unknown> | null)?.[keyField];
    if (typeof key === 'string') byKey.set(key.trim(), readRecord(system, schema, map, raw));
  }
  return keys.map((key) => byKey.get(key) ?? null);
}
