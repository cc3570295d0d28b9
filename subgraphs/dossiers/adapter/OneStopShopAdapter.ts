import type { LegacyClient } from '../../common/http/LegacyClient.js';
import { toLegacyDate } from '../../common/legacy/legacyFormat.js';
import type { LegacyPageResult } from '../../common/legacy/fetchWindow.js';
import { readAll, readBatch } from '../../common/legacy/readRecords.js';
import { legacyStatusCode, type DossierStatus } from '../schema/enums.js';
import {
  legacyDossierCountsSchema,
  legacyDossierSchema,
  legacyProcedureSchema,
  mapDossier,
  mapDossierCounts,
  mapProcedure,
  type DossierCounts,
  type DossierRecord,
  type ProcedureRecord,
} from './dossierRecords.js';

export interface DossierListFilter {
  readonly agencyCode: string;
  readonly includeSubunits: boolean;
  readonly status?: DossierStatus | null;
  /** Reception period, `YYYY-MM-DD`, inclusive. */
  readonly from?: string | null;
  readonly to?: string | null;
}

/** Batch lookups of the portal take at most this many codes. */
export const ONE_STOP_SHOP_BATCH_LIMIT = 200;

/** The one-stop-shop system (the national portal's integration API) in GovGraph's terms. */
export class OneStopShopAdapter {
  constructor(private readonly client: LegacyClient) {}

  get system(): string {
    return this.client.system;
  }

  async listDossiers(filter: DossierListFilter, page: number, size: number, deadline: number): Promise<LegacyPageResult<DossierRecord>> {
    const envelope = await this.client.get(
      '/api/v1/hoso',
      {
        trang: page,
        soBanGhi: size,
        maDonVi: filter.agencyCode,
        baoGomDonViCon: filter.includeSubunits ? 1 : 0,
        trangThai: filter.status ? legacyStatusCode(filter.status) : undefined,
        tuNgay: filter.from ? toLegacyDate(filter.from) : undefined,
        denNgay: filter.to ? toLegacyDate(filter.to) : undefined,
      },
      { deadline },
    );
    return { total: envelope.total ?? 0, items: readAll(this.system, legacyDossierSchema, mapDossier, envelope.data) };
  }

  /** A citizen's dossiers at every agency, newest first (`/api/v1/hoso/chuhoso`). */
  async listDossiersOfApplicant(personalId: string, page: number, size: number, deadline: number): Promise<LegacyPageResult<DossierRecord>> {
    const envelope = await this.client.get('/api/v1/hoso/chuhoso', { soGiayTo: personalId, trang: page, soBanGhi: size }, { deadline });
    return { total: envelope.total ?? 0, items: readAll(this.system, legacyDossierSchema, mapDossier, envelope.data) };
  }

  /** Dossiers by code in the order asked: null for unknown ones, an Error for unreadable ones. */
  async dossiersByCodes(codes: readonly string[], deadline: number): Promise<(DossierRecord | null | Error)[]> {
    const envelope = await this.client.get('/api/v1/hoso/ds', { ma: codes.join(',') }, { deadline });
    return readBatch(this.system, legacyDossierSchema, mapDossier, 'MaHoSo', envelope.data, codes);
  }

  async proceduresByCodes(codes: readonly string[], deadline: number): Promise<(ProcedureRecord | null | Error)[]> {
    const envelope = await this.client.get('/api/v1/thutuc/ds', { ma: codes.join(',') }, { deadline });
    return readBatch(this.system, legacyProcedureSchema, mapProcedure, 'MaTTHC', envelope.data, codes);
  }

  /** Dossier figures of the agency and every unit under it for the period, summed over the portal's per-agency rows. */
  async dossierCounts(agencyCode: string, from: string, to: string, deadline: number): Promise<DossierCounts> {
    const envelope = await this.client.get(
      '/api/v1/thongke/hoso',
      { maDonVi: agencyCode, baoGomDonViCon: 1, tuNgay: toLegacyDate(from), denNgay: toLegacyDate(to) },
      { deadline },
    );
    return readAll(this.system, legacyDossierCountsSchema, mapDossierCounts, envelope.data).reduce(
      (sum, row) => ({
        received: sum.received + row.received,
        receivedOnline: sum.receivedOnline + row.receivedOnline,
        resolved: sum.resolved + row.resolved,
        resolvedOnTime: sum.resolvedOnTime + row.resolvedOnTime,
        resolvedLate: sum.resolvedLate + row.resolvedLate,
      }),
      { received: 0, receivedOnline: 0, resolved: 0, resolvedOnTime: 0, resolvedLate: 0 },
    );
  }
}
