import { upstreamError } from '../../common/errors/GovGraphError.js';
import type { LegacyClient } from '../../common/http/LegacyClient.js';
import { toLegacyDate, toLegacyInstant } from '../../common/legacy/legacyFormat.js';
import type { LegacyPageResult } from '../../common/legacy/fetchWindow.js';
import { readAll, readBatch } from '../../common/legacy/readRecords.js';
import { DocumentDirection, TASK_STATUS_TO_LEGACY, type TaskStatus } from '../schema/enums.js';
import {
  legacyDocumentCountsSchema,
  legacyDocumentSchema,
  legacyTaskCountsSchema,
  legacyTaskSchema,
  mapDocument,
  mapDocumentCounts,
  mapTask,
  mapTaskCounts,
  type DocumentCounts,
  type DocumentRecord,
  type TaskCounts,
  type TaskRecord,
} from './documentRecords.js';

export interface DocumentListFilter {
  readonly agencyCode: string;
  readonly includeSubunits: boolean;
  readonly direction?: DocumentDirection | null;
  readonly from?: string | null;
  readonly to?: string | null;
}

export interface TaskListFilter {
  readonly agencyCode: string;
  readonly includeSubunits: boolean;
  readonly status?: TaskStatus | null;
}

/** Batch lookups of the document system take at most this many ids. */
export const DOCUMENT_SYSTEM_BATCH_LIMIT = 200;

/**
 * The document management and executive system in GovGraph's terms. Secret documents
 * (DoMat 1–3) never leave this class: lists ask for non-secret ones only and batch lookups turn a
 * secret document into "not found".
 */
export class DocumentSystemAdapter {
  constructor(private readonly client: LegacyClient) {}

  get system(): string {
    return this.client.system;
  }

  async listDocuments(filter: DocumentListFilter, page: number, size: number, deadline: number): Promise<LegacyPageResult<DocumentRecord>> {
    const envelope = await this.client.get(
      '/api/v1/vanban',
      {
        trang: page,
        soBanGhi: size,
        maDonVi: filter.agencyCode,
        baoGomDonViCon: filter.includeSubunits ? 1 : 0,
        loaiSo: filter.direction ? (filter.direction === DocumentDirection.INCOMING ? 1 : 2) : undefined,
        tuNgay: filter.from ? toLegacyDate(filter.from) : undefined,
        denNgay: filter.to ? toLegacyDate(filter.to) : undefined,
        doMat: 0,
      },
      { deadline },
    );
    const items = readAll(this.system, legacyDocumentSchema, mapDocument, envelope.data);
    if (items.some((document) => document.secrecy !== 0)) {
      // The filter was ignored: refuse the page rather than leak or silently shorten it.
      throw upstreamError('UPSTREAM_BAD_RESPONSE', this.system, `The ${this.system} system answered secret documents to a request for non-secret ones.`);
    }
    return { total: envelope.total ?? 0, items };
  }

  /** Documents by id in the order asked: `null` for unknown or secret ones, an Error for unreadable ones. */
  async documentsByIds(ids: readonly string[], deadline: number): Promise<(DocumentRecord | null | Error)[]> {
    const envelope = await this.client.get('/api/v1/vanban/ds', { ids: ids.join(',') }, { deadline });
    return readBatch(this.system, legacyDocumentSchema, mapDocument, 'ID', envelope.data, ids).map((document) =>
      document !== null && !(document instanceof Error) && document.secrecy !== 0 ? null : document,
    );
  }

  async listTasks(filter: TaskListFilter, page: number, size: number, deadline: number): Promise<LegacyPageResult<TaskRecord>> {
    const envelope = await this.client.get(
      '/api/v1/nhiemvu',
      {
        trang: page,
        soBanGhi: size,
        maDonVi: filter.agencyCode,
        baoGomDonViCon: filter.includeSubunits ? 1 : 0,
        tinhTrang: filter.status ? TASK_STATUS_TO_LEGACY[filter.status] : undefined,
      },
      { deadline },
    );
    return { total: envelope.total ?? 0, items: readAll(this.system, legacyTaskSchema, mapTask, envelope.data) };
  }

  async tasksByIds(ids: readonly string[], deadline: number): Promise<(TaskRecord | null | Error)[]> {
    const envelope = await this.client.get('/api/v1/nhiemvu/ds', { ids: ids.join(',') }, { deadline });
    return readBatch(this.system, legacyTaskSchema, mapTask, 'MaNhiemVu', envelope.data, ids);
  }

  /** Documents of the agency and every unit under it, in the period, summed over the system's per-agency rows. */
  async documentCounts(agencyCode: string, from: string, to: string, deadline: number): Promise<DocumentCounts> {
    const envelope = await this.client.get(
      '/api/v1/thongke/vanban',
      { maDonVi: agencyCode, baoGomDonViCon: 1, tuNgay: toLegacyDate(from), denNgay: toLegacyDate(to) },
      { deadline },
    );
    const rows = readAll(this.system, legacyDocumentCountsSchema, mapDocumentCounts, envelope.data);
    const sum = rows.reduce(
      (acc, row) => ({
        incoming: acc.incoming + row.incoming,
        outgoing: acc.outgoing + row.outgoing,
        outgoingSigned: acc.outgoingSigned + row.outgoingSigned,
      }),
      { incoming: 0, outgoing: 0, outgoingSigned: 0 },
    );
    if (rows.some((row) => row.outgoingSigned > row.outgoing)) {
      throw upstreamError('UPSTREAM_BAD_RESPONSE', this.system, `The ${this.system} system counted more signed outgoing documents than outgoing ones.`);
    }
    return sum;
  }

  /** Tasks assigned in the period to the agency or a unit under it, in buckets as of `asOf`. */
  async taskCounts(agencyCode: string, from: string, to: string, asOf: Date, deadline: number): Promise<TaskCounts> {
    const envelope = await this.client.get(
      '/api/v1/thongke/nhiemvu',
      {
        maDonVi: agencyCode,
        baoGomDonViCon: 1,
        tuNgay: toLegacyDate(from),
        denNgay: toLegacyDate(to),
        thoiDiem: toLegacyInstant(asOf),
      },
      { deadline },
    );
    const rows = readAll(this.system, legacyTaskCountsSchema, mapTaskCounts, envelope.data);
    for (const row of rows) {
      if (row.doneOnTime + row.doneLate + row.openOnTrack + row.openOverdue !== row.total) {
        throw upstreamError('UPSTREAM_BAD_RESPONSE', this.system, `The ${this.system} system's task buckets do not add up to its total.`);
      }
    }
    return rows.reduce(
      (acc, row) => ({
        total: acc.total + row.total,
        doneOnTime: acc.doneOnTime + row.doneOnTime,
        doneLate: acc.doneLate + row.doneLate,
        openOnTrack: acc.openOnTrack + row.openOnTrack,
        openOverdue: acc.openOverdue + row.openOverdue,
      }),
      { total: 0, doneOnTime: 0, doneLate: 0, openOnTrack: 0, openOverdue: 0 },
    );
  }
}
