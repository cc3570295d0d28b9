import { request } from 'undici';
import { HmacRequestSigner } from '../../common/http/HmacRequestSigner.js';
import { SIMULATOR_HMAC_KEY } from '../simulator/simulatorCredentials.js';

/** A raw legacy record of the feedback system: every value a string. */
export type RawFeedback = Record<string, string>;

export interface LegacyAnswer<T = unknown> {
  readonly status: number;
  readonly body: { MaLoi: string; ThongBao: string; TotalRecord?: string; Data: T };
}

/**
 * Raw, signed access to the feedback system's legacy API for tests: its gateway refuses unsigned
 * requests, so the test support's SimulatorAdmin.legacy() cannot read it.
 */
export class SignedLegacy {
  private readonly signer = new HmacRequestSigner({ keyId: SIMULATOR_HMAC_KEY.keyId, secret: SIMULATOR_HMAC_KEY.secret });

  constructor(readonly baseUrl: string) {}

  /** GETs a legacy endpoint, signed, and returns its status and envelope. */
  async get<T = unknown>(path: string, query: Record<string, string | number> = {}, headers: Record<string, string> = {}): Promise<LegacyAnswer<T>> {
    const url = new URL(path, this.baseUrl);
    for (const [key, value] of Object.entries(query)) url.searchParams.set(key, String(value));
    const signed = this.signer.headers({ method: 'GET', pathAndQuery: `${url.pathname}${url.search}` });
    const response = await request(url, { headers: { ...signed, ...headers } });
    const text = await response.body.text();
    return { status: response.statusCode, body: JSON.parse(text) as LegacyAnswer<T>['body'] };
  }

  /** Every record of the cursor-paged list, following `NextCursor` (small seeds only). */
  async all(query: Record<string, string | number> = {}, limit = 200): Promise<RawFeedback[]> {
    const records: RawFeedback[] = [];
    let cursor = '';
    do {
      const { status, body } = await this.get<{ NextCursor: string; DanhSach: RawFeedback[] }>('/api/v1/phananh', {
        ...query,
        limit,
        ...(cursor === '' ? {} : { cursor }),
      });
      if (status !== 200) throw new Error(`list: HTTP ${status} ${body.ThongBao}`);
      records.push(...body.Data.DanhSach);
      cursor = body.Data.NextCursor;
    } while (cursor !== '');
    return records;
  }
}

/** `dd/MM/yyyy[ HH:mm:ss]` (Vietnam time) to a sortable `yyyy-MM-dd HH:mm:ss`, independently of the code under test. */
export function sortable(text: string): string {
  const [date = '', time = '00:00:00'] = text.split(' ');
  const [dd, mm, yyyy] = date.split('/');
  return `${yyyy}-${mm}-${dd} ${time}`;
}

/** `dd/MM/yyyy…` to `yyyy-MM-dd`. */
export function isoDay(text: string): string {
  return sortable(text).slice(0, 10);
}

export interface ExpectedSummary {
  received: number;
  resolved: number;
  overdue: number;
  satisfactionRate: number | null;
}

/**
 * DOMAIN.md's feedbackSummary computed straight from raw records (as of the simulator's clock,
 * which is after `asOf`): received in [from, to] by `asOf`; of those, resolved by `asOf`; of
 * those, neither resolved nor rejected by `asOf` and past their resolution deadline; satisfied
 * among ratings given by `asOf` to feedback resolved in the period.
 */
export function expectedSummary(records: readonly RawFeedback[], from: string, to: string, asOf: string): ExpectedSummary {
  let received = 0;
  let resolved = 0;
  let overdue = 0;
  let ratings = 0;
  let satisfied = 0;
  for (const record of records) {
    const at = sortable(record['NgayTiepNhan'] ?? '');
    const closed = record['NgayHoanThanh'] ? sortable(record['NgayHoanThanh']) : '';
    const closedByAsOf = closed !== '' && closed <= asOf;
    const day = at.slice(0, 10);
    if (day >= from && day <= to && at <= asOf) {
      received++;
      if (closedByAsOf && record['TrangThai'] === '4') resolved++;
      else if (!closedByAsOf && asOf.slice(0, 10) > isoDay(record['HanXuLy'] ?? '')) overdue++;
    }
    const closedDay = closed.slice(0, 10);
    if (record['TrangThai'] === '4' && closedByAsOf && closedDay >= from && closedDay <= to && record['MucDoHaiLong'] !== '' && sortable(record['NgayDanhGia'] ?? '') <= asOf) {
      ratings++;
      if (record['MucDoHaiLong'] === '1') satisfied++;
    }
  }
  return { received, resolved, overdue, satisfactionRate: ratings === 0 ? null : satisfied / ratings };
}
