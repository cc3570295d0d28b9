import DataLoader from 'dataloader';
import { upstreamError } from '../../common/errors/GovGraphError.js';
import type { RequestInfo } from '../../common/server/requestInfo.js';
import type { ReportPeriod } from '../domain/reportPeriod.js';
import { rollUpIndicatorValue, type RolledUpValue } from '../domain/rollUpIndicatorValue.js';
import { IndicatorAggregation } from '../schema/enums.js';
import type { IndicatorRecord, ReportFormRecord, ValueRecord } from './reportingRecords.js';
import { REPORTING_BATCH_LIMIT, type ReportingSystemAdapter } from './ReportingSystemAdapter.js';

/** One indicator's value for one agency (rolled up over its units) in one period, as of an instant. */
export interface IndicatorValueKey {
  readonly agencyCode: string;
  readonly indicator: IndicatorRecord;
  readonly period: ReportPeriod;
  readonly asOf: Date;
}

export interface ReportingLoaders {
  readonly formByCode: DataLoader<string, ReportFormRecord | null>;
  readonly indicatorByCode: DataLoader<string, IndicatorRecord | null>;
  readonly indicatorValue: DataLoader<IndicatorValueKey, RolledUpValue, string>;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}

/**
 * Values of many agencies and indicators in one period cost one statistics request (per 200
 * agencies × 200 indicators): a dashboard listing communes with their figures makes one call.
 */
async function loadValues(adapter: ReportingSystemAdapter, request: RequestInfo, keys: readonly IndicatorValueKey[]): Promise<(RolledUpValue | Error)[]> {
  const groups = new Map<string, IndicatorValueKey[]>();
  for (const key of keys) {
    const group = `${key.period.code}|${key.asOf.getTime()}`;
    groups.set(group, [...(groups.get(group) ?? []), key]);
  }
  const results = new Map<IndicatorValueKey, RolledUpValue | Error>();
  await Promise.all(
    [...groups.values()].map(async (group) => {
      const { period, asOf } = group[0] as IndicatorValueKey;
      const roots = [...new Set(group.map((key) => key.agencyCode))];
      const codes = [...new Set(group.map((key) => key.indicator.code))];
      let rows: ValueRecord[];
      try {
        const requests = chunks(roots, REPORTING_BATCH_LIMIT).flatMap((rootChunk) =>
          chunks(codes, REPORTING_BATCH_LIMIT).map((codeChunk) => adapter.valueRows(rootChunk, codeChunk, period, asOf, request.deadline)),
        );
        rows = (await Promise.all(requests)).flat();
      } catch (error) {
        for (const key of group) results.set(key, error as Error);
        return;
      }
      const byKey = new Map<string, ValueRecord[]>();
      for (const row of rows) {
        const id = `${row.rootCode}|${row.indicatorCode}`;
        byKey.set(id, [...(byKey.get(id) ?? []), row]);
      }
      for (const key of group) {
        const reports = byKey.get(`${key.agencyCode}|${key.indicator.code}`) ?? [];
        const { aggregation, multiplier } = key.indicator;
        if (aggregation === IndicatorAggregation.RATIO && reports.some((report) => report.numerator === null || report.denominator === null)) {
          results.set(key, upstreamError('UPSTREAM_BAD_RESPONSE', adapter.system, `The ${adapter.system} system sent a ratio without its numerator and denominator.`));
        } else {
          results.set(key, rollUpIndicatorValue(aggregation, multiplier, reports));
        }
      }
    }),
  );
  return keys.map((key) => results.get(key) as RolledUpValue | Error);
}

/** One loader set per request (see identity's createLoaders for why). */
export function createLoaders(adapter: ReportingSystemAdapter, request: RequestInfo): ReportingLoaders {
  return {
    formByCode: new DataLoader((codes) => adapter.formsByCodes(codes, request.deadline), { maxBatchSize: REPORTING_BATCH_LIMIT }),
    indicatorByCode: new DataLoader((codes) => adapter.indicatorsByCodes(codes, request.deadline), { maxBatchSize: REPORTING_BATCH_LIMIT }),
    indicatorValue: new DataLoader((keys) => loadValues(adapter, request, keys), {
      cacheKeyFn: (key) => `${key.period.code}|${key.asOf.getTime()}|${key.agencyCode}|${key.indicator.code}`,
    }),
  };
}
