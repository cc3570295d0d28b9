/**
 * A dossier's attributes packed in one byte (seedDossiers.ts stores one per dossier):
 *
 * | bits | meaning |
 * |---|---|
 * | 0–1 | outcome: 0 resolved, 1 withdrawn (7), 2 processing stopped (8), 3 refused at reception (3) |
 * | 2–3 | channel `KenhThucHien`: 1 in person, 2 online, 3 postal |
 * | 4 | applicant is an organisation (`DoiTuongNop` 2) |
 * | 5 | applicant authenticated with VNeID |
 * | 6 | fees paid online |
 * | 7 | a supplement is requested during processing |
 */
export const OUTCOME_MASK = 0b11;
export const RESOLVED = 0;
export const WITHDRAWN = 1;
export const STOPPED = 2;
export const REFUSED = 3;

export const CHANNEL_SHIFT = 2;
export const IN_PERSON = 1;
export const ONLINE = 2;
export const POSTAL = 3;

export const ORGANISATION_BIT = 1 << 4;
export const VNEID_BIT = 1 << 5;
export const PAID_ONLINE_BIT = 1 << 6;
export const SUPPLEMENT_BIT = 1 << 7;

export function outcomeOf(flags: number): number {
  return flags & OUTCOME_MASK;
}

export function channelOf(flags: number): number {
  return (flags >> CHANNEL_SHIFT) & 0b11;
}
