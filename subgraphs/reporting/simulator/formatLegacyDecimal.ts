/**
 * A number as the reporting system prints it: a comma before the decimals and dots between
 * thousands (`1.234,5`), from an integer count of the last decimal place, so sums stay exact.
 * Some old screens stored numbers without the thousands dots (`1234,5`); `grouped: false` prints
 * those.
 */
export function formatLegacyDecimal(units: number, decimals: number, grouped = true): string {
  const scale = 10 ** decimals;
  const magnitude = Math.abs(units);
  const whole = Math.floor(magnitude / scale);
  const fraction = magnitude - whole * scale;
  const wholeText = grouped ? String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, '.') : String(whole);
  const fractionText = decimals > 0 ? `,${String(fraction).padStart(decimals, '0')}` : '';
  return `${units < 0 ? '-' : ''}${wholeText}${fractionText}`;
}
