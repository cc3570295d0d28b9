import { upstreamError } from '../../common/errors/GovGraphError.js';
import type { LegacyClient } from '../../common/http/LegacyClient.js';
import { toLegacyDate, toLegacyInstant } from '../../common/legacy/legacyFormat.js';
import { readAll, readBatch } from '../../common/legacy/readRecords.js';
import type { PageInfo } from '../../common/schema/connection.js';
import { CHANNEL_TO_LEGACY, STATUS_TO_LEGACY, type FeedbackChannel, type FeedbackStatus } from '../schema/enums.js';
import { encodeFeedbackCursor, LIST_START, MAX_LEGACY_LIMIT, type FeedbackCursor } from './feedbackCursor.js';
import {
  legacyFeedbackCountsSchema,
  legacyFeedbackPageSchema,
  legacyFeedbackSchema,
  mapFeedback,
  mapFeedbackCounts,
  type FeedbackCounts,
  type FeedbackRecord,
} from './feedbackRecords.js';

export interface FeedbackListFilter {
  /** Handling agency; the whole city when absent. */
  readonly agencyCode: string;
  readonly includeSubunits: boolean;
  readonly channel?: FeedbackChannel | null;
  readonly status?: FeedbackStatus | null;
  readonly from?: string | null;
  readonly to?: string | null;
}

export interface FeedbackPage {
  readonly totalCount: number;
  readonly nodes: FeedbackRecord[];
  readonly pageInfo: PageInfo;
}

/** Batch lookups of the feedback system take at most this many ids. */
export const FEEDBACK_SYSTEM_BATCH_LIMIT = 200;

/**
 * The citizen-feedback system in GovGraph's terms. Unpublished feedback never leaves this class:
 * lists ask for published feedback only (and refuse a page that holds any other), batch lookups
 * turn unpublished feedback into "not found", and every content is anonymised when mapped.
 */
export class FeedbackSystemAdapter {
  constructor(private readonly client: LegacyClient) {}

  get system(): string {
    return this.client.system;
  }

  /** One legacy page of published feedback from a legacy cursor. */
  private async legacyPage(filter: FeedbackListFilter, cursor: string, limit: number, deadline: number) {
    const envelope = await this.client.get(
      '/api/v1/phananh',
      {
        maDonVi: filter.agencyCode,
        baoGomDonViCon: filter.includeSubunits ? 1 : 0,
        kenh: filter.channel ? CHANNEL_TO_LEGACY[filter.channel] : undefined,
        trangThai: filter.status ? STATUS_TO_LEGACY[filter.status] : undefined,
        congKhai: 1,
        tuNgay: filter.from ? toLegacyDate(filter.from) : undefined,
        denNgay: filter.to ? toLegacyDate(filter.to) : undefined,
        limit,
        cursor,
      },
      { deadline },
    );
    const page = legacyFeedbackPageSchema.safeParse(envelope.data);
    if (!page.success) {
      throw upstreamError('UPSTREAM_BAD_RESPONSE', this.system, `The ${this.system} system sent a list page without its records and next cursor.`);
    }
    const items = readAll(this.system, legacyFeedbackSchema, mapFeedback, page.data.DanhSach);
    if (items.some((item) => !item.published)) {
      // The filter was ignored: refuse the page rather than leak or silently shorten it.
      throw upstreamError('UPSTREAM_BAD_RESPONSE', this.system, `The ${this.system} system answered unpublished feedback to a request for published feedback.`);
    }
    return { total: envelope.total ?? 0, items, next: page.data.NextCursor };
  }

  /**
   * A page of `first` published feedback after `after` (see feedbackCursor.ts): one legacy call,
   * or two when the cursor asks to skip more than one call can serve alongside the page.
   */
  async listPublished(filter: FeedbackListFilter, first: number, after: FeedbackCursor | undefined, deadline: number): Promise<FeedbackPage> {
    const start = after ?? LIST_START;
    let anchor = start.legacy;
    let skip = start.skip;
    if (skip + first > MAX_LEGACY_LIMIT) {
      const skipped = await this.legacyPage(filter, anchor, skip, deadline);
      if (skipped.next === '') return this.emptyPage(skipped.total, start);
      anchor = skipped.next;
      skip = 0;
    }
    // `first: 0` still looks one record ahead, to answer hasNextPage.
    const page = await this.legacyPage(filter, anchor, Math.max(1, skip + first), deadline);
    const nodes = page.items.slice(skip, skip + first);
    if (nodes.length === 0) {
      const empty = this.emptyPage(page.total, start);
      return { ...empty, pageInfo: { ...empty.pageInfo, hasNextPage: page.items.length > skip || page.next !== '' } };
    }
    const reachedEnd = skip + nodes.length === page.items.length;
    const endCursor: FeedbackCursor = reachedEnd && page.next !== '' ? { legacy: page.next, skip: 0 } : { legacy: anchor, skip: skip + nodes.length };
    return {
      totalCount: page.total,
      nodes,
      pageInfo: {
        hasNextPage: !reachedEnd || page.next !== '',
        hasPreviousPage: start.legacy !== '' || start.skip > 0,
        startCursor: encodeFeedbackCursor({ legacy: anchor, skip: skip + 1 }),
        endCursor: encodeFeedbackCursor(endCursor),
      },
    };
  }

  private emptyPage(total: number, start: FeedbackCursor): FeedbackPage {
    return {
      totalCount: total,
      nodes: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: start.legacy !== '' || start.skip > 0, startCursor: null, endCursor: null },
    };
  }

  /** Feedback by id in the order asked: `null` for unknown or unpublished ones, an Error for unreadable ones. */
  async feedbackByIds(ids: readonly string[], deadline: number): Promise<(FeedbackRecord | null | Error)[]> {
    const envelope = await this.client.get('/api/v1/phananh/ds', { ids: ids.join(',') }, { deadline });
    return readBatch(this.system, legacyFeedbackSchema, mapFeedback, 'MaPhanAnh', envelope.data, ids).map((item) =>
      item !== null && !(item instanceof Error) && !item.published ? null : item,
    );
  }

  /** Feedback handled by the agency and every unit under it, received in the period, as of `asOf`: the system's per-agency rows summed. */
  async feedbackCounts(agencyCode: string, from: string, to: string, asOf: Date, deadline: number): Promise<FeedbackCounts> {
    const envelope = await this.client.get(
      '/api/v1/thongke/phananh',
      { maDonVi: agencyCode, baoGomDonViCon: 1, tuNgay: toLegacyDate(from), denNgay: toLegacyDate(to), thoiDiem: toLegacyInstant(asOf) },
      { deadline },
    );
    return readAll(this.system, legacyFeedbackCountsSchema, mapFeedbackCounts, envelope.data).reduce(
      (sum, row) => ({
        received: sum.received + row.received,
        resolved: sum.resolved + row.resolved,
        rejected: sum.rejected + row.rejected,
        overdue: sum.overdue + row.overdue,
        ratings: sum.ratings + row.ratings,
        satisfied: sum.satisfied + row.satisfied,
      }),
      { received: 0, resolved: 0, rejected: 0, overdue: 0, ratings: 0, satisfied: 0 },
    );
  }
}
