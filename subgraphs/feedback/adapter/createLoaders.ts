import DataLoader from 'dataloader';
import type { RequestInfo } from '../../common/server/requestInfo.js';
import { FEEDBACK_SYSTEM_BATCH_LIMIT, type FeedbackSystemAdapter } from './FeedbackSystemAdapter.js';
import type { FeedbackRecord } from './feedbackRecords.js';

export interface FeedbackLoaders {
  /** Published feedback by id; `null` for unknown and unpublished alike. */
  readonly feedbackById: DataLoader<string, FeedbackRecord | null>;
}

/** One loader set per request (see identity's createLoaders for why). */
export function createLoaders(adapter: FeedbackSystemAdapter, request: RequestInfo): FeedbackLoaders {
  return {
    feedbackById: new DataLoader((ids) => adapter.feedbackByIds(ids, request.deadline), { maxBatchSize: FEEDBACK_SYSTEM_BATCH_LIMIT }),
  };
}
