/** A field's answer as stored (JSON in `analytics.report.answers`, by field key): the member of its type, and the comment. */
export interface StoredAnswer {
  number?: number | null;
  text?: string | null;
  choices?: string[] | null;
  needIds?: string[] | null;
  comment?: string | null;
}

/** The figure a field was pre-filled with, as computed (JSON in `analytics.report.prefill`, by field key). */
export interface StoredPrefill {
  source: string;
  figure: number | null;
  computedAt: string;
}

export type StoredAnswers = Record<string, StoredAnswer>;
export type StoredPrefills = Record<string, StoredPrefill>;
