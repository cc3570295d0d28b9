import type { SimulatorRoute } from '../../common/simulator/createSimulatorServer.js';
import { pagedSuccess, success, type LegacyRecord } from '../../common/simulator/envelope.js';
import { hanoiAgencies, type HanoiAgency } from '../../common/simulator/hanoiAgencies.js';
import { readAgencyScope } from '../../common/simulator/readAgencyScope.js';
import { readDayRange, readInstant, readInteger, readKeys, readPaging } from '../../common/simulator/queryParams.js';
import { documentStatistics } from './documentStatistics.js';
import { legacyDocument } from './legacyDocument.js';
import { legacyTask } from './legacyTask.js';
import { listDocuments } from './listDocuments.js';
import { listTasks } from './listTasks.js';
import type { DocumentStore } from './seedDocuments.js';
import type { TaskStore } from './seedTasks.js';
import { taskStatistics } from './taskStatistics.js';

/** Row index of an id `<prefix><8 digits>` (id = index + 1), or -1. */
function rowOfId(id: string, prefix: string, count: number): number {
  if (id.length !== prefix.length + 8 || !id.startsWith(prefix) || !/^\d{8}$/.test(id.slice(prefix.length))) return -1;
  const row = Number(id.slice(prefix.length)) - 1;
  return row >= 0 && row < count ? row : -1;
}

function agencyCode(index: number): string {
  return (hanoiAgencies[index] as HanoiAgency).code;
}

/** The document system's legacy API (documents API.md) over the seeded columns. */
export function createDocumentsRoutes(documents: DocumentStore, tasks: TaskStore): SimulatorRoute[] {
  return [
    {
      method: 'GET',
      pattern: '/api/v1/vanban',
      handler: ({ query, now }) => {
        const paging = readPaging(query);
        const agencies = readAgencyScope(query);
        const direction = readInteger(query, 'loaiSo', 1, 2);
        const { fromMinute, toMinute } = readDayRange(query);
        const secrecy = readInteger(query, 'doMat', 0, 3);
        const { total, rows } = listDocuments(
          documents,
          { agencies, fromMinute, toMinute: Math.min(toMinute, now), outgoing: direction === undefined ? undefined : direction === 2, secrecy },
          paging.offset,
          paging.size,
        );
        return pagedSuccess(rows.map((row) => legacyDocument(documents, row)), total, paging.page, paging.size);
      },
    },
    {
      method: 'GET',
      pattern: '/api/v1/vanban/ds',
      handler: ({ query, now }) => {
        const records: LegacyRecord[] = [];
        for (const id of readKeys(query, 'ids')) {
          const row = rowOfId(id, 'VB', documents.count);
          // Documents not yet registered at the clock's now do not exist yet.
          if (row >= 0 && (documents.time[row] as number) <= now) records.push(legacyDocument(documents, row));
        }
        return success(records);
      },
    },
    {
      method: 'GET',
      pattern: '/api/v1/thongke/vanban',
      handler: ({ query, now }) => {
        const agencies = readAgencyScope(query);
        const { fromMinute, toMinute } = readDayRange(query);
        const rows = documentStatistics(documents, agencies, fromMinute, Math.min(toMinute, now));
        return success(
          rows.map((row) => ({
            MaDonVi: agencyCode(row.agency),
            VanBanDen: String(row.incoming),
            VanBanDi: String(row.outgoing),
            VanBanDiKySo: String(row.outgoingSigned),
            VanBanMat: String(row.secret),
          })),
        );
      },
    },
    {
      method: 'GET',
      pattern: '/api/v1/nhiemvu',
      handler: ({ query, now }) => {
        const paging = readPaging(query);
        const agencies = readAgencyScope(query);
        const status = readInteger(query, 'tinhTrang', 1, 4);
        // An as-of instant after the clock's now is taken as now: the future is not known yet.
        const asOf = Math.min(readInstant(query, 'thoiDiem') ?? now, now);
        const { fromMinute, toMinute } = readDayRange(query);
        const { total, rows } = listTasks(
          tasks,
          { agencies, assignedFrom: fromMinute, assignedTo: toMinute, now, asOf, status },
          paging.offset,
          paging.size,
        );
        return pagedSuccess(rows.map((row) => legacyTask(documents, tasks, row, now)), total, paging.page, paging.size);
      },
    },
    {
      method: 'GET',
      pattern: '/api/v1/nhiemvu/ds',
      handler: ({ query, now }) => {
        const records: LegacyRecord[] = [];
        for (const id of readKeys(query, 'ids')) {
          const row = rowOfId(id, 'NV', tasks.count);
          if (row >= 0 && (tasks.assignedAt[row] as number) <= now) records.push(legacyTask(documents, tasks, row, now));
        }
        return success(records);
      },
    },
    {
      method: 'GET',
      pattern: '/api/v1/thongke/nhiemvu',
      handler: ({ query, now }) => {
        const agencies = readAgencyScope(query);
        const { fromMinute, toMinute } = readDayRange(query);
        const asOf = Math.min(readInstant(query, 'thoiDiem') ?? now, now);
        const rows = taskStatistics(tasks, { agencies, assignedFrom: fromMinute, assignedTo: toMinute, now, asOf });
        return success(
          rows.map((row) => ({
            MaDonVi: agencyCode(row.agency),
            TongSo: String(row.total),
            HoanThanhDungHan: String(row.doneOnTime),
            HoanThanhQuaHan: String(row.doneLate),
            DangThucHienTrongHan: String(row.openOnTrack),
            DangThucHienQuaHan: String(row.openOverdue),
          })),
        );
      },
    },
  ];
}
