import { describe, expect, it } from 'vitest';
import {
  LegacyFormatError,
  endOfVietnamDay,
  legacyText,
  parseLegacyBool,
  parseLegacyDate,
  parseLegacyInstant,
  parseLegacyInt,
  splitLegacyList,
  toLegacyDate,
  toLegacyInstant,
  toVietnamIso,
  vietnamDateOf,
} from './legacyFormat.js';

describe('legacy formats', () => {
  it('reads dd/MM/yyyy HH:mm:ss as Vietnam time (UTC+7)', () => {
    expect(parseLegacyInstant('f', '05/03/2025 14:07:00')?.toISOString()).toBe('2025-03-05T07:07:00.000Z');
    expect(parseLegacyInstant('f', '01/01/2025 03:00:00')?.toISOString()).toBe('2024-12-31T20:00:00.000Z');
    expect(parseLegacyInstant('f', '')).toBeNull();
  });

  it('refuses impossible or garbled instants', () => {
    expect(() => parseLegacyInstant('NgayGiao', '31/02/2025 10:00:00')).toThrow(LegacyFormatError);
    expect(() => parseLegacyInstant('NgayGiao', '2025-03-05T10:00:00')).toThrow(/NgayGiao/);
    expect(() => parseLegacyInstant('NgayGiao', '05/03/2025 25:00:00')).toThrow(LegacyFormatError);
  });

  it('reads date-only values and the date of an instant in Vietnam', () => {
    expect(parseLegacyDate('f', '30/06/2025')).toBe('2025-06-30');
    expect(parseLegacyDate('f', '30/06/2025 23:59:59')).toBe('2025-06-30');
    expect(vietnamDateOf(new Date('2025-06-30T17:30:00Z'))).toBe('2025-07-01');
  });

  it('writes query-string dates and instants back in the legacy form', () => {
    expect(toLegacyDate('2025-01-09')).toBe('09/01/2025');
    expect(toLegacyInstant(endOfVietnamDay('2025-12-31'))).toBe('31/12/2025 23:59:59');
    expect(toVietnamIso(new Date('2025-03-05T07:07:00Z'))).toBe('2025-03-05T14:07:00+07:00');
  });

  it('reads numbers sent as strings, with or without thousands dots', () => {
    expect(parseLegacyInt('f', '1234')).toBe(1234);
    expect(parseLegacyInt('f', ' 42 ')).toBe(42);
    expect(parseLegacyInt('f', '2.136')).toBe(2136);
    expect(() => parseLegacyInt('f', '12a')).toThrow(LegacyFormatError);
    expect(() => parseLegacyInt('f', '')).toThrow(LegacyFormatError);
  });

  it('reads legacy booleans', () => {
    expect(parseLegacyBool('f', '1')).toBe(true);
    expect(parseLegacyBool('f', '0')).toBe(false);
    expect(parseLegacyBool('f', 'Có')).toBe(true);
    expect(parseLegacyBool('f', 'Co\u0301')).toBe(true);
    expect(() => parseLegacyBool('f', 'maybe')).toThrow(LegacyFormatError);
  });

  it('normalises NFD text to NFC', () => {
    const nfd = 'Hà Nội'.normalize('NFD');
    expect(nfd).not.toBe('Hà Nội');
    expect(legacyText(` ${nfd} `)).toBe('Hà Nội');
  });

  it('splits code lists and drops blanks', () => {
    expect(splitLegacyList('001.00.00.H26; 002.00.00.H26;;')).toEqual(['001.00.00.H26', '002.00.00.H26']);
    expect(splitLegacyList('')).toEqual([]);
  });
});
