import { badUserInput } from '../errors/GovGraphError.js';

/** Largest page any list field gives: legacy systems refuse more, and dashboards need no more. */
export const MAX_PAGE_SIZE = 100;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Check a `Date` argument: a real calendar date between 2000 and 2100. */
export function parseDateArgument(name: string, value: string): string {
  const match = ISO_DATE.exec(value);
  const time = match ? Date.parse(`${value}T00:00:00Z`) : Number.NaN;
  if (!match || Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== value) {
    throw badUserInput(`Argument "${name}" must be a calendar date YYYY-MM-DD, got ${JSON.stringify(value)}.`, name);
  }
  const year = Number(match[1]);
  if (year < 2000 || year > 2100) {
    throw badUserInput(`Argument "${name}" must be a date between 2000 and 2100, got ${value}.`, name);
  }
  return value;
}

/** Check a `[from, to]` period: both dates valid and `from` not after `to`. */
export function parsePeriod(from: string, to: string): { from: string; to: string } {
  parseDateArgument('from', from);
  parseDateArgument('to', to);
  if (from > to) throw badUserInput(`The period is empty: "from" (${from}) is after "to" (${to}).`, 'from');
  return { from, to };
}

/** Check a page size (`first`): 0 to {@link MAX_PAGE_SIZE}. */
export function parseFirst(first: number): number {
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badUserInput(`Argument "first" must be between 0 and ${MAX_PAGE_SIZE}, got ${first}.`, 'first');
  }
  return first;
}
