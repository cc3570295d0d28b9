import { request } from 'undici';

/** The admin endpoint of a simulator (LEGACY-CONVENTIONS.md): faults and request counters. */
export class SimulatorAdmin {
  /**
   * @param baseUrl the simulator's base URL
   * @param authenticate headers that let a test read the legacy API itself (a bearer token, a
   * signature) for systems that require them. Default none.
   */
  constructor(
    readonly baseUrl: string,
    private readonly authenticate: (path: string) => Promise<Record<string, string>> = async () => ({}),
  ) {}

  async setFaults(faults: Record<string, unknown>): Promise<void> {
    const response = await request(`${this.baseUrl}/__admin/faults`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(faults),
    });
    await response.body.text();
    if (response.statusCode !== 200) throw new Error(`setting faults failed: HTTP ${response.statusCode}`);
  }

  async clearFaults(): Promise<void> {
    const response = await request(`${this.baseUrl}/__admin/faults`, { method: 'DELETE' });
    await response.body.text();
  }

  async counters(): Promise<Record<string, number>> {
    const response = await request(`${this.baseUrl}/__admin/counters`);
    const body = (await response.body.json()) as { counters: Record<string, number> };
    return body.counters;
  }

  async resetCounters(): Promise<void> {
    const response = await request(`${this.baseUrl}/__admin/counters/reset`, { method: 'POST' });
    await response.body.text();
  }

  /** GETs a legacy endpoint and returns its envelope, for tests that read raw source data. */
  async legacy<T = unknown>(path: string, query: Record<string, string | number> = {}): Promise<{ TotalRecord?: string; Data: T }> {
    const url = new URL(path, this.baseUrl);
    for (const [key, value] of Object.entries(query)) url.searchParams.set(key, String(value));
    const response = await request(url, { headers: await this.authenticate(`${url.pathname}${url.search}`) });
    if (response.statusCode !== 200) throw new Error(`${path}: HTTP ${response.statusCode}`);
    return (await response.body.json()) as { TotalRecord?: string; Data: T };
  }

  /** Every record of a paged legacy list, page by page (small seeds only). */
  async legacyAll<T>(path: string, query: Record<string, string | number> = {}): Promise<T[]> {
    const records: T[] = [];
    for (let page = 1; ; page += 1) {
      const envelope = await this.legacy<T[]>(path, { ...query, trang: page, soBanGhi: 500 });
      records.push(...envelope.Data);
      if (envelope.Data.length < 500) return records;
    }
  }
}
