import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { z } from 'zod';
import { describeError } from '../../errors/graphql-errors';
import type { AssistanceSubtype, AssistanceType } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { FormField, OtherFieldErrors } from '../../ui/form-field';
import { useSchemaForm } from '../../ui/schema-form';
import { UnreadNotificationCountQuery } from '../notifications/notifications.graphql';
import { ASSISTANCE_TYPES, subtypesOf } from '../reference/catalog';
import { organizationPageVariables, OrganizationPageQuery, SubmitAssistanceRequestMutation } from './organization.graphql';

const FORM_FIELDS = ['type', 'subtype', 'description'] as const;

function chosen<T extends string>() {
  return z.union([z.literal(''), z.custom<T>((value) => typeof value === 'string')]).refine((value): value is T => value !== '', 'REQUIRED');
}

const requestSchema = z.object({ type: chosen<AssistanceType>(), subtype: chosen<AssistanceSubtype>(), description: z.string().refine((text) => text.trim() !== '', 'REQUIRED') });

const EMPTY: z.input<typeof requestSchema> = { type: '', subtype: '', description: '' };

export function AssistanceRequestForm({ organizationId }: { organizationId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { form, fieldErrors, errors: errorsByField, failure: formError, submitting: loading, submit } = useSchemaForm(requestSchema, { defaultValues: EMPTY });
  const { register, setValue, watch } = form;
  const [submitted, setSubmitted] = useState(false);
  const [submitRequest] = useMutation(SubmitAssistanceRequestMutation, {
    refetchQueries: [{ query: OrganizationPageQuery, variables: organizationPageVariables(organizationId) }, { query: UnreadNotificationCountQuery }],
    awaitRefetchQueries: true,
  });

  const chosenType = watch('type');
  const subtypes = chosenType ? subtypesOf(chosenType) : [];

  const onSubmit = submit(async (request) => {
    setSubmitted(false);
    await submitRequest({ variables: { input: { organizationId, ...request } } });
    form.reset(EMPTY);
    setSubmitted(true);
  });

  return (
    <form className="form card" onSubmit={(event) => void onSubmit(event)} noValidate data-testid="assistance-request-form">
      <h2>{t('requestForm.title')}</h2>
      {formError != null && (
        <div className="status status-error" role="alert">
          {fieldErrors.length > 0 ? t('requestForm.failed') : describeError(i18n, formError)}
        </div>
      )}
      {submitted && (
        <p className="status status-success" role="status">
          {t('requestForm.submitted')}
        </p>
      )}

      <FormField label={t('requestForm.type')} errors={errorsByField['type']} name="type">
        {/* A sub-type belongs to one type: changing the type clears it. */}
        {(control) => (
          <select {...control} {...register('type', { onChange: () => setValue('subtype', '') })}>
            <option value="">{t('common.choose')}</option>
            {ASSISTANCE_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`assistanceType.${type}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>

      <FormField label={t('requestForm.subtype')} errors={errorsByField['subtype']} name="subtype">
        {(control) => (
          <select {...control} {...register('subtype')} disabled={!chosenType}>
            <option value="">{chosenType ? t('common.choose') : t('requestForm.chooseTypeFirst')}</option>
            {subtypes.map((subtype) => (
              <option key={subtype} value={subtype}>
                {t(`assistanceSubtype.${subtype}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>

      <FormField label={t('requestForm.description')} errors={errorsByField['description']} name="description">
        {(control) => <textarea {...control} {...register('description')} rows={4} />}
      </FormField>

      <OtherFieldErrors errors={fieldErrors} knownFields={FORM_FIELDS} />

      <div className="form-actions">
        <button type="submit" className="button" disabled={loading}>
          {loading ? t('requestForm.submitting') : t('requestForm.submit')}
        </button>
      </div>
    </form>
  );
}
