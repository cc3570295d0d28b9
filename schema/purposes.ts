/**
 * The registered catalogue of purposes for which citizens' personal data may be released
 * (ARCHITECTURE.md §4). A client declares one per request in the `x-govgraph-purpose` header; the
 * gateway refuses a code that is not here, and the subgraphs release personal data only when a
 * purpose was declared. The access log records the purpose of every request.
 *
 * A code is never renamed or reused: access-log records keep it.
 */
export const PURPOSE_HEADER = 'x-govgraph-purpose';

export interface PurposeEntry {
  /** What the data is used for, as the access log's reader sees it. */
  readonly description: string;
  /** The legal ground an operator cites for it. */
  readonly legalBasis: string;
}

export const purposes = {
  DOSSIER_PROCESSING: {
    description: 'Receiving, processing and returning a citizen\'s administrative dossier at a one-stop shop.',
    legalBasis: 'Decree 61/2018/ND-CP (one-stop-shop mechanism), Decree 13/2023/ND-CP Art. 17',
  },
  FEEDBACK_HANDLING: {
    description: 'Answering and resolving a citizen\'s feedback or petition (phản ánh, kiến nghị).',
    legalBasis: 'Decree 20/2008/ND-CP, Decree 13/2023/ND-CP Art. 17',
  },
  INSPECTION: {
    description: 'Inspection, complaint or denunciation handling by an inspectorate.',
    legalBasis: 'Law on Inspection 2022, Decree 13/2023/ND-CP Art. 17',
  },
  CITIZEN_SUPPORT: {
    description: 'Helping the citizen at their own request (hotline, counter), with their consent.',
    legalBasis: 'Decree 13/2023/ND-CP Art. 11 (consent)',
  },
} as const satisfies Record<string, PurposeEntry>;

export type Purpose = keyof typeof purposes;

export const PURPOSE_CODES = Object.keys(purposes) as Purpose[];

export function isPurpose(value: unknown): value is Purpose {
  return typeof value === 'string' && Object.hasOwn(purposes, value);
}
