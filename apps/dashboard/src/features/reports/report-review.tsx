import { useMutation } from '@apollo/client/react';
import { REPORT_LIMITS } from '@birge/shared-reference';
import { useState, type FormEvent } from 'react';
import type { ReportFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { useFormErrors } from '../../ui/form-errors';
import { FormField, OtherFieldErrors } from '../../ui/form-field';
import { FormFailure } from '../../ui/form-failure';
import { textProblems } from '../needs/need-forms';
import { AcceptReportMutation, ReopenReportMutation, ReturnReportMutation } from './reports.graphql';

type Decision = 'accept' | 'return' | 'reopen';

/** One decision of the republican office with its text: a closing word (optional) to accept, what to fix to return, why to reopen. */
function DecisionForm({ report, decision, onDone, onCancel, onReload }: { report: ReportFieldsFragment; decision: Decision; onDone: () => void; onCancel: () => void; onReload: () => void }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const { fieldErrors, errors, failure, setFieldErrors, setFailure, fail } = useFormErrors();
  const evict = { update: (cache: { evict(options: { fieldName: string }): boolean }) => void cache.evict({ fieldName: 'reports' }) };
  const [accept, accepting] = useMutation(AcceptReportMutation, evict);
  const [send, returning] = useMutation(ReturnReportMutation, evict);
  const [reopen, reopening] = useMutation(ReopenReportMutation, evict);
  const field = decision === 'reopen' ? 'reason' : 'comment';
  const loading = accepting.loading || returning.loading || reopening.loading;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const problems = decision === 'accept' ? (text.length > REPORT_LIMITS.commentMaxLength ? [{ field, code: 'TOO_LONG', message: '' }] : []) : textProblems(field, text, REPORT_LIMITS.commentMaxLength);
    setFieldErrors(problems);
    if (problems.length > 0) return;
    const base = { id: report.id, version: report.version };
    try {
      if (decision === 'accept') await accept({ variables: { input: text.trim() ? { ...base, comment: text.trim() } : base } });
      else if (decision === 'return') await send({ variables: { input: { ...base, comment: text.trim() } } });
      else await reopen({ variables: { input: { ...base, reason: text.trim() } } });
      onDone();
    } catch (error) {
      fail(error);
    }
  }

  return (
    <form className="form card inset" onSubmit={(event) => void onSubmit(event)} noValidate data-testid={`report-${decision}-form`}>
      <h3>{t(`reportReview.${decision}.title`)}</h3>
      <FormFailure error={failure} fieldsMessage={t('common.correctFields')} onReload={onReload} />
      <FormField label={t(`reportReview.${decision}.label`)} errors={errors[field]} name={field}>
        {(control) => <textarea {...control} rows={3} value={text} onChange={(event) => setText(event.target.value)} />}
      </FormField>
      <OtherFieldErrors errors={fieldErrors} knownFields={[field]} />
      <div className="form-actions">
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button" disabled={loading}>
          {loading ? t('common.saving') : t(`reportReview.${decision}.confirm`)}
        </button>
      </div>
    </form>
  );
}

/**
 * The republican office's decisions on a report: accept or return a submitted one, reopen an
 * accepted (locked) one with a reason. Nothing for other statuses: the region has the report.
 */
export function ReportReview({ report, onReload }: { report: ReportFieldsFragment; onReload: () => void }) {
  const { t } = useI18n();
  const [decision, setDecision] = useState<Decision | null>(null);
  const choices: Decision[] = report.status === 'SUBMITTED' ? ['accept', 'return'] : report.status === 'ACCEPTED' ? ['reopen'] : [];
  return (
    <section className="card actions" aria-labelledby="report-review-heading" data-testid="report-review">
      <h2 id="report-review-heading">{t('reportReview.title')}</h2>
      {choices.length === 0 ? (
        <p className="muted">{t(report.status === 'DRAFT' ? 'reportReview.waitingDraft' : 'reportReview.waitingReturned')}</p>
      ) : (
        <div className="action-buttons">
          {choices.map((choice) => (
            <button key={choice} type="button" className={decision === choice ? 'button' : 'button button-secondary'} aria-pressed={decision === choice} onClick={() => setDecision(choice)}>
              {t(`reportReview.${choice}.button`)}
            </button>
          ))}
        </div>
      )}
      {decision && choices.includes(decision) && <DecisionForm key={decision} report={report} decision={decision} onDone={() => setDecision(null)} onCancel={() => setDecision(null)} onReload={onReload} />}
    </section>
  );
}
