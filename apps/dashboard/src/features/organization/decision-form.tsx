import { useMutation } from '@apollo/client/react';
import { z } from 'zod';
import { useI18n } from '../../i18n/i18n';
import { FormField } from '../../ui/form-field';
import { FormFailure } from '../../ui/form-failure';
import { useSchemaForm } from '../../ui/schema-form';
import { DecideVerificationMutation } from './organization.graphql';

const VERDICTS = ['VERIFIED', 'REJECTED'] as const;

const decisionSchema = z.object({
  decision: z.enum(VERDICTS),
  reason: z.string().trim().min(1, 'REQUIRED'),
});

/** The verdict on an organization's verification, with its reason. */
export function DecisionForm({ organizationId, onDone }: { organizationId: string; onDone: () => void }) {
  const { t } = useI18n();
  const { form, errors, failure, submitting, submit } = useSchemaForm(decisionSchema, { defaultValues: { decision: 'VERIFIED', reason: '' } });
  const { register } = form;
  const [decide] = useMutation(DecideVerificationMutation);

  const onSubmit = submit(async (decision) => {
    await decide({ variables: { input: { organizationId, ...decision } } });
    form.reset({ ...form.getValues(), reason: '' });
    onDone();
  });

  return (
    <form className="form inset" onSubmit={(event) => void onSubmit(event)} noValidate data-testid="decision-form">
      <h3>{t('verification.decision')}</h3>
      <FormFailure error={failure} fieldsMessage={t('common.correctFields')} />
      <fieldset className="form-field">
        <legend>{t('verification.verdict')}</legend>
        <div className="rating-choices">
          {VERDICTS.map((value) => (
            <label key={value} className="rating-choice">
              <input type="radio" value={value} {...register('decision')} />
              <span>{t(`verificationDecision.${value}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <FormField label={t('verification.reason')} errors={errors['reason']} name="reason">
        {(control) => <textarea {...control} {...register('reason')} rows={2} />}
      </FormField>
      <div className="form-actions">
        <button type="submit" className="button" disabled={submitting}>
          {t('verification.decide')}
        </button>
      </div>
    </form>
  );
}
