import { describe, expect, it } from 'vitest';
import { IndicatorAggregation } from '../schema/enums.js';
import { rollUpIndicatorValue } from './rollUpIndicatorValue.js';

const value = (v: number | null) => ({ value: v, numerator: null, denominator: null });
const part = (n: number, d: number) => ({ value: d === 0 ? null : (100 * n) / d, numerator: n, denominator: d });

describe('rolling an indicator up over an agency and its units', () => {
  it('adds up amounts, without float noise, and counts the agencies', () => {
    expect(rollUpIndicatorValue(IndicatorAggregation.SUM, 1, [value(0.1), value(0.2), value(1234.5)])).toEqual({ value: 1234.8, reportingAgencies: 3 });
    expect(rollUpIndicatorValue(IndicatorAggregation.SUM, 1, [value(5), value(null)])).toEqual({ value: 5, reportingAgencies: 1 });
    expect(rollUpIndicatorValue(IndicatorAggregation.SUM, 1, [])).toEqual({ value: null, reportingAgencies: 0 });
  });

  it('makes a ratio of the summed parts, not an average of the agencies\' ratios', () => {
    // 90 % of 10 and 10 % of 90: 18 of 100, not the average 50 %.
    expect(rollUpIndicatorValue(IndicatorAggregation.RATIO, 100, [part(9, 10), part(9, 90)])).toEqual({ value: 18, reportingAgencies: 2 });
    expect(rollUpIndicatorValue(IndicatorAggregation.RATIO, 1, [part(3, 4)])).toEqual({ value: 0.75, reportingAgencies: 1 });
    expect(rollUpIndicatorValue(IndicatorAggregation.RATIO, 100, [part(0, 0), part(0, 0)])).toEqual({ value: null, reportingAgencies: 2 });
    expect(rollUpIndicatorValue(IndicatorAggregation.RATIO, 100, [])).toEqual({ value: null, reportingAgencies: 0 });
  });

  it('keeps a value that does not add up only when one agency reported it', () => {
    expect(rollUpIndicatorValue(IndicatorAggregation.NOT_ADDITIVE, 1, [value(6.29)])).toEqual({ value: 6.29, reportingAgencies: 1 });
    expect(rollUpIndicatorValue(IndicatorAggregation.NOT_ADDITIVE, 1, [value(6.29), value(5.1)])).toEqual({ value: null, reportingAgencies: 2 });
    expect(rollUpIndicatorValue(IndicatorAggregation.NOT_ADDITIVE, 1, [])).toEqual({ value: null, reportingAgencies: 0 });
  });
});
