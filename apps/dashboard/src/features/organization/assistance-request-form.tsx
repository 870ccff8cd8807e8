import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { describeError, fieldErrorsOf, groupByField, type FieldError } from '../../errors/graphql-errors';
import type { AssistanceSubtype, AssistanceType } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { FormField, OtherFieldErrors } from '../../ui/form-field';
import { UnreadNotificationCountQuery } from '../notifications/notifications.graphql';
import { ASSISTANCE_TYPES, isAssistanceType, subtypesOf } from '../reference/catalog';
import { organizationPageVariables, OrganizationPageQuery, SubmitAssistanceRequestMutation } from './organization.graphql';

const FORM_FIELDS = ['type', 'subtype', 'description'] as const;

interface FormState {
  type: AssistanceType | '';
  subtype: AssistanceSubtype | '';
  description: string;
}

const EMPTY: FormState = { type: '', subtype: '', description: '' };

export function AssistanceRequestForm({ organizationId }: { organizationId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [form, setForm] = useState<FormState>(EMPTY);
  const [fieldErrors, setFieldErrors] = useState<FieldError[]>([]);
  const [formError, setFormError] = useState<unknown>(null);
  const [submitted, setSubmitted] = useState(false);
  const [submit, { loading }] = useMutation(SubmitAssistanceRequestMutation, {
    refetchQueries: [
      { query: OrganizationPageQuery, variables: organizationPageVariables(organizationId) },
      { query: UnreadNotificationCountQuery },
    ],
    awaitRefetchQueries: true,
  });

  const subtypes = form.type ? subtypesOf(form.type) : [];
  const errorsByField = groupByField(fieldErrors);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitted(false);
    setFormError(null);
    const missing: FieldError[] = [];
    if (!form.type) missing.push({ field: 'type', code: 'REQUIRED', message: 'is required' });
    if (!form.subtype) missing.push({ field: 'subtype', code: 'REQUIRED', message: 'is required' });
    if (!form.description.trim()) missing.push({ field: 'description', code: 'REQUIRED', message: 'is required' });
    setFieldErrors(missing);
    if (missing.length > 0 || !form.type || !form.subtype) return;
    try {
      await submit({
        variables: { input: { organizationId, type: form.type, subtype: form.subtype, description: form.description } },
      });
      setForm(EMPTY);
      setSubmitted(true);
    } catch (failure) {
      setFieldErrors(fieldErrorsOf(failure));
      setFormError(failure);
    }
  }

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
        {(control) => (
          <select
            {...control}
            name="type"
            value={form.type}
            onChange={(event) => {
              const type = isAssistanceType(event.target.value) ? event.target.value : '';
              // A sub-type belongs to one type: changing the type clears it.
              setForm((previous) => ({ ...previous, type, subtype: '' }));
            }}
          >
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
          <select
            {...control}
            name="subtype"
            value={form.subtype}
            disabled={!form.type}
            onChange={(event) => {
              const subtype = subtypes.find((candidate) => candidate === event.target.value) ?? '';
              setForm((previous) => ({ ...previous, subtype }));
            }}
          >
            <option value="">{form.type ? t('common.choose') : t('requestForm.chooseTypeFirst')}</option>
            {subtypes.map((subtype) => (
              <option key={subtype} value={subtype}>
                {t(`assistanceSubtype.${subtype}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>

      <FormField label={t('requestForm.description')} errors={errorsByField['description']} name="description">
        {(control) => (
          <textarea
            {...control}
            name="description"
            rows={4}
            value={form.description}
            onChange={(event) => {
              const description = event.target.value;
              setForm((previous) => ({ ...previous, description }));
            }}
          />
        )}
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
