import { request } from 'undici';
import { SIMULATOR_CLIENT_ID, SIMULATOR_CLIENT_SECRET } from '../simulator/simulatorClient.js';

/** A legacy record of the portal: every value a string. */
export type Row = Record<string, string>;

export interface PortalEnvelope {
  MaLoi: string;
  ThongBao: string;
  TotalRecord?: string;
  Data: Row[] | Row | null;
}

/**
 * Raw access to the simulated portal for tests, independent of the adapter: gets a token with the
 * built-in client and reads envelopes and whole lists as they are.
 */
export class PortalClient {
  private token: string | undefined;

  constructor(readonly baseUrl: string) {}

  async fetchToken(): Promise<string> {
    const response = await request(`${this.baseUrl}/oauth2/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: SIMULATOR_CLIENT_ID, client_secret: SIMULATOR_CLIENT_SECRET }).toString(),
    });
    const body = (await response.body.json()) as { access_token: string };
    this.token = body.access_token;
    return this.token;
  }

  async get(path: string): Promise<{ status: number; body: PortalEnvelope; headers: Record<string, unknown> }> {
    const token = this.token ?? (await this.fetchToken());
    const response = await request(`${this.baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
    return { status: response.statusCode, body: (await response.body.json()) as PortalEnvelope, headers: response.headers };
  }

  /** Every record of a paged list (small seeds only). */
  async all(path: string): Promise<Row[]> {
    const records: Row[] = [];
    const separator = path.includes('?') ? '&' : '?';
    for (let page = 1; ; page++) {
      const { body } = await this.get(`${path}${separator}trang=${page}&soBanGhi=500`);
      const data = body.Data as Row[];
      records.push(...data);
      if (data.length < 500) return records;
    }
  }
}

/** `yyyyMMddHHmmss` to `YYYY-MM-DD HH:mm:ss` (sortable), computed here independently of the code under test. */
export function sortable(portal: string): string {
  return portal === '' ? '' : `${portal.slice(0, 4)}-${portal.slice(4, 6)}-${portal.slice(6, 8)} ${portal.slice(8, 10)}:${portal.slice(10, 12)}:${portal.slice(12, 14)}`;
}

/** The `YYYY-MM-DD` of a portal instant, `''` for none. */
export function dateOf(portal: string): string {
  return sortable(portal).slice(0, 10);
}

/** The dossierSummary figures of DOMAIN.md, counted from raw records for the period [from, to]. */
export function expectedSummary(records: readonly Row[], from: string, to: string) {
  const inPeriod = (portal: string): boolean => portal !== '' && dateOf(portal) >= from && dateOf(portal) <= to;
  const received = records.filter((d) => d.TrangThaiHoSo !== '1' && d.TrangThaiHoSo !== '3' && inPeriod(d.NgayTiepNhan ?? ''));
  const resolved = records.filter((d) => (d.TrangThaiHoSo === '9' || d.TrangThaiHoSo === '10') && inPeriod(d.NgayKetThucXuLy ?? ''));
  const onTime = resolved.filter((d) => dateOf(d.NgayKetThucXuLy ?? '') <= dateOf(d.NgayHenTra ?? ''));
  const online = received.filter((d) => d.KenhThucHien === '2');
  return {
    received: received.length,
    receivedOnline: online.length,
    resolved: resolved.length,
    resolvedOnTime: onTime.length,
    resolvedLate: resolved.length - onTime.length,
  };
}
