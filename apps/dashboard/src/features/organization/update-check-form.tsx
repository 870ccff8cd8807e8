import { useMutation } from '@apollo/client/react';
import { z } from 'zod';
import type { OrganizationPageQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { FormFailure } from '../../ui/form-failure';
import { useSchemaForm } from '../../ui/schema-form';
import { evidenceFilesSchema, toEvidenceInput } from './evidence-files';
import { UpdateVerificationCheckMutation } from './organization.graphql';
import { checkOutcomeSchema, EvidenceField, OutcomeField } from './verification-fields';

type Check = NonNullable<OrganizationPageQuery['organization']>['verification']['checks'][number];

const updateSchema = z.object({ outcome: checkOutcomeSchema, evidence: evidenceFilesSchema });

/** A check's outcome changed (e.g. PENDING → PASSED), optionally with more evidence files. */
export function UpdateCheckForm({ check, onDone }: { check: Check; onDone: () => void }) {
  const { t } = useI18n();
  const { form, fieldErrors, errors, failure, submitting, submit, setField } = useSchemaForm(updateSchema, { defaultValues: { outcome: check.outcome, evidence: [] } });
  const [update] = useMutation(UpdateVerificationCheckMutation);
  form.register('evidence');

  const onSubmit = submit(async ({ outcome, evidence }) => {
    await update({ variables: { input: { checkId: check.id, outcome, ...(evidence.length ? { evidence: await toEvidenceInput(evidence) } : {}) } } });
    form.reset({ outcome, evidence: [] });
    onDone();
  });

  return (
    <form className="form inline-form" onSubmit={(event) => void onSubmit(event)} noValidate data-testid={`update-check-${check.id}`}>
      <FormFailure error={failure} fieldsMessage={t('common.correctFields')} />
      <OutcomeField register={form.register} errors={errors['outcome']} />
      <EvidenceField label={t('verification.moreEvidence')} fieldErrors={fieldErrors} onChange={(files) => setField('evidence', files)} />
      <div className="form-actions">
        <button type="submit" className="button button-secondary" disabled={submitting}>
          {submitting ? t('common.saving') : t('verification.updateCheck')}
        </button>
      </div>
    </form>
  );
}
