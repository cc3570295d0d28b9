/**
 * Readers for the value formats legacy systems use (LEGACY-CONVENTIONS.md): every value a string,
 * `dd/MM/yyyy HH:mm:ss` instants in Vietnam time, `""` for "no value", NFD text.
 *
 * Each reader throws a {@link LegacyFormatError} on a value it cannot read; adapters turn that into
 * `UPSTREAM_BAD_RESPONSE`, so a garbled record never becomes a wrong number on a dashboard.
 */

/** Vietnam has had no daylight saving time since 1975: the offset is constant. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

export class LegacyFormatError extends Error {
  readonly code = 'LEGACY_FORMAT';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}

const INSTANT = /^(\d{2})\/(\d{2})\/(\d{4})(?: (\d{2}):(\d{2})(?::(\d{2}))?)?$/;

function parseParts(field: string, value: string): Date {
  const match = INSTANT.exec(value.trim());
  if (!match) throw new LegacyFormatError(field, `expected dd/MM/yyyy[ HH:mm:ss], got ${JSON.stringify(value)}`);
  const [, dd, mm, yyyy, hh = '00', mi = '00', ss = '00'] = match;
  const parts = [yyyy, mm, dd, hh, mi, ss].map(Number) as [number, number, number, number, number, number];
  const [year, month, day, hour, minute, second] = parts;
  const utc = Date.UTC(year, month - 1, day, hour, minute, second) - VIETNAM_OFFSET_MS;
  const date = new Date(utc);
  // Date.UTC rolls 31/02 over to March: compare back to refuse impossible dates.
  const local = new Date(utc + VIETNAM_OFFSET_MS);
  if (
    local.getUTCFullYear() !== year ||
    local.getUTCMonth() !== month - 1 ||
    local.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    throw new LegacyFormatError(field, `not a real date: ${JSON.stringify(value)}`);
  }
  return date;
}

/** `dd/MM/yyyy HH:mm:ss` (Vietnam time) to a Date; `""` to null. */
export function parseLegacyInstant(field: string, value: string): Date | null {
  if (value.trim() === '') return null;
  return parseParts(field, value);
}

/** `dd/MM/yyyy` (time part tolerated and ignored) to an ISO calendar date `YYYY-MM-DD`; `""` to null. */
export function parseLegacyDate(field: string, value: string): string | null {
  if (value.trim() === '') return null;
  return vietnamDateOf(parseParts(field, value.trim().slice(0, 10)));
}

/** A whole number sent as a string (`"1234"`, also with thousands dots `"1.234"`). */
export function parseLegacyInt(field: string, value: string): number {
  const text = value.trim();
  if (/^-?\d+$/.test(text)) return Number(text);
  if (/^\d{1,3}(\.\d{3})+$/.test(text)) return Number(text.replaceAll('.', ''));
  throw new LegacyFormatError(field, `expected a whole number, got ${JSON.stringify(value)}`);
}

/** Legacy booleans: `"1"`/`"0"`, `"true"`/`"false"`, `"Có"`/`"Không"`. */
export function parseLegacyBool(field: string, value: string): boolean {
  const text = value.trim().normalize('NFC').toLowerCase();
  if (text === '1' || text === 'true' || text === 'có') return true;
  if (text === '0' || text === 'false' || text === 'không' || text === '') return false;
  throw new LegacyFormatError(field, `expected 1/0, got ${JSON.stringify(value)}`);
}

/** Text normalised to NFC (legacy systems send NFD or a mix), trimmed. */
export function legacyText(value: string): string {
  return value.normalize('NFC').trim();
}

/** `""` to null, anything else to NFC text. */
export function legacyOptionalText(value: string): string | null {
  const text = legacyText(value);
  return text === '' ? null : text;
}

/** A list of codes joined by `sep` (`;` by default), blanks dropped. */
export function splitLegacyList(value: string, sep = ';'): string[] {
  return value
    .split(sep)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** The calendar date (`YYYY-MM-DD`) of an instant in Vietnam. */
export function vietnamDateOf(instant: Date): string {
  return new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** An ISO calendar date to the `dd/MM/yyyy` of query strings. */
export function toLegacyDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${d}/${m}/${y}`;
}

/** An instant to `dd/MM/yyyy HH:mm:ss` in Vietnam time. */
export function toLegacyInstant(instant: Date): string {
  const iso = new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString();
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)} ${iso.slice(11, 19)}`;
}

/** The first instant of a Vietnam calendar date. */
export function startOfVietnamDay(isoDate: string): Date {
  return new Date(Date.parse(`${isoDate}T00:00:00+07:00`));
}

/** The last second of a Vietnam calendar date (legacy systems keep second precision). */
export function endOfVietnamDay(isoDate: string): Date {
  return new Date(Date.parse(`${isoDate}T23:59:59+07:00`));
}

/** An instant as ISO 8601 with the Vietnam offset, e.g. `2025-03-05T14:07:00+07:00`. */
export function toVietnamIso(instant: Date): string {
  return `${new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 19)}+07:00`;
}
