import { compareVietnamese, foldVietnamese } from '../domain/vietnameseText.js';
import type { IndicatorRecord } from './reportingRecords.js';
import type { ReportingSystemAdapter } from './ReportingSystemAdapter.js';

/** An indicator with its name folded for search. */
export interface CatalogueEntry {
  readonly record: IndicatorRecord;
  /** Folded words of the code and the name. */
  readonly words: readonly string[];
}

export interface IndicatorCatalogueOptions {
  /** How long a copy of the catalogue is used before it is read again. Default 10 minutes. */
  readonly maxAgeMs?: number;
  /** Clock in epoch ms. Default `Date.now`. */
  readonly now?: () => number;
}

/** Page size used to read the whole catalogue: the most the legacy system serves. */
const PAGE_SIZE = 500;

/**
 * The whole catalogue of indicators (2,136 in Hanoi), kept by the subgraph process so that search
 * can do what the legacy search cannot (ignore diacritics and case, sort in Vietnamese order).
 * Indicators change when the city issues new forms, a few times a year: a copy is read again
 * after `maxAgeMs`, pages in parallel, and concurrent requests share one read. A failed read is
 * not kept, so the next request tries again.
 */
export class IndicatorCatalogue {
  private readonly maxAgeMs: number;
  private readonly now: () => number;
  private copy: { readonly entries: Promise<readonly CatalogueEntry[]>; readonly readAt: number } | undefined;

  constructor(options: IndicatorCatalogueOptions = {}) {
    this.maxAgeMs = options.maxAgeMs ?? 10 * 60_000;
    this.now = options.now ?? Date.now;
  }

  /** Every indicator, in Vietnamese alphabetical order of name (then code). */
  entries(adapter: ReportingSystemAdapter, deadline: number): Promise<readonly CatalogueEntry[]> {
    const copy = this.copy;
    if (copy && this.now() - copy.readAt < this.maxAgeMs) return copy.entries;
    const entries = read(adapter, deadline);
    const fresh = { entries, readAt: this.now() };
    this.copy = fresh;
    entries.catch(() => {
      if (this.copy === fresh) this.copy = undefined;
    });
    return entries;
  }
}

async function read(adapter: ReportingSystemAdapter, deadline: number): Promise<readonly CatalogueEntry[]> {
  const first = await adapter.listIndicators(1, PAGE_SIZE, deadline);
  const pages = Math.ceil(first.total / PAGE_SIZE);
  const rest = await Promise.all(Array.from({ length: Math.max(0, pages - 1) }, (_, i) => adapter.listIndicators(i + 2, PAGE_SIZE, deadline)));
  const records = [first, ...rest].flatMap((page) => page.items);
  return records
    .map((record) => ({ record, words: foldVietnamese(`${record.code} ${record.name}`).split(' ') }))
    .sort((a, b) => compareVietnamese(a.record.name, b.record.name) || (a.record.code < b.record.code ? -1 : 1));
}
