import { BadParameterError } from '../../common/simulator/BadParameterError.js';
import type { SimulatorRoute } from '../../common/simulator/createSimulatorServer.js';
import { pagedSuccess, raw, success, type LegacyRecord } from '../../common/simulator/envelope.js';
import { agenciesUnder, agencyIndexByCode, hanoiAgencies, type HanoiAgency } from '../../common/simulator/hanoiAgencies.js';
import { readFlag, readInstant, readInteger, readKeys, readPaging, readRequired } from '../../common/simulator/queryParams.js';
import { readAgencyScope } from '../../common/simulator/readAgencyScope.js';
import { dayOfMinutes } from '../../common/simulator/vietnamTime.js';
import { legacyValue, listReports, type ValueSource } from './indicatorValues.js';
import { errorXml, indexScoresXml } from './indexScoresXml.js';
import { legacyForm, legacyIndicator, storedIndicatorName } from './legacyCatalogue.js';
import type { IndexScoreSpec } from './provincialIndices.js';
import type { FormSpec, IndicatorSpec } from './reportingCatalogue.js';
import { readPeriodCode, type ReportingPeriod } from './reportPeriodCode.js';

/** The route that answers XML. */
export const INDEX_SCORES_PATH = '/api/v1/chisotinh';
const XML_TYPE = 'application/xml; charset=utf-8';

export interface ReportingData extends ValueSource {
  readonly indices: readonly IndexScoreSpec[];
}

const AGENCY_CODE = /^\d{3}\.\d{2}\.\d{2}\.H\d{2}$/;

function readPeriod(query: URLSearchParams): ReportingPeriod {
  const period = readPeriodCode(readRequired(query, 'kyBaoCao'));
  if (!period) {
    throw new BadParameterError('Tham số "kyBaoCao" không hợp lệ: dùng Txx/yyyy (tháng), Qn/yyyy (quý), 6T/yyyy, 9T/yyyy hoặc Nyyyy (năm)');
  }
  return period;
}

/** `thoiDiem` capped at the clock's now: reports not yet sent do not exist. */
function readAsOf(query: URLSearchParams, now: number): number {
  return Math.min(readInstant(query, 'thoiDiem') ?? now, now);
}

/** Indicator codes as indices; unknown codes are left out, as batch lookups do. */
function indicatorIndices(data: ReportingData, codes: readonly string[]): number[] {
  return codes.flatMap((code) => {
    const index = data.catalogue.indicatorByCode.get(code);
    return index === undefined ? [] : [index];
  });
}

function scopeOf(index: number | undefined, withUnits: boolean): readonly number[] {
  if (index === undefined) return [];
  return withUnits ? agenciesUnder(index) : [index];
}

