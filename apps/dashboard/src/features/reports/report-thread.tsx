import { useMutation } from '@apollo/client/react';
import { REPORT_LIMITS } from '@birge/shared-reference';
import { z } from 'zod';
import type { ReportFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { FormField, OtherFieldErrors } from '../../ui/form-field';
import { FormFailure } from '../../ui/form-failure';
import { requiredText, useSchemaForm } from '../../ui/schema-form';
import { TimelineEntry, TimelineNote } from '../../ui/timeline';
import { useStaffDirectory } from '../reference/use-staff-names';
import { PostReportCommentMutation } from './reports.graphql';

const commentSchema = z
  .object({ fieldKey: z.string(), text: requiredText(REPORT_LIMITS.commentMaxLength) })
  .transform(({ fieldKey, text }) => ({ text, ...(fieldKey ? { fieldKey } : {}) }));

function CommentForm({ report }: { report: ReportFieldsFragment }) {
  const { t, name } = useI18n();
  const empty = { fieldKey: '', text: '' };
  const { form, fieldErrors, errors, failure, submitting, submit } = useSchemaForm(commentSchema, { defaultValues: empty });
  const [post] = useMutation(PostReportCommentMutation);

  const onSubmit = submit(async (comment) => {
    await post({ variables: { input: { id: report.id, ...comment } } });
    form.reset(empty);
  });

  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate data-testid="report-comment-form">
      <FormFailure error={failure} fieldsMessage={t('common.correctFields')} />
      <FormField label={t('reportThread.about')} errors={errors['fieldKey']} name="fieldKey">
        {(control) => (
          <select {...control} {...form.register('fieldKey')}>
            <option value="">{t('reportThread.wholeReport')}</option>
            {report.fields.map((field) => (
              <option key={field.key} value={field.key}>
                {name(field.label)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('reportThread.message')} errors={errors['text']} name="text">
        {(control) => <textarea {...control} {...form.register('text')} rows={3} />}
      </FormField>
      <OtherFieldErrors errors={fieldErrors} knownFields={['text', 'fieldKey']} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={submitting}>
          {submitting ? t('common.saving') : t('reportThread.post')}
        </button>
      </div>
    </form>
  );
}

/** The comment thread between the region and the republican office, oldest first; both sides write while the report is not locked. */
export function ReportThread({ report, canPost }: { report: ReportFieldsFragment; canPost: boolean }) {
  const { t, name, formatDate } = useI18n();
  const staff = useStaffDirectory();
  const labelOf = (key: string) => name(report.fields.find((field) => field.key === key)?.label) || key;
  return (
    <section aria-labelledby="report-thread-heading">
      <h2 id="report-thread-heading">{t('reportThread.title')}</h2>
      {report.comments.length === 0 ? (
        <p className="muted">{t('reportThread.empty')}</p>
      ) : (
        <ol className="timeline" data-testid="report-comments">
          {report.comments.map((comment) => (
            <li key={comment.id} className={`timeline-entry report-comment-${comment.side.toLowerCase()}`}>
              <span className="muted small">
                {[
                  t(`reportCommentSide.${comment.side}`),
                  staff.nameOf(comment.authorId),
                  formatDate(comment.createdAt),
                  comment.fieldKey ? t('reportThread.aboutField', { field: labelOf(comment.fieldKey) }) : '',
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
              <TimelineNote text={comment.text} hidden={comment.personalDataHidden} />
            </li>
          ))}
        </ol>
      )}
      {canPost && !report.locked && <CommentForm report={report} />}
      {report.locked && <p className="muted small">{t('reportThread.locked')}</p>}
    </section>
  );
}

/** Every step of the report, oldest first: who, when, from which status to which, and why. */
export function ReportHistory({ report }: { report: ReportFieldsFragment }) {
  const { t } = useI18n();
  const staff = useStaffDirectory();
  return (
    <section aria-labelledby="report-history-heading">
      <h2 id="report-history-heading">{t('reportHistory.title')}</h2>
      <ol className="timeline" data-testid="report-history">
        {report.history.map((step) => (
          <TimelineEntry key={step.id} at={step.at} by={staff.nameOf(step.actorId)}>
            <div>
              {t(`reportAction.${step.action}`)}
              {step.fromStatus ? ` (${t(`reportStatus.${step.fromStatus}`)} → ${t(`reportStatus.${step.toStatus}`)})` : ''}
            </div>
            <TimelineNote text={step.comment} hidden={!step.comment && step.action !== 'OPENED' && step.action !== 'SUBMITTED' ? step.personalDataHidden : null} />
          </TimelineEntry>
        ))}
      </ol>
    </section>
  );
}
