import { fieldsOf, type ReportSectionDefinition } from '../../report-forms/report-form-definition';
import type { StoredAnswers, StoredPrefills } from '../report-answer-values';
import { prefillWindow, type ReportPeriod } from '../report-period';
import type { Queryable } from './prefill-source';
import { findPrefillSource } from './prefill-sources';

/**
 * Computes the figures a report's NUMBER fields are pre-filled with, for the report's region and
 * period, from analytics' read model, inside the caller's transaction.
 */
export async function computePrefill(db: Queryable, sections: readonly ReportSectionDefinition[], regionCode: string, period: ReportPeriod, now: Date): Promise<StoredPrefills> {
  const window = prefillWindow(regionCode, period);
  const prefill: StoredPrefills = {};
  for (const field of fieldsOf(sections)) {
    const source = field.prefillSource ? findPrefillSource(field.prefillSource) : undefined;
    if (!source) continue;
    prefill[field.key] = { source: source.key, figure: await source.compute(db, window), computedAt: now.toISOString() };
  }
  return prefill;
}

/**
 * The answers after the figures were computed (again): a field whose answer still equals the
 * old figure (or has none) takes the new one; an answer the front office overrode stays its own.
 */
export function followPrefill(answers: StoredAnswers, before: StoredPrefills, after: StoredPrefills): StoredAnswers {
  const next: StoredAnswers = { ...answers };
  for (const [key, filled] of Object.entries(after)) {
    const answer = answers[key];
    const current = answer?.number ?? null;
    if (current === null || current === (before[key]?.figure ?? null)) next[key] = { ...answer, number: filled.figure };
  }
  return next;
}
