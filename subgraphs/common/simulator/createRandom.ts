/**
 * A seeded pseudo-random stream (mulberry32) for simulators.
 *
 * Seeding walks through millions of records, so the generator must be cheap (a handful of integer
 * operations per draw) and reproducible across machines and Node versions, which `Math.random` is
 * not. mulberry32 has a 2^32 period, ample for one stream per agency or per concern.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** A standard normal draw (Box–Muller), for log-normal latencies and volume noise. */
  normal(): number;
}

/** Creates a mulberry32 stream; equal seeds give equal streams. */
export function createRandom(seed: number): Random {
  let state = seed | 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    normal: () => {
      // 1 - next() is in (0, 1], so the logarithm is finite.
      const u = 1 - next();
      const v = next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
  };
}

/** Turns weights into a cumulative table for {@link pickCumulative}. */
export function cumulativeWeights(weights: readonly number[]): Float64Array {
  const table = new Float64Array(weights.length);
  let sum = 0;
  for (let i = 0; i < weights.length; i++) {
    sum += weights[i] ?? 0;
    table[i] = sum;
  }
  for (let i = 0; i < table.length; i++) table[i] = (table[i] ?? 0) / sum;
  return table;
}

/** Picks the index whose cumulative weight first exceeds `u` (a uniform draw in [0, 1)). */
export function pickCumulative(table: Float64Array, u: number): number {
  let lo = 0;
  let hi = table.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((table[mid] ?? 1) > u) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
