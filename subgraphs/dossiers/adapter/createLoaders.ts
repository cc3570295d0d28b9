import DataLoader from 'dataloader';
import type { RequestInfo } from '../../common/server/requestInfo.js';
import type { DossierRecord, ProcedureRecord } from './dossierRecords.js';
import { ONE_STOP_SHOP_BATCH_LIMIT, type OneStopShopAdapter } from './OneStopShopAdapter.js';

export interface DossiersLoaders {
  readonly dossierByCode: DataLoader<string, DossierRecord | null>;
  readonly procedureByCode: DataLoader<string, ProcedureRecord | null>;
}

/** One loader set per request (see identity's createLoaders for why). */
export function createLoaders(adapter: OneStopShopAdapter, request: RequestInfo): DossiersLoaders {
  return {
    dossierByCode: new DataLoader((codes) => adapter.dossiersByCodes(codes, request.deadline), { maxBatchSize: ONE_STOP_SHOP_BATCH_LIMIT }),
    procedureByCode: new DataLoader((codes) => adapter.proceduresByCodes(codes, request.deadline), { maxBatchSize: ONE_STOP_SHOP_BATCH_LIMIT }),
  };
}
