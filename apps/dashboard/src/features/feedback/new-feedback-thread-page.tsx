import { useMutation } from '@apollo/client/react';
import { FEEDBACK_LIMITS, FeedbackTopic } from '@birge/shared-reference';
import { useState } from 'react';
import { z } from 'zod';
import { regionOf, useViewer } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { Link, useNavigate } from 'react-router';
import { FormField, OtherFieldErrors } from '../../ui/form-field';
import { FormFailure } from '../../ui/form-failure';
import { requiredText, useSchemaForm } from '../../ui/schema-form';
import { useRegionOptions } from '../reference/use-region-options';
import { attachmentsOf, FilePicker } from './feedback-composer';
import { FEEDBACK_TOPICS } from './feedback-filter';
import { StartFeedbackThreadMutation, UnreadFeedbackCountQuery } from './feedback.graphql';

/** A new thread's checks before sending: the region, the subject and the first message. */
export const feedbackThreadSchema = z.object({
  regionCode: z.string().min(1, 'REQUIRED'),
  topic: z.enum(FeedbackTopic),
  subject: requiredText(FEEDBACK_LIMITS.subjectMaxLength),
  text: requiredText(FEEDBACK_LIMITS.messageMaxLength),
});

/** Opens a thread: regional staff for their own region, the republican office for any region. */
export function NewFeedbackThreadPage() {
  const navigate = useNavigate();
  const { t, name } = useI18n();
  const viewer = useViewer();
  const ownRegion = regionOf(viewer);
  const regions = useRegionOptions();
  const [files, setFiles] = useState<File[]>([]);
  const { form, fieldErrors, errors, failure, submitting, submit } = useSchemaForm(feedbackThreadSchema, {
    defaultValues: { regionCode: ownRegion ?? '', topic: FEEDBACK_TOPICS[0], subject: '', text: '' },
  });
  const { register } = form;
  const [start] = useMutation(StartFeedbackThreadMutation, { refetchQueries: [{ query: UnreadFeedbackCountQuery }] });

  const onSubmit = submit(async (input) => {
    const result = await start({ variables: { input: { ...input, attachments: await attachmentsOf(files) } } });
    const id = result.data?.startFeedbackThread.id;
    if (id) navigate(`/feedback/${id}`);
  });

  return (
    <section>
      <Link to="/feedback" className="back-link">
        {t('feedback.back')}
      </Link>
      <h1>{t('feedback.newThread')}</h1>
      <form className="form card" onSubmit={(event) => void onSubmit(event)} noValidate data-testid="new-feedback-thread">
        <FormFailure error={failure} fieldsMessage={t('common.correctFields')} />
        {!ownRegion && (
          <FormField label={t('feedback.filter.region')} errors={errors['regionCode']} name="regionCode">
            {(control) => (
              <select {...control} {...register('regionCode')}>
                <option value="">{t('common.choose')}</option>
                {(regions.data?.regions ?? []).map((region) => (
                  <option key={region.code} value={region.code}>
                    {name(region.name)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        )}
        <FormField label={t('feedback.topic')} errors={errors['topic']} name="topic">
          {(control) => (
            <select {...control} {...register('topic')}>
              {FEEDBACK_TOPICS.map((value) => (
                <option key={value} value={value}>
                  {t(`feedbackTopic.${value}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t('feedback.subject')} errors={errors['subject']} name="subject">
          {(control) => <input {...control} {...register('subject')} maxLength={FEEDBACK_LIMITS.subjectMaxLength} />}
        </FormField>
        <FormField label={t('feedback.message')} errors={errors['text']} name="text">
          {(control) => <textarea {...control} {...register('text')} rows={6} />}
        </FormField>
        <FilePicker onChange={setFiles} label={t('feedback.files')} />
        <OtherFieldErrors errors={fieldErrors} knownFields={['regionCode', 'topic', 'subject', 'text']} />
        <div className="form-actions">
          <button type="submit" className="button" disabled={submitting}>
            {submitting ? t('common.saving') : t('feedback.start')}
          </button>
        </div>
      </form>
    </section>
  );
}
