/**
 * The legacy response envelope (LEGACY-CONVENTIONS.md, "Envelope") and the answers built on it.
 *
 * Key order follows the legacy systems (`MaLoi`, `ThongBao`, paging fields, `Data`) so that a
 * captured payload reads like a real one.
 */

/** A legacy record: every value a string, `""` for "no value". */
export type LegacyRecord = Readonly<Record<string, string>>;

export interface Envelope {
  readonly MaLoi: string;
  readonly ThongBao: string;
  readonly TotalRecord?: string;
  readonly Trang?: string;
  readonly SoBanGhi?: string;
  readonly Data: readonly LegacyRecord[] | LegacyRecord | null;
}

/** What a route handler answers: an HTTP status and an envelope, or a body of another type. */
export type SimulatorResponse = EnvelopeResponse | RawResponse;

export interface EnvelopeResponse {
  readonly status: number;
  readonly body: Envelope;
}

/** An answer that is not a JSON envelope: the XML of older modules, a token endpoint's JSON. */
export interface RawResponse {
  readonly status: number;
  readonly contentType: string;
  readonly text: string;
}

/** A body of another type than the envelope, e.g. `raw(200, 'application/xml; charset=utf-8', xml)`. */
export function raw(status: number, contentType: string, text: string): RawResponse {
  return { status, contentType, text };
}

const SUCCESS = 'Thành công';

/** `MaLoi "0"` with data that is not paged (one record, a batch, statistics rows). */
export function success(data: readonly LegacyRecord[] | LegacyRecord): EnvelopeResponse {
  return { status: 200, body: { MaLoi: '0', ThongBao: SUCCESS, Data: data } };
}

/** `MaLoi "0"` with one page of a list and the list's real total. */
export function pagedSuccess(
  data: readonly LegacyRecord[],
  total: number,
  page: number,
  pageSize: number,
): EnvelopeResponse {
  return {
    status: 200,
    body: {
      MaLoi: '0',
      ThongBao: SUCCESS,
      TotalRecord: String(total),
      Trang: String(page),
      SoBanGhi: String(pageSize),
      Data: data,
    },
  };
}

/** The legacy "no such record" quirk: `MaLoi "1"`, HTTP 200, `Data: null`. */
export function noRecord(): EnvelopeResponse {
  return { status: 200, body: { MaLoi: '1', ThongBao: 'Không tìm thấy dữ liệu', Data: null } };
}

/** `MaLoi "400"`, HTTP 400: a bad parameter, named in Vietnamese in `ThongBao`. */
export function badParameter(message: string): EnvelopeResponse {
  return { status: 400, body: { MaLoi: '400', ThongBao: message, Data: null } };
}

/** A failure of the system itself; `MaLoi` repeats the HTTP status (`"500"`, `"503"` …). */
export function systemError(status = 500): EnvelopeResponse {
  return {
    status,
    body: { MaLoi: String(status), ThongBao: 'Lỗi hệ thống, vui lòng thử lại sau', Data: null },
  };
}
