import { IndicatorAggregation } from '../schema/enums.js';

/**
 * One value for an agency from the reports of the agency and every unit under it (DOMAIN.md,
 * "Summaries": a figure on an agency rolls up the agency and its units):
 * - SUM: the reported values add up;
 * - RATIO: numerators and denominators add up, the value is `multiplier × Σ numerators / Σ
 *   denominators`, null when the denominators add up to 0;
 * - NOT_ADDITIVE (growth rates, indices): the value when exactly one agency reported it, null
 *   when none or several did, since such values do not combine.
 */
export interface ReportedValue {
  readonly value: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
}

export interface RolledUpValue {
  readonly value: number | null;
  /** How many agencies' reports the value is made of. */
  readonly reportingAgencies: number;
}

/** Sums of decimals keep the float noise out of the last digits (`0.1 + 0.2` is `0.3` here). */
function sum(values: readonly number[]): number {
  return Math.round(values.reduce((a, b) => a + b, 0) * 1e6) / 1e6;
}

export function rollUpIndicatorValue(aggregation: IndicatorAggregation, multiplier: number, reports: readonly ReportedValue[]): RolledUpValue {
  switch (aggregation) {
    case IndicatorAggregation.RATIO: {
      const complete = reports.filter((report) => report.numerator !== null && report.denominator !== null);
      const denominator = sum(complete.map((report) => report.denominator as number));
      const numerator = sum(complete.map((report) => report.numerator as number));
      return { value: denominator === 0 ? null : (multiplier * numerator) / denominator, reportingAgencies: complete.length };
    }
    case IndicatorAggregation.SUM: {
      const values = reports.flatMap((report) => (report.value === null ? [] : [report.value]));
      return { value: values.length === 0 ? null : sum(values), reportingAgencies: values.length };
    }
    default: {
      const values = reports.flatMap((report) => (report.value === null ? [] : [report.value]));
      return { value: values.length === 1 ? (values[0] as number) : null, reportingAgencies: values.length };
    }
  }
}
