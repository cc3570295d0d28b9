import { BadParameterError } from '../../common/simulator/BadParameterError.js';
import { feedbackId, rowOfFeedbackId } from './legacyFeedback.js';
import type { ListPosition } from './listFeedback.js';
import type { FeedbackStore } from './seedFeedback.js';

/**
 * The list's `NextCursor`: standard base64 (with `+`, `/` and `=`, so callers must URL-encode it)
 * of `{"t":<reception minute>,"id":"PAKN…"}`, as the vendor's .NET back end writes it. A keyset
 * position, not an offset: it stays valid while new feedback arrives.
 */
export function encodeListCursor(position: ListPosition): string {
  return Buffer.from(JSON.stringify({ t: position.minute, id: feedbackId(position.row) }), 'utf8').toString('base64');
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** Reads a `cursor` parameter back; anything this system did not give out is refused (HTTP 400). */
export function decodeListCursor(store: FeedbackStore, text: string): ListPosition {
  const refuse = (): never => {
    throw new BadParameterError('Tham số "cursor" không hợp lệ');
  };
  if (text.length > 200 || !BASE64.test(text)) return refuse();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64').toString('utf8'));
  } catch {
    return refuse();
  }
  const { t, id } = (parsed ?? {}) as { t?: unknown; id?: unknown };
  if (typeof t !== 'number' || typeof id !== 'string') return refuse();
  const row = rowOfFeedbackId(id, store.count);
  if (row < 0 || store.receivedAt[row] !== t) return refuse();
  return { minute: t, row };
}
