import { useMutation } from '@apollo/client/react';
import { z } from 'zod';
import { useI18n } from '../../i18n/i18n';
import { FieldSet, FormField } from '../../ui/form-field';
import { FormFailure } from '../../ui/form-failure';
import { useSchemaForm } from '../../ui/schema-form';
import { RateAssistanceRequestMutation } from './request.graphql';

const SCORES = ['1', '2', '3', '4', '5'] as const;

const ratingSchema = z.object({
  score: z.enum(SCORES, 'REQUIRED').transform(Number),
  comment: z.string().trim(),
});

/** The requester's rating of the help (1 to 5) once the request is resolved, with an optional comment. */
export function RatingForm({ requestId, version, onReload }: { requestId: string; version: number; onReload: () => void }) {
  const { t } = useI18n();
  const { form, errors, failure, submitting, submit } = useSchemaForm(ratingSchema, { defaultValues: { comment: '' } });
  const [rate] = useMutation(RateAssistanceRequestMutation);

  const onSubmit = submit(async ({ score, comment }) => {
    await rate({ variables: { input: { id: requestId, version, score, ...(comment ? { comment } : {}) } } });
  });

  return (
    <form className="form card" onSubmit={(event) => void onSubmit(event)} noValidate data-testid="rating-form">
      <h2>{t('request.rating.title')}</h2>
      <FormFailure error={failure} fieldsMessage={t('common.correctFields')} onReload={onReload} />
      <FieldSet legend={t('request.rating.score')} errors={errors['score']} name="score">
        <div className="rating-choices">
          {SCORES.map((value) => (
            <label key={value} className="rating-choice">
              <input type="radio" value={value} {...form.register('score')} />
              <span>{value}</span>
            </label>
          ))}
        </div>
      </FieldSet>
      <FormField label={t('request.rating.comment')} errors={errors['comment']} name="rating-comment">
        {(control) => <textarea {...control} {...form.register('comment')} rows={2} />}
      </FormField>
      <div className="form-actions">
        <button type="submit" className="button" disabled={submitting}>
          {t('request.rating.submit')}
        </button>
      </div>
    </form>
  );
}
