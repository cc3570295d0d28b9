import type { LatencyOptions } from './createLatencySampler.js';

/** Options every seeded legacy-system simulator takes. */
export interface SeededSimulatorOptions {
  /** Seed of the generated data (same seed, same data). Default 1. */
  readonly seed?: number;
  /** Volume knob: 1 is Hanoi's real order of magnitude; tests use 0.01 or less. Default 1. */
  readonly scale?: number;
  /** A fixed clock; records after it do not exist yet. Default: the real time at each request. */
  readonly now?: Date;
  /** API latency. Default median 15 ms, p99 150 ms; `{ medianMs: 0, p99Ms: 0 }` disables it. */
  readonly latency?: LatencyOptions;
}

/** Default seed shared by the simulators, so an unseeded stack agrees on names across systems. */
export const DEFAULT_SEED = 1;

/** Largest scale accepted: identifiers have a fixed number of digits. */
export const MAX_SCALE = 40;

/**
 * Validates and completes the options, reporting every bad one at once, as a start-up error
 * (these come from code or environment, never from an API caller).
 */
export function resolveSimulatorOptions(system: string, options: SeededSimulatorOptions): { seed: number; scale: number } {
  const seed = options.seed ?? DEFAULT_SEED;
  const scale = options.scale ?? 1;
  const problems: string[] = [];
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) problems.push(`seed must be an integer from 0 to 4294967295 (got ${seed})`);
  if (!Number.isFinite(scale) || scale <= 0 || scale > MAX_SCALE) problems.push(`scale must be a number above 0 and at most ${MAX_SCALE} (got ${scale})`);
  if (options.now !== undefined && Number.isNaN(options.now.getTime())) problems.push('now must be a valid Date');
  if (problems.length > 0) throw new Error(`${system} simulator: ${problems.join('; ')}`);
  return { seed, scale };
}
