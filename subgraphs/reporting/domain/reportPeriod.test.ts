import { describe, expect, it } from 'vitest';
import { ReportPeriodType } from '../schema/enums.js';
import { parseReportPeriod, reportingDeadline } from './reportPeriod.js';

describe('report periods of the reporting regime', () => {
  it.each([
    ['T03/2024', ReportPeriodType.MONTH, 2024, 3, '2024-02-15', '2024-03-14'],
    ['T01/2024', ReportPeriodType.MONTH, 2024, 1, '2023-12-15', '2024-01-14'],
    ['T12/2025', ReportPeriodType.MONTH, 2025, 12, '2025-11-15', '2025-12-14'],
    ['Q1/2024', ReportPeriodType.QUARTER, 2024, 1, '2023-12-15', '2024-03-14'],
    ['Q3/2025', ReportPeriodType.QUARTER, 2025, 3, '2025-06-15', '2025-09-14'],
    ['Q4/2024', ReportPeriodType.QUARTER, 2024, 4, '2024-09-15', '2024-12-14'],
    ['6T/2024', ReportPeriodType.SIX_MONTHS, 2024, null, '2023-12-15', '2024-06-14'],
    ['9T/2024', ReportPeriodType.NINE_MONTHS, 2024, null, '2023-12-15', '2024-09-14'],
    ['N2024', ReportPeriodType.YEAR, 2024, null, '2023-12-15', '2024-12-14'],
    ['T02/2024', ReportPeriodType.MONTH, 2024, 2, '2024-01-15', '2024-02-14'],
  ])('%s is a %s of %i (number %s) covering %s to %s', (code, type, year, number, from, to) => {
    expect(parseReportPeriod(code)).toEqual({ code, type, year, number, from, to });
  });

  it('tolerates surrounding spaces and lower case, and answers the canonical code', () => {
    expect(parseReportPeriod(' q2/2025 ')).toMatchObject({ code: 'Q2/2025', type: ReportPeriodType.QUARTER, number: 2 });
    expect(parseReportPeriod('n2025')?.code).toBe('N2025');
    expect(parseReportPeriod('6t/2025')?.code).toBe('6T/2025');
  });

  it.each([
    'T13/2024', 'T00/2024', 'T3/2024', 'T003/2024', 'Q5/2024', 'Q0/2024', 'Q1/24', '6T2024', '9T-2024', '3T/2024', '12T/2024',
    'N24', 'N02024', '2024', 'H1/2024', 'T03-2024', 'T 03/2024', 'N1999', 'N2101', '', 'Q1/2024/1', 'năm 2024',
  ])('refuses %j', (code) => {
    expect(parseReportPeriod(code)).toBeNull();
  });

  it('has reports due by the 20th of the last month', () => {
    expect(reportingDeadline(parseReportPeriod('N2025')!)).toBe('2025-12-20');
    expect(reportingDeadline(parseReportPeriod('T02/2024')!)).toBe('2024-02-20');
    expect(reportingDeadline(parseReportPeriod('Q1/2024')!)).toBe('2024-03-20');
  });
});
