import DataLoader from 'dataloader';
import type { RequestInfo } from '../../common/server/requestInfo.js';
import { DIRECTORY_BATCH_LIMIT, type DirectoryAdapter } from './DirectoryAdapter.js';
import type { AgencyRecord, CitizenRecord, OfficialRecord } from './directoryRecords.js';

export interface IdentityLoaders {
  readonly agencyByCode: DataLoader<string, AgencyRecord | null>;
  readonly officialById: DataLoader<string, OfficialRecord | null>;
  readonly citizenById: DataLoader<string, CitizenRecord | null>;
}

/**
 * One loader set per request: every lookup made while resolving one request is batched into one
 * upstream call per system (up to the system's batch limit), and no data outlives the request.
 */
export function createLoaders(adapter: DirectoryAdapter, request: RequestInfo): IdentityLoaders {
  return {
    agencyByCode: new DataLoader((codes) => adapter.agenciesByCodes(codes, request.deadline), {
      maxBatchSize: DIRECTORY_BATCH_LIMIT,
    }),
    officialById: new DataLoader((ids) => adapter.officialsByIds(ids, request.deadline), {
      maxBatchSize: DIRECTORY_BATCH_LIMIT,
    }),
    citizenById: new DataLoader((ids) => adapter.citizensByIds(ids, request.deadline), {
      maxBatchSize: DIRECTORY_BATCH_LIMIT,
    }),
  };
}
