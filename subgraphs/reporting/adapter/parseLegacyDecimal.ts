import { LegacyFormatError } from '../../common/legacy/legacyFormat.js';

/**
 * Numbers of the reporting system: a comma before the decimals and dots between thousands
 * (`1.234,5`, `-0,75`, `12.345`), or, from older screens, no thousands dots at all (`1234,5`).
 * `""` is "no value" (null). Anything else — an English `1,234.5`, misplaced dots, exponents —
 * is refused rather than guessed at: `12.345` is twelve thousand, never twelve point three.
 */
const GROUPED = /^-?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const PLAIN = /^-?\d+(?:,\d+)?$/;

export function parseLegacyDecimal(field: string, value: string): number | null {
  const text = value.trim();
  if (text === '') return null;
  if (!GROUPED.test(text) && !PLAIN.test(text)) {
    throw new LegacyFormatError(field, `expected a number like 1.234,5, got ${JSON.stringify(value)}`);
  }
  return Number(text.replaceAll('.', '').replace(',', '.'));
}
