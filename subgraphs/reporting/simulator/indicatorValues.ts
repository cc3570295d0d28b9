import type { LegacyRecord } from '../../common/simulator/envelope.js';
import { hash32, hashUnit } from '../../common/simulator/hash32.js';
import { agencyActiveDays } from '../../common/simulator/agencyActiveDays.js';
import { hanoiAgencies, type AgencyKind, type HanoiAgency } from '../../common/simulator/hanoiAgencies.js';
import { formatDate, formatInstant, MINUTES_PER_DAY } from '../../common/simulator/vietnamTime.js';
import { formatLegacyDecimal } from './formatLegacyDecimal.js';
import type { Catalogue, FormSpec, IndicatorSpec } from './reportingCatalogue.js';
import { monthDays, type PeriodKind, type ReportingPeriod } from './reportPeriodCode.js';

/**
 * Indicator values per agency and period, computed on demand from hashes of (seed, indicator,
 * agency, month): nothing is stored, so the millions of possible values cost no memory and the
 * same value always reads the same. A period's flow is the sum of its months, a stock its last
 * month's level, a ratio the sums of its numerators and denominators; an agency reports only for
 * the days it existed (a former commune's July 2025 covers 15–30 June).
 */

/** Years with data: reports from T01/2021 to N2026 (the clock hides those not yet sent). */
export const FIRST_YEAR = 2021;
export const LAST_YEAR = 2026;

/** Month factors: Tết slows January and February; budgets and disbursements rush in December. */
const SEASON = [0.86, 0.8, 1, 0.98, 1, 1.02, 0.98, 0.97, 1, 1.03, 1.05, 1.31] as const;

/** Size of a reporting agency's own activity, relative to a department, when every agency reports. */
const KIND_FACTOR: Readonly<Record<AgencyKind, number>> = { city: 0.5, department: 1, district: 2, formerCommune: 0.2, commune: 1 };

/** Reports are sent 1 to 6 days after the period's data is closed on the 14th (by the 20th). */
const SUBMISSION_DAYS = 6;

/** Periods in which an indicator of each periodicity is reported. */
const REPORTED_IN: Readonly<Record<FormSpec['periodicity'], readonly PeriodKind[]>> = {
  MONTHLY: ['T', 'Q', '6T', '9T', 'N'],
  QUARTERLY: ['Q', '6T', '9T', 'N'],
  SIX_MONTHLY: ['6T', 'N'],
  YEARLY: ['N'],
};

/** First and last day each agency existed. */
const ACTIVE_DAYS = hanoiAgencies.map((agency) => agencyActiveDays(agency, -0x7fffffff, 0x7fffffff));
const FIRST_DAY = new Int32Array(ACTIVE_DAYS.map(([first]) => first));
const LAST_DAY = new Int32Array(ACTIVE_DAYS.map(([, last]) => last));

/** One agency's report of one indicator for one period. */
export interface ValueKey {
  readonly indicator: number;
  readonly agency: number;
  /** When the report was sent, in simulator minutes. */
  readonly submittedAt: number;
}

export interface PeriodValue {
  /** In units of the last decimal; `null` for a ratio whose denominator is 0. */
  readonly value: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly decimals: number;
}

export interface ValueSource {
  readonly seed: number;
  readonly catalogue: Catalogue;
}

function agencyFactor(form: FormSpec, agency: HanoiAgency): number {
  return form.leadOnly ? 1 : KIND_FACTOR[agency.kind] * agency.size;
}

/** When `agency` sent its report of `form` for `period`, in simulator minutes. */
export function submittedAt(seed: number, form: number, agency: number, period: ReportingPeriod): number {
  const h = hash32(seed, form, agency, period.key ^ 0x5b17);
  const day = period.toDay + 1 + (h % SUBMISSION_DAYS);
  return day * MINUTES_PER_DAY + 450 + ((h >>> 8) % 600);
}

/**
 * Whether `agency` reported `indicator` for `period` by `asOf` (simulator minutes), and when:
 * it submits the indicator's form, the form is reported in periods of that kind, the agency
 * existed in the period (a stock needs it at the end), and the report was sent by then.
 */
export function reportOf(source: ValueSource, indicator: number, agency: number, period: ReportingPeriod, asOf: number): ValueKey | undefined {
  const spec = source.catalogue.indicators[indicator] as IndicatorSpec;
  const form = source.catalogue.forms[spec.form] as FormSpec;
  if (form.reporters[agency] !== 1 || !REPORTED_IN[form.periodicity].includes(period.kind)) return undefined;
  if (period.year < FIRST_YEAR || period.year > LAST_YEAR) return undefined;
  const first = FIRST_DAY[agency] as number;
  const last = LAST_DAY[agency] as number;
  if (first > period.toDay || last < period.fromDay) return undefined;
  if (spec.kind === 'stock' && last < period.toDay) return undefined;
  const sent = submittedAt(source.seed, form.index, agency, period);
  return sent <= asOf ? { indicator, agency, submittedAt: sent } : undefined;
}

/** A month's amount of a flow (or a ratio's denominator) in units, for the days the agency existed. */
function monthUnits(seed: number, spec: IndicatorSpec, agency: HanoiAgency, factor: number, year: number, month: number): number {
  const [from, to] = monthDays(year, month);
  const days = Math.min(to, LAST_DAY[agency.index] as number) - Math.max(from, FIRST_DAY[agency.index] as number) + 1;
  if (days <= 0) return 0;
  const t = year - FIRST_YEAR + (month - 1) / 12;
  const expected = spec.magnitude * factor * (1 + spec.growth) ** t * (SEASON[month - 1] as number) * (days / (to - from + 1)) * 10 ** spec.decimals;
  const u = hashUnit(seed, spec.index, agency.index, year * 12 + month);
  // Small counts vary a lot from month to month; large amounts by about ±10 %.
  const noisy = expected * (expected < 20 ? 0.5 + u : 0.9 + 0.2 * u);
  return Math.floor(noisy + hashUnit(seed ^ 0x7a11, spec.index, agency.index, year * 12 + month));
}

