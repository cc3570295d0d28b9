import { createRandom } from './createRandom.js';

/** Latency of a simulated system: a log-normal distribution given by two quantiles. */
export interface LatencyOptions {
  /** Median latency in milliseconds; 0 disables latency altogether. Default 15. */
  readonly medianMs: number;
  /** 99th-percentile latency in milliseconds, at least the median. Default 150. */
  readonly p99Ms: number;
}

/** The conventions' default: median 15 ms, p99 about 150 ms. */
export const DEFAULT_LATENCY: LatencyOptions = { medianMs: 15, p99Ms: 150 };

/** z-score of the 99th percentile of a standard normal distribution. */
const Z99 = 2.326_347_874;

/**
 * Returns a sampler of latencies in milliseconds. Real systems have a long right tail (a few
 * requests much slower than the median), which a log-normal reproduces with only two knobs:
 * `ln X ~ N(ln median, σ)` with `σ = ln(p99 / median) / z99`.
 */
export function createLatencySampler(options: LatencyOptions, seed: number): () => number {
  if (!(options.medianMs > 0)) return () => 0;
  if (!(options.p99Ms >= options.medianMs)) {
    throw new Error(`latency.p99Ms (${options.p99Ms}) must be at least latency.medianMs (${options.medianMs})`);
  }
  const mu = Math.log(options.medianMs);
  const sigma = Math.log(options.p99Ms / options.medianMs) / Z99;
  const random = createRandom(seed);
  return () => Math.exp(mu + sigma * random.normal());
}