/** The reporting system's legacy API (reporting API.md) over the generated catalogue and values. */
export function createReportingRoutes(data: ReportingData): SimulatorRoute[] {
  const { seed, catalogue } = data;
  const form = (index: number): FormSpec => catalogue.forms[index] as FormSpec;
  const indicatorRecord = (indicator: IndicatorSpec): LegacyRecord => legacyIndicator(seed, indicator, form(indicator.form));

  return [
    {
      method: 'GET',
      pattern: '/api/v1/bieumau',
      handler: ({ query }) => {
        const paging = readPaging(query);
        const page = catalogue.forms.slice(paging.offset, paging.offset + paging.size);
        return pagedSuccess(page.map((spec) => legacyForm(seed, spec)), catalogue.forms.length, paging.page, paging.size);
      },
    },
    {
      method: 'GET',
      pattern: '/api/v1/bieumau/ds',
      handler: ({ query }) =>
        success(
          readKeys(query, 'ma').flatMap((code) => {
            const index = catalogue.formByCode.get(code);
            return index === undefined ? [] : [legacyForm(seed, form(index))];
          }),
        ),
    },
    {
      method: 'GET',
      pattern: '/api/v1/chitieu',
      handler: ({ query }) => {
        const paging = readPaging(query);
        // The legacy search compares the stored bytes: case, accents and Unicode form must match.
        const keyword = query.get('tuKhoa') ?? '';
        const formCode = query.get('maBieuMau')?.trim() ?? '';
        const sharedOnly = readFlag(query, 'chiaSeChinhPhu');
        const matches = catalogue.indicators.filter(
          (indicator) =>
            (keyword === '' || storedIndicatorName(seed, indicator).includes(keyword)) &&
            (formCode === '' || form(indicator.form).code === formCode) &&
            (!sharedOnly || indicator.shared),
        );
        const page = matches.slice(paging.offset, paging.offset + paging.size);
        return pagedSuccess(page.map(indicatorRecord), matches.length, paging.page, paging.size);
      },
    },
    {
      method: 'GET',
      pattern: '/api/v1/chitieu/ds',
      handler: ({ query }) =>
        success(indicatorIndices(data, readKeys(query, 'ma')).map((index) => indicatorRecord(catalogue.indicators[index] as IndicatorSpec))),
    },
    {
      method: 'GET',
      pattern: '/api/v1/solieu',
      handler: ({ query, now }) => {
        const paging = readPaging(query);
        const agencies = readAgencyScope(query);
        const period = readPeriod(query);
        const indicators = indicatorIndices(data, readKeys(query, 'maChiTieu'));
        const reports = listReports(data, agencies, indicators, period, readAsOf(query, now));
        const page = reports.slice(paging.offset, paging.offset + paging.size);
        return pagedSuccess(page.map((report) => legacyValue(data, report, period)), reports.length, paging.page, paging.size);
      },
    },
    {
      method: 'GET',
      pattern: '/api/v1/thongke/solieu',
      handler: ({ query, now }) => {
        const roots = readKeys(query, 'maDonVi');
        const malformed = roots.find((code) => !AGENCY_CODE.test(code));
        if (malformed !== undefined) {
          throw new BadParameterError(`Tham số "maDonVi" có mã không hợp lệ "${malformed}" (dạng 000.00.00.H26)`);
        }
        const withUnits = readFlag(query, 'baoGomDonViCon');
        const period = readPeriod(query);
        const indicators = indicatorIndices(data, readKeys(query, 'maChiTieu'));
        const asOf = readAsOf(query, now);
        const rows = roots.flatMap((root) =>
          listReports(data, scopeOf(agencyIndexByCode.get(root), withUnits), indicators, period, asOf).map((report) => ({
            MaDonViTongHop: root,
            ...legacyValue(data, report, period),
          })),
        );
        return success(rows);
      },
    },
    {
      method: 'GET',
      pattern: INDEX_SCORES_PATH,
      handler: ({ query, now }) => {
        let year: number;
        try {
          readRequired(query, 'nam');
          year = readInteger(query, 'nam', 2000, 2100) as number;
        } catch (error) {
          // The XML module answers its refusals in XML too.
          if (error instanceof BadParameterError) return raw(400, XML_TYPE, errorXml('400', error.message));
          throw error;
        }
        const today = dayOfMinutes(now);
        const scores = data.indices.filter((score) => score.year === year && score.publishedDay <= today);
        return raw(200, XML_TYPE, indexScoresXml(seed, year, scores));
      },
    },
  ];
}

/** Record counts for `GET /__admin/info`. */
export function reportingCounts(data: ReportingData, now: number): Record<string, number> {
  const today = dayOfMinutes(now);
  return {
    forms: data.catalogue.forms.length,
    indicators: data.catalogue.indicators.length,
    sharedIndicators: data.catalogue.indicators.filter((indicator) => indicator.shared).length,
    reportingAgencies: hanoiAgencies.filter((agency: HanoiAgency) => data.catalogue.forms.some((spec) => spec.reporters[agency.index] === 1)).length,
    indexScores: data.indices.length,
    publishedIndexScores: data.indices.filter((score) => score.publishedDay <= today).length,
  };
}
