import { useMutation, useQuery } from '@apollo/client/react';
import { groupByField, isStaleVersion } from '../../errors/graphql-errors';
import type { EditOrganizationQuery as EditOrganizationData } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { Link, useNavigate } from 'react-router';
import { OtherFieldErrors } from '../../ui/form-field';
import { FormFailure } from '../../ui/form-failure';
import { RecordMissing } from '../../ui/record-missing';
import { Loading } from '../../ui/status';
import { ExistingRecord, existingRecordOf } from './duplicate-notices';
import { OrganizationFields } from './organization-fields';
import { formFromOrganization, isKnownField, useOrganizationForm } from './organization-form-state';
import { EditOrganizationQuery, UpdateOrganizationMutation } from './organization-form.graphql';

type EditableOrganization = NonNullable<EditOrganizationData['organization']>;

/**
 * Edits a record with optimistic locking: the version read with the record goes back with the
 * change; when someone saved in between (STALE_VERSION) nothing is written and the person may
 * reload the record (losing their edits) and apply them again.
 */
export function EditOrganizationPage({ id }: { id: string }) {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(EditOrganizationQuery, { variables: { id }, fetchPolicy: 'network-only' });
  const organization = data?.organization;
  if (loading && !organization) return <Loading />;
  if (!organization)
    return (
      <RecordMissing error={error} onRetry={() => void refetch()} notFound={t('organization.notFound')} back={{ to: '/organizations', label: t('organization.backToList') }} />
    );
  // The form starts from the record as read, and again after a reload (a new version).
  return <EditOrganizationForm key={organization.version} organization={organization} onReload={() => refetch()} />;
}

function EditOrganizationForm({ organization, onReload }: { organization: EditableOrganization; onReload: () => Promise<unknown> }) {
  const navigate = useNavigate();
  const { t } = useI18n();
  const { id, version } = organization;
  const { state, onChange, fieldErrors, failure, setFailure, submitting, submit } = useOrganizationForm(formFromOrganization(organization));
  const [updateOrganization] = useMutation(UpdateOrganizationMutation, {
    update(cache) {
      cache.evict({ fieldName: 'organizations' });
      cache.evict({ fieldName: 'organizationFacets' });
      cache.gc();
    },
  });
  const errorsByField = groupByField(fieldErrors.filter((fieldError) => fieldError.code !== 'STALE_VERSION'));
  const existing = existingRecordOf(failure);

  const onSubmit = submit(async (profile) => {
    await updateOrganization({ variables: { input: { ...profile, id, version } } });
    navigate(`/organizations/${id}`);
  });

  const stale = isStaleVersion(failure);
  return (
    <section className="narrow">
      <Link to={`/organizations/${id}`} className="back-link">
        {t('organizationForm.backToProfile')}
      </Link>
      <h1>{t('organizationForm.editTitle', { name: organization.name })}</h1>
      <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate data-testid="organization-edit-form">
        <OrganizationFields form={state} onChange={onChange} errors={errorsByField} />
        <OtherFieldErrors errors={fieldErrors.filter((fieldError) => !isKnownField(fieldError.field))} knownFields={[]} />
        {/* Next to the button that was pressed: the form is long. */}
        {existing ? (
          <ExistingRecord existing={existing} />
        ) : (
          <FormFailure error={failure} fieldsMessage={stale ? undefined : t('common.correctFields')} onReload={() => void onReload().catch(setFailure)} />
        )}
        <div className="form-actions">
          <Link to={`/organizations/${id}`} className="button button-secondary">
            {t('common.cancel')}
          </Link>
          <button type="submit" className="button" disabled={submitting}>
            {submitting ? t('common.saving') : t('organizationForm.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
