import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { fieldErrorsOf, groupByField, isStaleVersion, type FieldError } from '../../errors/graphql-errors';
import { useI18n } from '../../i18n/i18n';
import { Link, useNavigate } from 'react-router';
import { OtherFieldErrors } from '../../ui/form-field';
import { FormFailure } from '../../ui/form-failure';
import { EmptyState, ErrorNotice, Loading } from '../../ui/status';
import { ExistingRecord, existingRecordOf } from './duplicate-notices';
import { formFromOrganization, isKnownField, missingFields, OrganizationFields, toUpdateInput, type OrganizationFormState } from './organization-fields';
import { EditOrganizationQuery, UpdateOrganizationMutation } from './organization-form.graphql';

/**
 * Edits a record with optimistic locking: the version read with the record goes back with the
 * change; when someone saved in between (STALE_VERSION) nothing is written and the person may
 * reload the record (losing their edits) and apply them again.
 */
export function EditOrganizationPage({ id }: { id: string }) {
  const navigate = useNavigate();
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(EditOrganizationQuery, { variables: { id }, fetchPolicy: 'network-only' });
  const organization = data?.organization;
  // The form starts from the record once it arrives, and again after a reload.
  const [started, setStarted] = useState<{ version: number; form: OrganizationFormState } | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldError[]>([]);
  const [formError, setFormError] = useState<unknown>(null);
  const [updateOrganization, { loading: saving }] = useMutation(UpdateOrganizationMutation, {
    update(cache) {
      cache.evict({ fieldName: 'organizations' });
      cache.evict({ fieldName: 'organizationFacets' });
      cache.gc();
    },
  });

  if (loading && !organization) return <Loading />;
  if (!organization) {
    return (
      <section>
        {error ? <ErrorNotice error={error} onRetry={() => void refetch()} /> : <EmptyState>{t('organization.notFound')}</EmptyState>}
        <Link to="/organizations">{t('organization.backToList')}</Link>
      </section>
    );
  }

  const current = started ?? { version: organization.version, form: formFromOrganization(organization) };
  const errorsByField = groupByField(fieldErrors.filter((fieldError) => fieldError.code !== 'STALE_VERSION'));
  const existing = existingRecordOf(formError);

  async function reload() {
    try {
      const result = await refetch();
      const fresh = result.data?.organization;
      if (fresh) setStarted({ version: fresh.version, form: formFromOrganization(fresh) });
      setFieldErrors([]);
      setFormError(null);
    } catch (failure) {
      setFormError(failure);
    }
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const missing = missingFields(current.form);
    setFieldErrors(missing);
    if (missing.length > 0) return;
    try {
      await updateOrganization({ variables: { input: toUpdateInput(current.form, id, current.version) } });
      navigate(`/organizations/${id}`);
    } catch (failure) {
      setFieldErrors(fieldErrorsOf(failure));
      setFormError(failure);
    }
  }

  const stale = isStaleVersion(formError);
  return (
    <section className="narrow">
      <Link to={`/organizations/${id}`} className="back-link">
        {t('organizationForm.backToProfile')}
      </Link>
      <h1>{t('organizationForm.editTitle', { name: organization.name })}</h1>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate data-testid="organization-edit-form">
        <OrganizationFields form={current.form} onChange={(form) => setStarted({ version: current.version, form })} errors={errorsByField} />
        <OtherFieldErrors errors={fieldErrors.filter((fieldError) => !isKnownField(fieldError.field))} knownFields={[]} />
        {/* Next to the button that was pressed: the form is long. */}
        {existing ? (
          <ExistingRecord existing={existing} />
        ) : (
          <FormFailure error={formError} fieldsMessage={stale ? undefined : t('common.correctFields')} onReload={() => void reload()} />
        )}
        <div className="form-actions">
          <Link to={`/organizations/${id}`} className="button button-secondary">
            {t('common.cancel')}
          </Link>
          <button type="submit" className="button" disabled={saving}>
            {saving ? t('common.saving') : t('organizationForm.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
