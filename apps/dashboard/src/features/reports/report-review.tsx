import { useMutation } from '@apollo/client/react';
import { REPORT_LIMITS } from '@birge/shared-reference';
import { useState } from 'react';
import { z } from 'zod';
import type { ReportFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { FormActions } from '../../ui/form-actions';
import { FormField, OtherFieldErrors } from '../../ui/form-field';
import { FormFailure } from '../../ui/form-failure';
import { requiredText, useSchemaForm } from '../../ui/schema-form';
import { AcceptReportMutation, ReopenReportMutation, ReturnReportMutation } from './reports.graphql';

type Decision = 'accept' | 'return' | 'reopen';

/** Accepting may say a closing word; returning says what to fix, reopening why. */
const acceptSchema = z.object({ text: z.string().trim().max(REPORT_LIMITS.commentMaxLength, 'TOO_LONG') });
const explainedSchema = z.object({ text: requiredText(REPORT_LIMITS.commentMaxLength) });

/** One decision of the republican office with its text: a closing word (optional) to accept, what to fix to return, why to reopen. */
function DecisionForm({
  report,
  decision,
  onDone,
  onCancel,
  onReload,
}: {
  report: ReportFieldsFragment;
  decision: Decision;
  onDone: () => void;
  onCancel: () => void;
  onReload: () => void;
}) {
  const { t } = useI18n();
  const field = decision === 'reopen' ? 'reason' : 'comment';
  const { form, fieldErrors, errors, failure, submitting, submit } = useSchemaForm(decision === 'accept' ? acceptSchema : explainedSchema, {
    defaultValues: { text: '' },
    serverFields: { [field]: 'text' },
  });
  const evict = { update: (cache: { evict(options: { fieldName: string }): boolean }) => void cache.evict({ fieldName: 'reports' }) };
  const [accept] = useMutation(AcceptReportMutation, evict);
  const [send] = useMutation(ReturnReportMutation, evict);
  const [reopen] = useMutation(ReopenReportMutation, evict);

  const onSubmit = submit(async ({ text }) => {
    const base = { id: report.id, version: report.version };
    if (decision === 'accept') await accept({ variables: { input: text ? { ...base, comment: text } : base } });
    else if (decision === 'return') await send({ variables: { input: { ...base, comment: text } } });
    else await reopen({ variables: { input: { ...base, reason: text } } });
    onDone();
  });

  return (
    <form className="form card inset" onSubmit={(event) => void onSubmit(event)} noValidate data-testid={`report-${decision}-form`}>
      <h3>{t(`reportReview.${decision}.title`)}</h3>
      <FormFailure error={failure} fieldsMessage={t('common.correctFields')} onReload={onReload} />
      <FormField label={t(`reportReview.${decision}.label`)} errors={errors['text']} name={field}>
        {(control) => <textarea {...control} {...form.register('text')} rows={3} />}
      </FormField>
      <OtherFieldErrors errors={fieldErrors} knownFields={['text']} />
      <FormActions submitting={submitting} submitLabel={t(`reportReview.${decision}.confirm`)} onCancel={onCancel} />
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
            <button
              key={choice}
              type="button"
              className={decision === choice ? 'button' : 'button button-secondary'}
              aria-pressed={decision === choice}
              onClick={() => setDecision(choice)}
            >
              {t(`reportReview.${choice}.button`)}
            </button>
          ))}
        </div>
      )}
      {decision && choices.includes(decision) && (
        <DecisionForm key={decision} report={report} decision={decision} onDone={() => setDecision(null)} onCancel={() => setDecision(null)} onReload={onReload} />
      )}
    </section>
  );
}
