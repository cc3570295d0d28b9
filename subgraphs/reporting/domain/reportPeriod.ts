import { ReportPeriodType } from '../schema/enums.js';

/**
 * Report periods of the reporting regime: codes `T03/2024` (month), `Q1/2024` (quarter), `6T/2024`
 * (six months), `9T/2024` (nine months), `N2024` (year). A period's data runs from the 15th of the
 * month before its first month to the 14th of its last month, so `Q1/2024` covers 2023-12-15 to
 * 2024-03-14; reports are due by the 20th of the last month.
 */
export interface ReportPeriod {
  /** The code, canonical (upper case): `Q1/2024`. */
  readonly code: string;
  readonly type: ReportPeriodType;
  readonly year: number;
  /** Month (1–12) of a MONTH, quarter (1–4) of a QUARTER; null for the others. */
  readonly number: number | null;
  /** First covered day, `YYYY-MM-DD`. */
  readonly from: string;
  /** Last covered day, `YYYY-MM-DD`. */
  readonly to: string;
}

/** The accepted forms, for error messages. */
export const REPORT_PERIOD_FORMS = 'T01/2025 … T12/2025 (month), Q1/2025 … Q4/2025 (quarter), 6T/2025 (six months), 9T/2025 (nine months) or N2025 (year)';

/** Reports of a period are due this many days after its data closes on the 14th: by the 20th. */
const REPORTING_DAYS = 6;

const FORMS: ReadonlyArray<readonly [RegExp, ReportPeriodType]> = [
  [/^T(0[1-9]|1[0-2])\/(\d{4})$/, ReportPeriodType.MONTH],
  [/^Q([1-4])\/(\d{4})$/, ReportPeriodType.QUARTER],
  [/^6T\/()(\d{4})$/, ReportPeriodType.SIX_MONTHS],
  [/^9T\/()(\d{4})$/, ReportPeriodType.NINE_MONTHS],
  [/^N()(\d{4})$/, ReportPeriodType.YEAR],
];

function isoDate(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

/** Months `[first, last]` of a period. */
function monthsOf(type: ReportPeriodType, number: number | null): readonly [number, number] {
  switch (type) {
    case ReportPeriodType.MONTH:
      return [number as number, number as number];
    case ReportPeriodType.QUARTER:
      return [3 * (number as number) - 2, 3 * (number as number)];
    case ReportPeriodType.SIX_MONTHS:
      return [1, 6];
    case ReportPeriodType.NINE_MONTHS:
      return [1, 9];
    default:
      return [1, 12];
  }
}

/**
 * Reads a period code (surrounding spaces and lower case tolerated), or null when it is not one
 * of the forms or its year is outside 2000–2100.
 */
export function parseReportPeriod(text: string): ReportPeriod | null {
  const code = text.trim().toUpperCase();
  for (const [form, type] of FORMS) {
    const match = form.exec(code);
    if (!match) continue;
    const year = Number(match[2]);
    if (year < 2000 || year > 2100) return null;
    const number = match[1] === '' ? null : Number(match[1]);
    const [first, last] = monthsOf(type, number);
    // Date.UTC takes month 0 as December of the year before.
    return { code, type, year, number, from: isoDate(year, first - 1, 15), to: isoDate(year, last, 14) };
  }
  return null;
}

/** The last day reports of the period are due: the 20th of its last month. */
export function reportingDeadline(period: ReportPeriod): string {
  const [y, m, d] = period.to.split('-').map(Number) as [number, number, number];
  return isoDate(y, m, d + REPORTING_DAYS);
}
