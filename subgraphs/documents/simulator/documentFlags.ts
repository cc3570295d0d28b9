/**
 * A document's small attributes packed into 16 bits, so two million documents cost 4 MB:
 *
 * | bits  | attribute                          |
 * |-------|------------------------------------|
 * | 0     | outgoing (1) or incoming (0)       |
 * | 1     | digitally signed                   |
 * | 2–3   | secrecy 0 normal … 3 Tuyệt mật     |
 * | 4–6   | urgency 0 normal … 4 flash (timed) |
 * | 7–11  | type, index in DOCUMENT_TYPES      |
 *
 * (The five attributes need 12 bits, so one byte is not enough.) Statistics read only the low
 * four bits, which a scan tests with one mask.
 */

export const OUTGOING_BIT = 1;
export const SIGNED_BIT = 2;
export const SECRECY_MASK = 0b1100;

export interface DocumentAttributes {
  readonly outgoing: boolean;
  readonly signed: boolean;
  readonly secrecy: number;
  readonly urgency: number;
  readonly type: number;
}

export function packFlags(attributes: DocumentAttributes): number {
  return (
    (attributes.outgoing ? OUTGOING_BIT : 0) |
    (attributes.signed ? SIGNED_BIT : 0) |
    (attributes.secrecy << 2) |
    (attributes.urgency << 4) |
    (attributes.type << 7)
  );
}

export function secrecyOf(flags: number): number {
  return (flags >> 2) & 3;
}

export function urgencyOf(flags: number): number {
  return (flags >> 4) & 7;
}

export function typeOf(flags: number): number {
  return (flags >> 7) & 31;
}
