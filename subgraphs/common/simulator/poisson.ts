import type { Random } from './createRandom.js';

/**
 * A Poisson draw, for how many records an agency files on a day: exact (Knuth) for small means,
 * the normal approximation for large ones (where Knuth's loop would be slow).
 */
export function poisson(random: Random, mean: number): number {
  if (mean <= 0) return 0;
  if (mean < 30) {
    const limit = Math.exp(-mean);
    let k = 0;
    let product = random.next();
    while (product > limit) {
      k++;
      product *= random.next();
    }
    return k;
  }
  return Math.max(0, Math.round(mean + Math.sqrt(mean) * random.normal()));
}
