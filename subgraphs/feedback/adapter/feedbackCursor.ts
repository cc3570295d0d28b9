import { badUserInput } from '../../common/errors/GovGraphError.js';

/**
 * GraphQL cursors of the feedback list, wrapping the legacy system's own.
 *
 * The legacy list is keyset-paged: its `NextCursor` marks a position, not an offset, and it gives
 * one only at the end of a page. A GraphQL cursor therefore holds a legacy cursor (`""` for the
 * start of the list) and how many records after it to skip, so that any node can be a cursor:
 * the end of a page is `(NextCursor, 0)`, another node `(the page's legacy cursor, its position)`.
 * The `fb1:` prefix tells this format apart from other subgraphs' cursors and from later versions.
 */
export interface FeedbackCursor {
  /** The legacy `NextCursor` to start from, `""` for the start of the list. */
  readonly legacy: string;
  /** Records to skip after it. */
  readonly skip: number;
}

/** Largest skip a cursor may hold: the legacy system serves at most this many records a call. */
export const MAX_LEGACY_LIMIT = 200;

export const LIST_START: FeedbackCursor = { legacy: '', skip: 0 };

export function encodeFeedbackCursor(cursor: FeedbackCursor): string {
  return Buffer.from(`fb1:${cursor.skip}:${cursor.legacy}`, 'utf8').toString('base64url');
}

const FORM = /^fb1:(\d{1,3}):([A-Za-z0-9+/]{0,200}={0,2})$/;

/** Reads an `after` argument; anything this API did not give out is BAD_USER_INPUT. */
export function decodeFeedbackCursor(text: string): FeedbackCursor {
  const match = /^[A-Za-z0-9_-]{1,400}$/.test(text) ? FORM.exec(Buffer.from(text, 'base64url').toString('utf8')) : null;
  const skip = Number(match?.[1]);
  if (!match || skip > MAX_LEGACY_LIMIT) {
    throw badUserInput(`Argument "after" is not a cursor this API gave out: ${JSON.stringify(text)}.`, 'after');
  }
  return { legacy: match[2] ?? '', skip };
}
