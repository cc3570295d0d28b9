import { legacyPagesFor, type PageWindow } from '../schema/connection.js';

export interface LegacyPageResult<T> {
  readonly total: number;
  readonly items: readonly T[];
}

/**
 * Fetches the nodes of a cursor window from a system that pages by number: one legacy page when
 * the window is aligned, two (in parallel) when it straddles a page boundary.
 */
export async function fetchWindow<T>(
  window: PageWindow,
  fetchPage: (page: number, size: number) => Promise<LegacyPageResult<T>>,
): Promise<LegacyPageResult<T>> {
  const pages = legacyPagesFor(window);
  if (pages.length === 0) {
    // first: 0 still answers totalCount: ask for the smallest page.
    const probe = await fetchPage(1, 1);
    return { total: probe.total, items: [] };
  }
  const results = await Promise.all(pages.map(({ page, size }) => fetchPage(page, size)));
  const items = results.flatMap((result, index) => result.items.slice(pages[index]?.skip ?? 0));
  return { total: results[0]?.total ?? 0, items: items.slice(0, window.size) };
}
