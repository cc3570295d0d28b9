import { BadParameterError } from './BadParameterError.js';
import { MINUTES_PER_DAY, parseDate, parseInstant } from './vietnamTime.js';

/**
 * Readers for legacy query parameters. Each one validates and throws {@link BadParameterError}
 * with a Vietnamese message naming the parameter, which the server answers as HTTP 400
 * `MaLoi "400"`. An empty value (`?tuNgay=`) counts as absent, as the legacy systems treat it.
 */

/** Largest page the legacy systems serve (`soBanGhi`). */
export const MAX_PAGE_SIZE = 500;
/** Page size when `soBanGhi` is absent. */
export const DEFAULT_PAGE_SIZE = 20;
/** Most keys a batch lookup accepts. */
export const MAX_BATCH_KEYS = 200;

export interface Paging {
  /** 1-based page number (`trang`). */
  readonly page: number;
  /** Page size (`soBanGhi`). */
  readonly size: number;
  /** Records before this page. */
  readonly offset: number;
}

function valueOf(query: URLSearchParams, name: string): string | undefined {
  const raw = query.get(name);
  if (raw === null) return undefined;
  const trimmed = raw.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** A required parameter's value. */
export function readRequired(query: URLSearchParams, name: string): string {
  const value = valueOf(query, name);
  if (value === undefined) throw new BadParameterError(`Thiếu tham số bắt buộc "${name}"`);
  return value;
}

/** An optional non-negative integer within [min, max]. */
export function readInteger(query: URLSearchParams, name: string, min: number, max: number): number | undefined {
  const value = valueOf(query, name);
  if (value === undefined) return undefined;
  const number = /^\d{1,9}$/.test(value) ? Number(value) : Number.NaN;
  if (!(number >= min && number <= max)) {
    throw new BadParameterError(`Tham số "${name}" không hợp lệ: phải là số nguyên từ ${min} đến ${max}`);
  }
  return number;
}

/** `trang` and `soBanGhi`; a page size above {@link MAX_PAGE_SIZE} is refused. */
export function readPaging(query: URLSearchParams): Paging {
  const page = readInteger(query, 'trang', 1, 999_999_999) ?? 1;
  const sizeText = valueOf(query, 'soBanGhi');
  if (sizeText !== undefined && /^\d+$/.test(sizeText) && Number(sizeText) > MAX_PAGE_SIZE) {
    throw new BadParameterError(`Tham số "soBanGhi" vượt quá giới hạn ${MAX_PAGE_SIZE} bản ghi mỗi trang`);
  }
  const size = readInteger(query, 'soBanGhi', 1, MAX_PAGE_SIZE) ?? DEFAULT_PAGE_SIZE;
  return { page, size, offset: (page - 1) * size };
}

/** A `"0"`/`"1"` flag, false when absent. */
export function readFlag(query: URLSearchParams, name: string): boolean {
  return readInteger(query, name, 0, 1) === 1;
}

/** An optional `dd/MM/yyyy` date as a simulator day. */
export function readDay(query: URLSearchParams, name: string): number | undefined {
  const value = valueOf(query, name);
  if (value === undefined) return undefined;
  const day = parseDate(value);
  if (day === undefined) throw new BadParameterError(`Tham số "${name}" không đúng định dạng ngày dd/MM/yyyy`);
  return day;
}

/** An optional `dd/MM/yyyy HH:mm:ss` instant as simulator minutes. */
export function readInstant(query: URLSearchParams, name: string): number | undefined {
  const value = valueOf(query, name);
  if (value === undefined) return undefined;
  const minutes = parseInstant(value);
  if (minutes === undefined) {
    throw new BadParameterError(`Tham số "${name}" không đúng định dạng thời điểm dd/MM/yyyy HH:mm:ss`);
  }
  return minutes;
}

/** Inclusive minute bounds of an optional date range, open ends as ±Infinity-like sentinels. */
export interface MinuteRange {
  readonly fromMinute: number;
  readonly toMinute: number;
}

/** `tuNgay`/`denNgay`: inclusive whole days; refused when the start is after the end. */
export function readDayRange(query: URLSearchParams, fromName = 'tuNgay', toName = 'denNgay'): MinuteRange {
  const fromDay = readDay(query, fromName);
  const toDay = readDay(query, toName);
  if (fromDay !== undefined && toDay !== undefined && fromDay > toDay) {
    throw new BadParameterError(`Tham số "${fromName}" phải trước hoặc bằng "${toName}"`);
  }
  return {
    fromMinute: fromDay === undefined ? -0x7fffffff : fromDay * MINUTES_PER_DAY,
    toMinute: toDay === undefined ? 0x7fffffff : toDay * MINUTES_PER_DAY + MINUTES_PER_DAY - 1,
  };
}

/** The keys of a batch lookup (`?ma=a,b,c`), distinct, at most {@link MAX_BATCH_KEYS}. */
export function readKeys(query: URLSearchParams, name: string): string[] {
  const keys = readRequired(query, name)
    .split(',')
    .map((key) => key.trim())
    .filter((key) => key !== '');
  if (keys.length > MAX_BATCH_KEYS) {
    throw new BadParameterError(`Tham số "${name}" có ${keys.length} mã, vượt quá giới hạn ${MAX_BATCH_KEYS} mã`);
  }
  return [...new Set(keys)];
}

const AGENCY_CODE_FORM = /^\d{3}\.\d{2}\.\d{2}\.H\d{2}$/;

/** An optional agency code (`000.00.01.H26`); a malformed one is refused, an unknown one is not. */
export function readAgencyCode(query: URLSearchParams, name: string): string | undefined {
  const value = valueOf(query, name);
  if (value === undefined) return undefined;
  if (!AGENCY_CODE_FORM.test(value)) {
    throw new BadParameterError(`Tham số "${name}" không phải mã định danh đơn vị hợp lệ (dạng 000.00.00.H26)`);
  }
  return value;
}

/** A required agency code. */
export function readRequiredAgencyCode(query: URLSearchParams, name: string): string {
  readRequired(query, name);
  return readAgencyCode(query, name) as string;
}
