import { useMutation } from '@apollo/client/react';
import { z } from 'zod';
import type { VerificationMethod } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { FormField, OtherFieldErrors } from '../../ui/form-field';
import { FormFailure } from '../../ui/form-failure';
import { useSchemaForm } from '../../ui/schema-form';
import { VERIFICATION_METHODS } from '../reference/catalog';
import { evidenceFilesSchema, toEvidenceInput } from './evidence-files';
import { isLetterMethod, LetterWriterSelect } from './letter-writer-select';
import { RecordVerificationCheckMutation } from './organization.graphql';
import { checkOutcomeSchema, EvidenceField, OutcomeField, verificationMethodSchema } from './verification-fields';

const recordSchema = z.object({
  method: verificationMethodSchema,
  outcome: checkOutcomeSchema,
  notes: z
    .string()
    .trim()
    .transform((text) => text || null),
  letterFromEntryId: z.string().transform((id) => id || null),
  evidence: evidenceFilesSchema,
});

/**
 * A new check by one of the five methods, with its evidence files; a letter check may name who
 * wrote the letter (a directory entry; `regionCode` is the organization's, whose state bodies are offered).
 */
export function RecordCheckForm({
  organizationId,
  regionCode,
  method,
  onDone,
}: {
  organizationId: string;
  regionCode: string | null;
  method: VerificationMethod;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const { form, fieldErrors, errors, failure, submitting, submit, setField } = useSchemaForm(recordSchema, {
    defaultValues: { method, outcome: 'PASSED', notes: '', letterFromEntryId: '', evidence: [] },
  });
  const { register } = form;
  const [record] = useMutation(RecordVerificationCheckMutation);
  register('evidence');
  register('letterFromEntryId');
  const chosenMethod = form.watch('method');
  const letterFrom = form.watch('letterFromEntryId');

  const onSubmit = submit(async ({ evidence, letterFromEntryId, ...check }) => {
    const writer = isLetterMethod(check.method) && letterFromEntryId ? { letterFromEntryId } : {};
    await record({ variables: { input: { organizationId, ...check, ...writer, evidence: await toEvidenceInput(evidence) } } });
    form.reset({ ...form.getValues(), notes: '', letterFromEntryId: '', evidence: [] });
    onDone();
  });

  return (
    <form className="form inset" onSubmit={(event) => void onSubmit(event)} noValidate data-testid="record-check-form">
      <h3>{t('verification.recordCheck')}</h3>
      <FormFailure error={failure} fieldsMessage={t('common.correctFields')} />
      <FormField label={t('verification.method')} errors={errors['method']} name="method">
        {(control) => (
          <select {...control} {...register('method')}>
            {VERIFICATION_METHODS.map((value) => (
              <option key={value} value={value}>
                {t(`verificationMethod.${value}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {isLetterMethod(chosenMethod) && (
        <LetterWriterSelect
          method={chosenMethod}
          regionCode={regionCode}
          value={letterFrom}
          onChange={(id) => setField('letterFromEntryId', id)}
          errors={errors['letterFromEntryId']}
        />
      )}
      <OutcomeField register={register} errors={errors['outcome']} />
      <FormField label={t('verification.notes')} errors={errors['notes']} name="notes">
        {(control) => <textarea {...control} {...register('notes')} rows={2} />}
      </FormField>
      <EvidenceField label={t('verification.evidence')} fieldErrors={fieldErrors} onChange={(files) => setField('evidence', files)} />
      <p className="muted small">{t('verification.evidenceHint')}</p>
      <OtherFieldErrors errors={fieldErrors.filter((error) => !error.field.startsWith('evidence'))} knownFields={['method', 'letterFromEntryId', 'outcome', 'notes']} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={submitting}>
          {submitting ? t('common.saving') : t('verification.save')}
        </button>
      </div>
    </form>
  );
}
