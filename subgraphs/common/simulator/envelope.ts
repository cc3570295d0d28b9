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

/** What a route handler answers: an HTTP status and an envelope. */
export interface SimulatorResponse {
  readonly status: number;
  readonly body: Envelope;
}

const SUCCESS = 'Thành công';

/** `MaLoi "0"` with data that is not paged (one record, a batch, statistics rows). */
export function success(data: readonly LegacyRecord[] | LegacyRecord): SimulatorResponse {
  return { status: 200, body: { MaLoi: '0', ThongBao: SUCCESS, Data: data } };
}

/** `MaLoi "0"` with one page of a list and the list's real total. */
export function pagedSuccess(
  data: readonly LegacyRecord[],
  total: number,
  page: number,
  pageSize: number,
): SimulatorResponse {
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
export function noRecord(): SimulatorResponse {
  return { status: 200, body: { MaLoi: '1', ThongBao: 'Không tìm thấy dữ liệu', Data: null } };
}

/** `MaLoi "400"`, HTTP 400: a bad parameter, named in Vietnamese in `ThongBao`. */
export function badParameter(message: string): SimulatorResponse {
  return { status: 400, body: { MaLoi: '400', ThongBao: message, Data: null } };
}

/** A failure of the system itself; `MaLoi` repeats the HTTP status (`"500"`, `"503"` …). */
export function systemError(status = 500): SimulatorResponse {
  return {
    status,
    body: { MaLoi: String(status), ThongBao: 'Lỗi hệ thống, vui lòng thử lại sau', Data: null },
  };
}