function stockUnits(seed: number, spec: IndicatorSpec, agency: HanoiAgency, factor: number, year: number, month: number): number {
  const t = year - FIRST_YEAR + (month - 1) / 12;
  const expected = spec.magnitude * factor * (1 + spec.growth) ** t * 10 ** spec.decimals;
  const u = hashUnit(seed, spec.index, agency.index, year * 12 + month);
  return Math.floor(expected * (0.97 + 0.06 * u) + hashUnit(seed ^ 0x7a11, spec.index, agency.index, year * 12 + month));
}

function monthRatio(seed: number, source: ValueSource, spec: IndicatorSpec, agency: HanoiAgency, factor: number, year: number, month: number): [number, number] {
  const base = spec.denominator >= 0 ? (source.catalogue.indicators[spec.denominator] as IndicatorSpec) : spec;
  const denominator = monthUnits(seed, base, agency, factor, year, month);
  const [from, to] = spec.rate ?? [0.5, 0.5];
  const t = year - FIRST_YEAR + (month - 1) / 12;
  const share = from + (to - from) * Math.min(1, t / 5.9) + 0.06 * (hashUnit(seed ^ 0x4a7e, spec.index, agency.index, year * 12 + month) - 0.5);
  const bounded = Math.max(0, Math.min(to <= 1 ? 1 : 1.5, share));
  const numerator = Math.floor(denominator * bounded + hashUnit(seed ^ 0x11, spec.index, agency.index, year * 12 + month));
  return [Math.min(numerator, to <= 1 ? denominator : numerator), denominator];
}

/** The value `agency` reported for `indicator` and `period` (whether it reported at all is {@link reportOf}). */
export function periodValue(source: ValueSource, indicator: number, agency: number, period: ReportingPeriod): PeriodValue {
  const { seed, catalogue } = source;
  const spec = catalogue.indicators[indicator] as IndicatorSpec;
  const who = hanoiAgencies[agency] as HanoiAgency;
  const factor = agencyFactor(catalogue.forms[spec.form] as FormSpec, who);
  switch (spec.kind) {
    case 'flow': {
      let sum = 0;
      for (let month = period.firstMonth; month <= period.lastMonth; month++) sum += monthUnits(seed, spec, who, factor, period.year, month);
      return { value: sum, numerator: null, denominator: null, decimals: spec.decimals };
    }
    case 'stock':
      return { value: stockUnits(seed, spec, who, factor, period.year, period.lastMonth), numerator: null, denominator: null, decimals: spec.decimals };
    case 'ratio': {
      let numerator = 0;
      let denominator = 0;
      for (let month = period.firstMonth; month <= period.lastMonth; month++) {
        const [n, d] = monthRatio(seed, source, spec, who, factor, period.year, month);
        numerator += n;
        denominator += d;
      }
      const decimals = spec.denominator >= 0 ? (catalogue.indicators[spec.denominator] as IndicatorSpec).decimals : spec.decimals;
      // The percentage the agency's screen shows, to 2 decimals; its parts say exactly.
      const value = denominator === 0 ? null : Math.round((numerator * 100 * 100) / denominator);
      return { value, numerator, denominator, decimals };
    }
    default: {
      const u = hashUnit(seed ^ 0x1e7e1, spec.index, agency, period.key);
      return { value: Math.round((spec.base + spec.spread * (2 * u - 1)) * 10 ** spec.decimals), numerator: null, denominator: null, decimals: spec.decimals };
    }
  }
}

/** Every report of the indicators by the agencies for the period, agency by agency, then indicator order. */
export function listReports(source: ValueSource, agencies: readonly number[], indicators: readonly number[], period: ReportingPeriod, asOf: number): ValueKey[] {
  const sortedIndicators = [...indicators].sort((a, b) => a - b);
  const reports: ValueKey[] = [];
  for (const agency of agencies) {
    for (const indicator of sortedIndicators) {
      const report = reportOf(source, indicator, agency, period, asOf);
      if (report) reports.push(report);
    }
  }
  return reports;
}

/** A report as the legacy API prints it (reporting API.md, "Values"). */
export function legacyValue(source: ValueSource, report: ValueKey, period: ReportingPeriod): LegacyRecord {
  const spec = source.catalogue.indicators[report.indicator] as IndicatorSpec;
  const { value, numerator, denominator, decimals } = periodValue(source, report.indicator, report.agency, period);
  // About one row in ten comes from an old screen that printed no thousands dots.
  const grouped = hash32(source.seed, report.indicator, report.agency, period.key ^ 0x9a0) % 10 !== 0;
  const printed = (units: number | null, places: number): string => (units === null ? '' : formatLegacyDecimal(units, places, grouped));
  return {
    MaDonVi: (hanoiAgencies[report.agency] as HanoiAgency).code,
    MaChiTieu: spec.code,
    KyBaoCao: period.code,
    TuNgay: formatDate(period.fromDay),
    DenNgay: formatDate(period.toDay),
    GiaTri: printed(value, spec.kind === 'ratio' ? 2 : decimals),
    TuSo: printed(numerator, decimals),
    MauSo: printed(denominator, decimals),
    NgayCapNhat: formatInstant(report.submittedAt),
  };
}
