import { useMutation } from '@apollo/client/react';
import { z } from 'zod';
import { useI18n } from '../../i18n/i18n';
import { FormField, OtherFieldErrors } from '../../ui/form-field';
import { FormFailure } from '../../ui/form-failure';
import { useSchemaForm } from '../../ui/schema-form';
import { RecordStateBodyAnswerMutation } from './request.graphql';

const answerSchema = z.object({
  answer: z.string().trim().min(1, 'REQUIRED'),
  /** YYYY-MM-DD; empty: the server takes today. */
  answeredOn: z.string(),
});

/** The state body's answer to a referral of the request, and the day it came. */
export function StateBodyAnswerForm({ requestId, version, referralId, onReload }: { requestId: string; version: number; referralId: string; onReload: () => void }) {
  const { t } = useI18n();
  const { form, fieldErrors, errors, failure, submitting, submit } = useSchemaForm(answerSchema, { defaultValues: { answer: '', answeredOn: '' } });
  const [record] = useMutation(RecordStateBodyAnswerMutation);

  const onSubmit = submit(async ({ answer, answeredOn }) => {
    await record({ variables: { input: { id: requestId, version, referralId, answer, ...(answeredOn ? { answeredOn } : {}) } } });
  });

  return (
    <form className="form inset" onSubmit={(event) => void onSubmit(event)} noValidate data-testid="answer-form">
      <FormFailure error={failure} fieldsMessage={t('common.correctFields')} onReload={onReload} />
      <FormField label={t('request.referral.answer')} errors={errors['answer']} name="answer">
        {(control) => <textarea {...control} {...form.register('answer')} rows={2} />}
      </FormField>
      <FormField label={t('request.referral.answeredOn')} errors={errors['answeredOn']} name="answeredOn">
        {(control) => <input {...control} {...form.register('answeredOn')} type="date" />}
      </FormField>
      <OtherFieldErrors errors={fieldErrors} knownFields={['answer', 'answeredOn']} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={submitting}>
          {t('request.referral.recordAnswer')}
        </button>
      </div>
    </form>
  );
}
