import type { SimulatorRoute } from '../../common/simulator/createSimulatorServer.js';
import { success, type Envelope, type LegacyRecord, type SimulatorResponse } from '../../common/simulator/envelope.js';
import { hanoiAgencies, type HanoiAgency } from '../../common/simulator/hanoiAgencies.js';
import { BadParameterError } from '../../common/simulator/BadParameterError.js';
import { readDayRange, readInstant, readInteger, readKeys } from '../../common/simulator/queryParams.js';
import { readAgencyScope } from '../../common/simulator/readAgencyScope.js';
import { feedbackStatistics } from './feedbackStatistics.js';
import { decodeListCursor, encodeListCursor } from './legacyCursor.js';
import { legacyFeedback, rowOfFeedbackId } from './legacyFeedback.js';
import { listFeedback } from './listFeedback.js';
import type { FeedbackStore } from './seedFeedback.js';

/** Page size of the list when `limit` is absent, and the most it serves. */
export const DEFAULT_LIST_LIMIT = 50;
export const MAX_LIST_LIMIT = 200;

/**
 * A page of the cursor-paged list. Unlike the page/size systems, this vendor puts the list and its
 * `NextCursor` inside `Data` (`TotalRecord` stays in the envelope): API.md, "Paging".
 */
function cursorPage(records: readonly LegacyRecord[], total: number, nextCursor: string): SimulatorResponse {
  const body = { MaLoi: '0', ThongBao: 'Thành công', TotalRecord: String(total), Data: { NextCursor: nextCursor, DanhSach: records } };
  return { status: 200, body: body as unknown as Envelope };
}

function readLimit(query: URLSearchParams): number {
  const text = query.get('limit')?.trim();
  if (text !== undefined && /^\d+$/.test(text) && Number(text) > MAX_LIST_LIMIT) {
    throw new BadParameterError(`Tham số "limit" vượt quá giới hạn ${MAX_LIST_LIMIT} bản ghi`);
  }
  return readInteger(query, 'limit', 1, MAX_LIST_LIMIT) ?? DEFAULT_LIST_LIMIT;
}

function readFlagValue(query: URLSearchParams, name: string): boolean | undefined {
  const value = readInteger(query, name, 0, 1);
  return value === undefined ? undefined : value === 1;
}

/** The feedback system's legacy API (API.md next to this file) over the seeded columns. */
export function createFeedbackRoutes(store: FeedbackStore): SimulatorRoute[] {
  return [
    {
      method: 'GET',
      pattern: '/api/v1/phananh',
      handler: ({ query, now }) => {
        const agencies = readAgencyScope(query);
        const limit = readLimit(query);
        const channel = readInteger(query, 'kenh', 1, 5);
        const status = readInteger(query, 'trangThai', 1, 5);
        const published = readFlagValue(query, 'congKhai');
        const { fromMinute, toMinute } = readDayRange(query);
        const cursorText = query.get('cursor')?.trim();
        const position = cursorText ? decodeListCursor(store, cursorText) : undefined;
        const { total, rows, next } = listFeedback(
          store,
          { agencies, fromMinute, toMinute: Math.min(toMinute, now), channel: channel === undefined ? undefined : channel - 1, status, published, now },
          position,
          limit,
        );
        return cursorPage(rows.map((row) => legacyFeedback(store, row, now)), total, next === undefined ? '' : encodeListCursor(next));
      },
    },
    {
      method: 'GET',
      pattern: '/api/v1/phananh/ds',
      handler: ({ query, now }) => {
        const records: LegacyRecord[] = [];
        for (const id of readKeys(query, 'ids')) {
          const row = rowOfFeedbackId(id, store.count);
          // Feedback not yet received at the clock's now does not exist yet.
          if (row >= 0 && (store.receivedAt[row] as number) <= now) records.push(legacyFeedback(store, row, now));
        }
        return success(records);
      },
    },
    {
      method: 'GET',
      pattern: '/api/v1/thongke/phananh',
      handler: ({ query, now }) => {
        const agencies = readAgencyScope(query);
        const { fromMinute, toMinute } = readDayRange(query);
        // An as-of instant after the clock's now is taken as now: the future is not known yet.
        const asOf = Math.min(readInstant(query, 'thoiDiem') ?? now, now);
        return success(
          feedbackStatistics(store, agencies, fromMinute, toMinute, asOf).map((row) => ({
            MaDonVi: (hanoiAgencies[row.agency] as HanoiAgency).code,
            TiepNhan: String(row.received),
            DaXuLy: String(row.resolved),
            TuChoi: String(row.rejected),
            QuaHan: String(row.overdue),
            LuotDanhGia: String(row.ratings),
            HaiLong: String(row.satisfied),
          })),
        );
      },
    },
  ];
}
