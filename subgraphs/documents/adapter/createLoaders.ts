import DataLoader from 'dataloader';
import type { RequestInfo } from '../../common/server/requestInfo.js';
import { DOCUMENT_SYSTEM_BATCH_LIMIT, type DocumentSystemAdapter } from './DocumentSystemAdapter.js';
import type { DocumentRecord, TaskRecord } from './documentRecords.js';

export interface DocumentsLoaders {
  readonly documentById: DataLoader<string, DocumentRecord | null>;
  readonly taskById: DataLoader<string, TaskRecord | null>;
}

/** One loader set per request (see identity's createLoaders for why). */
export function createLoaders(adapter: DocumentSystemAdapter, request: RequestInfo): DocumentsLoaders {
  return {
    documentById: new DataLoader((ids) => adapter.documentsByIds(ids, request.deadline), {
      maxBatchSize: DOCUMENT_SYSTEM_BATCH_LIMIT,
    }),
    taskById: new DataLoader((ids) => adapter.tasksByIds(ids, request.deadline), {
      maxBatchSize: DOCUMENT_SYSTEM_BATCH_LIMIT,
    }),
  };
}
