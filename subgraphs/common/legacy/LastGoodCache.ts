import { LRUCache } from 'lru-cache';
import type { Logger } from 'pino';
import { errorCodeOf } from '../errors/GovGraphError.js';

export interface LastGoodCacheOptions {
  /** Most entries kept; the least recently used go first. Default 5000. */
  readonly maxEntries?: number;
  /** How old a last good copy may be and still be served. Default 24 h. */
  readonly maxAgeMs?: number;
  readonly logger?: Logger;
}

export interface MaybeStale<T> {
  readonly value: T;
  /** True when the system failed and this is the last good copy. */
  readonly stale: boolean;
}

/** Failures a stale copy may stand in for: the system is down or garbled, not the request wrong. */
const SERVE_STALE_ON = new Set(['UPSTREAM_UNAVAILABLE', 'UPSTREAM_TIMEOUT', 'UPSTREAM_BAD_RESPONSE']);

/**
 * Stale-if-error for figures (ARCHITECTURE.md §5): every good answer is kept; when the system later
 * fails, the last good copy is served marked stale, so an e-Cabinet screen keeps its numbers and
 * says they are old instead of going blank. Bounded in entries and age; in memory per process.
 */
export class LastGoodCache {
  private readonly cache: LRUCache<string, { value: unknown }>;
  private readonly logger: Logger | undefined;

  constructor(options: LastGoodCacheOptions = {}) {
    this.cache = new LRUCache({ max: options.maxEntries ?? 5000, ttl: options.maxAgeMs ?? 24 * 3600_000 });
    this.logger = options.logger;
  }

  async read<T>(key: string, fetch: () => Promise<T>): Promise<MaybeStale<T>> {
    try {
      const value = await fetch();
      this.cache.set(key, { value });
      return { value, stale: false };
    } catch (error) {
      const code = errorCodeOf(error);
      const copy = code !== undefined && SERVE_STALE_ON.has(code) ? this.cache.get(key) : undefined;
      if (!copy) throw error;
      this.logger?.warn({ key, code }, 'upstream failed; serving the last good copy, marked stale');
      return { value: copy.value as T, stale: true };
    }
  }
}
