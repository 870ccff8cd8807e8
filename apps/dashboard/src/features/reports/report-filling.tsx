import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { describeError, fieldErrorsOf } from '../../errors/graphql-errors';
import type { ReportFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { FormFailure } from '../../ui/form-failure';
import { useActionFailure } from '../../ui/use-action-failure';
import { AnswerControl, answerControlId } from './answer-control';
import { answerInput, draftFromAnswer, problemsByField, type AnswerDraft } from './report-answers';
import { ReportSections } from './report-sections';
import { ReportNeedOptionsQuery, SaveReportDraftMutation, SubmitReportMutation } from './reports.graphql';
import { useAutosave, type AutosaveState } from './use-autosave';

function AutosaveStatus({ state, onRetry }: { state: AutosaveState; onRetry: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const text =
    state.kind === 'saving'
      ? t('report.autosave.saving')
      : state.kind === 'dirty'
        ? t('report.autosave.dirty')
        : state.kind === 'saved'
          ? t('report.autosave.saved', { time: `${String(state.at.getHours()).padStart(2, '0')}:${String(state.at.getMinutes()).padStart(2, '0')}` })
          : state.kind === 'failed'
            ? t('report.autosave.failed', { reason: describeError(i18n, state.error) })
            : t('report.autosave.idle');
  return (
    <div className={`report-autosave report-autosave-${state.kind}`} data-testid="autosave-status" data-state={state.kind}>
      <span role="status" aria-live="polite">
        {text}
      </span>
      {state.kind === 'failed' && (
        <button type="button" className="button button-secondary button-small" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}

/**
 * The report its region fills (DRAFT or RETURNED): every field of its form version by section, the
 * pre-filled figures with their sources, saved as it goes; submitting lists every problem the API
 * finds at its field, and above the form with a way to each.
 */
export function ReportFilling({ report }: { report: ReportFieldsFragment }) {
  const { t, name } = useI18n();
  const [drafts, setDrafts] = useState<Record<string, AnswerDraft>>(() =>
    Object.fromEntries(report.fields.map((field) => [field.key, draftFromAnswer(report.answers.find((answer) => answer.fieldKey === field.key))])),
  );
  const { failure, run } = useActionFailure();
  const draftsRef = useRef(drafts);
  const versionRef = useRef(report.version);
  if (report.version > versionRef.current) versionRef.current = report.version;
  const [saveDraft] = useMutation(SaveReportDraftMutation);
  const [submit, submitting] = useMutation(SubmitReportMutation, { update: (cache) => cache.evict({ fieldName: 'reports' }) });
  const withNeeds = report.fields.some((field) => field.type === 'NEEDS');
  const needs = useQuery(ReportNeedOptionsQuery, { variables: { regionCode: report.regionCode }, skip: !withNeeds, errorPolicy: 'all', fetchPolicy: 'cache-and-network' });

  const autosave = useAutosave(async (keys) => {
    const answers = report.fields.filter((field) => keys.includes(field.key)).map((field) => answerInput(field, draftsRef.current[field.key] ?? draftFromAnswer(undefined)));
    const { data } = await saveDraft({ variables: { input: { id: report.id, version: versionRef.current, answers } } });
    if (data) versionRef.current = data.saveReportDraft.version;
  });

  const change = (key: string, draft: AnswerDraft) => {
    draftsRef.current = { ...draftsRef.current, [key]: draft };
    setDrafts(draftsRef.current);
    autosave.changed(key);
  };

  const onSubmit = () =>
    run(async () => {
      await autosave.flush();
      if (autosave.unsaved()) return;
      await submit({ variables: { input: { id: report.id, version: versionRef.current } } });
    });

  const problems = fieldErrorsOf(failure);
  const byField = problemsByField(problems);
  const labelOf = (key: string) => {
    const field = report.fields.find((candidate) => candidate.key === key);
    return field ? name(field.label) : key;
  };
  return (
    <form className="form report-filling" onSubmit={(event) => (event.preventDefault(), void onSubmit())} noValidate data-testid="report-filling">
      <AutosaveStatus state={autosave.state} onRetry={() => void autosave.flush()} />
      {problems.length > 0 ? (
        <div className="status status-error report-problems" role="alert" data-testid="submit-problems">
          <p>{t('report.problems', { count: Object.keys(byField).length })}</p>
          <ul>
            {Object.keys(byField).map((key) => (
              <li key={key}>
                <button type="button" className="button button-link" onClick={() => document.getElementById(answerControlId(key))?.focus()}>
                  {labelOf(key)}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <FormFailure error={failure} />
      )}
      <ReportSections report={report}>
        {(field) => (
          <AnswerControl
            key={field.key}
            field={field}
            answer={report.answers.find((answer) => answer.fieldKey === field.key)}
            draft={drafts[field.key] ?? draftFromAnswer(undefined)}
            problems={byField[field.key] ?? []}
            needs={needs.data?.needs.edges.map((edge) => edge.node) ?? []}
            onChange={(draft) => change(field.key, draft)}
          />
        )}
      </ReportSections>
      <div className="form-actions">
        <button type="submit" className="button" disabled={submitting.loading}>
          {submitting.loading ? t('common.saving') : report.status === 'RETURNED' ? t('report.resubmit') : t('report.submit')}
        </button>
      </div>
    </form>
  );
}
