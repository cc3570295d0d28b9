import type { LegacyClient } from '../../common/http/LegacyClient.js';
import { toLegacyDate } from '../../common/legacy/legacyFormat.js';
import type { LegacyPageResult } from '../../common/legacy/fetchWindow.js';
import { readAll, readBatch } from '../../common/legacy/readRecords.js';
import {
  LEVEL_TO_LEGACY,
  legacyAgencySchema,
  legacyCitizenSchema,
  legacyOfficialSchema,
  mapAgency,
  mapCitizen,
  mapOfficial,
  type AgencyLevelName,
  type AgencyRecord,
  type CitizenRecord,
  type OfficialRecord,
} from './directoryRecords.js';

export interface AgencyListFilter {
  readonly level?: AgencyLevelName | null;
  readonly parentCode?: string | null;
  /** ISO date: only agencies valid that day. */
  readonly asOf?: string | null;
}

/** Batch lookups of the directory system take at most this many keys. */
export const DIRECTORY_BATCH_LIMIT = 200;

/** The identity and directory system, in GovGraph's terms. Every method takes the request deadline. */
export class DirectoryAdapter {
  constructor(private readonly client: LegacyClient) {}

  get system(): string {
    return this.client.system;
  }

  /** Agencies by code, in the order asked; `null` for unknown codes, an Error for unreadable records. */
  async agenciesByCodes(codes: readonly string[], deadline: number): Promise<(AgencyRecord | null | Error)[]> {
    const envelope = await this.client.get('/api/v1/donvi/ds', { ma: codes.join(',') }, { deadline });
    return readBatch(this.system, legacyAgencySchema, mapAgency, 'MaDinhDanh', envelope.data, codes);
  }

  async listAgencies(filter: AgencyListFilter, page: number, size: number, deadline: number): Promise<LegacyPageResult<AgencyRecord>> {
    const envelope = await this.client.get(
      '/api/v1/donvi',
      {
        trang: page,
        soBanGhi: size,
        capDonVi: filter.level ? LEVEL_TO_LEGACY[filter.level] : undefined,
        maDonViCha: filter.parentCode ?? undefined,
        ngayHieuLuc: filter.asOf ? toLegacyDate(filter.asOf) : undefined,
      },
      { deadline },
    );
    return { total: envelope.total ?? 0, items: readAll(this.system, legacyAgencySchema, mapAgency, envelope.data) };
  }

  async officialsByIds(ids: readonly string[], deadline: number): Promise<(OfficialRecord | null | Error)[]> {
    const envelope = await this.client.get('/api/v1/canbo/ds', { ids: ids.join(',') }, { deadline });
    return readBatch(this.system, legacyOfficialSchema, mapOfficial, 'IDCanBo', envelope.data, ids);
  }

  /** Citizens by personal id, in the order asked; `null` for ids the registry does not know. */
  async citizensByIds(ids: readonly string[], deadline: number): Promise<(CitizenRecord | null | Error)[]> {
    const envelope = await this.client.get('/api/v1/congdan/ds', { ids: ids.join(',') }, { deadline });
    return readBatch(this.system, legacyCitizenSchema, mapCitizen, 'SoDinhDanh', envelope.data, ids);
  }

  async listOfficials(agencyCode: string, page: number, size: number, deadline: number): Promise<LegacyPageResult<OfficialRecord>> {
    const envelope = await this.client.get('/api/v1/canbo', { trang: page, soBanGhi: size, maDonVi: agencyCode }, { deadline });
    return { total: envelope.total ?? 0, items: readAll(this.system, legacyOfficialSchema, mapOfficial, envelope.data) };
  }
}
