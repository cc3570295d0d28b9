import { daysFromCivil } from '../../common/simulator/vietnamTime.js';

/**
 * Report periods as the reporting system names them (`T03/2024`, `Q1/2024`, `6T/2024`, `9T/2024`,
 * `N2024`) and the days they cover under the reporting regime: a period's data runs from the 15th
 * of the month before its first month to the 14th of its last month (so `N2024` is
 * 15/12/2023–14/12/2024).
 */
export type PeriodKind = 'T' | 'Q' | '6T' | '9T' | 'N';

export interface ReportingPeriod {
  /** The code as the system prints it, e.g. `Q1/2024`. */
  readonly code: string;
  readonly kind: PeriodKind;
  readonly year: number;
  /** Month (1–12) of a `T` period, quarter (1–4) of a `Q` period, else 6, 9 or 12. */
  readonly number: number;
  readonly firstMonth: number;
  readonly lastMonth: number;
  /** First covered day (simulator day): the 15th of the month before the first month. */
  readonly fromDay: number;
  /** Last covered day: the 14th of the last month. */
  readonly toDay: number;
  /** A small integer naming the period, for hashing. */
  readonly key: number;
}

const FORMS: ReadonlyArray<readonly [RegExp, PeriodKind]> = [
  [/^T(0[1-9]|1[0-2])\/(\d{4})$/, 'T'],
  [/^Q([1-4])\/(\d{4})$/, 'Q'],
  [/^(6)T\/(\d{4})$/, '6T'],
  [/^(9)T\/(\d{4})$/, '9T'],
  [/^N()(\d{4})$/, 'N'],
];

const KIND_ORDER: readonly PeriodKind[] = ['T', 'Q', '6T', '9T', 'N'];

/** Days covered by month `month` of `year`: the 15th of the month before to the 14th. */
export function monthDays(year: number, month: number): readonly [number, number] {
  const from = month === 1 ? daysFromCivil(year - 1, 12, 15) : daysFromCivil(year, month - 1, 15);
  return [from, daysFromCivil(year, month, 14)];
}

/** Reads a period code exactly as the system writes it, or `undefined`. */
export function readPeriodCode(text: string): ReportingPeriod | undefined {
  for (const [form, kind] of FORMS) {
    const match = form.exec(text);
    if (!match) continue;
    const year = Number(match[2]);
    if (year < 2000 || year > 2100) return undefined;
    const n = kind === 'N' ? 12 : Number(match[1]);
    const [firstMonth, lastMonth] = kind === 'T' ? [n, n] : kind === 'Q' ? [3 * n - 2, 3 * n] : [1, n];
    return {
      code: text,
      kind,
      year,
      number: n,
      firstMonth,
      lastMonth,
      fromDay: monthDays(year, firstMonth)[0],
      toDay: monthDays(year, lastMonth)[1],
      key: KIND_ORDER.indexOf(kind) * 1_000_000 + year * 100 + n,
    };
  }
  return undefined;
}
