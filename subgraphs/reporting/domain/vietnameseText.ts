/**
 * Vietnamese text for people: search that ignores diacritics and case (`ha noi` finds `Hà Nội`,
 * `thu ngan sach` finds `Thu ngân sách`, `đ` is `d`), and sorting in Vietnamese alphabetical
 * order (a ă â b c d đ e ê …), which code-point order gets wrong.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Lower case without diacritics, `đ` folded to `d`, runs of anything but letters and digits as one space. */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of a search, folded; empty when the search has none. */
export function searchWords(search: string | null | undefined): string[] {
  const folded = foldVietnamese(search ?? '');
  return folded === '' ? [] : folded.split(' ');
}

/**
 * Whether every word of the search starts a word of the text (given as folded words), so a
 * search can be typed word by word: `thu ngan` finds `Tổng thu ngân sách nhà nước`.
 */
export function matchesSearch(textWords: readonly string[], search: readonly string[]): boolean {
  return search.every((word) => textWords.some((candidate) => candidate.startsWith(word)));
}

const collator = new Intl.Collator('vi');

/** Vietnamese alphabetical order. */
export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}
