import { LegacyFormatError, parseLegacyInstant, vietnamDateOf } from '../../common/legacy/legacyFormat.js';

const PORTAL_INSTANT = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2}))?$/;

/**
 * The national portal's instants, `yyyyMMddHHmmss` in Vietnam time (a date alone, `yyyyMMdd`, is
 * read as its midnight): `""` to null, anything else unreadable to a {@link LegacyFormatError}.
 */
export function parsePortalInstant(field: string, value: string): Date | null {
  const text = value.trim();
  if (text === '') return null;
  const match = PORTAL_INSTANT.exec(text);
  if (!match) throw new LegacyFormatError(field, `expected yyyyMMddHHmmss, got ${JSON.stringify(value)}`);
  const [, y, mo, d, h = '00', mi = '00', s = '00'] = match;
  // The city systems' reader checks the date is real and applies the Vietnam offset.
  return parseLegacyInstant(field, `${d}/${mo}/${y} ${h}:${mi}:${s}`);
}

/** A portal instant's Vietnam calendar date (`YYYY-MM-DD`), or null. */
export function parsePortalDate(field: string, value: string): string | null {
  const instant = parsePortalInstant(field, value);
  return instant === null ? null : vietnamDateOf(instant);
}
