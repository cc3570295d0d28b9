/**
 * A feedback's small attributes packed into 16 bits, so half a million records cost 1 MB:
 *
 * | bits  | attribute                                        |
 * |-------|--------------------------------------------------|
 * | 0–2   | channel, index in CHANNELS                       |
 * | 3–4   | severity, index in SEVERITIES                    |
 * | 5–8   | category, index in CATEGORIES                    |
 * | 9     | rejected (closed without being accepted)         |
 * | 10    | published (công khai)                            |
 * | 11–12 | satisfaction rating, index in RATINGS (0 none)   |
 */

export const CHANNEL_MASK = 7;
export const REJECTED_BIT = 1 << 9;
export const PUBLISHED_BIT = 1 << 10;

export interface FeedbackAttributes {
  readonly channel: number;
  readonly severity: number;
  readonly category: number;
  readonly rejected: boolean;
  readonly published: boolean;
  readonly rating: number;
}

export function packFlags(attributes: FeedbackAttributes): number {
  return (
    attributes.channel |
    (attributes.severity << 3) |
    (attributes.category << 5) |
    (attributes.rejected ? REJECTED_BIT : 0) |
    (attributes.published ? PUBLISHED_BIT : 0) |
    (attributes.rating << 11)
  );
}

export function channelOf(flags: number): number {
  return flags & CHANNEL_MASK;
}

export function severityOf(flags: number): number {
  return (flags >> 3) & 3;
}

export function categoryOf(flags: number): number {
  return (flags >> 5) & 15;
}

export function ratingOf(flags: number): number {
  return (flags >> 11) & 3;
}
