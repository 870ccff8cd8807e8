import { useMutation } from '@apollo/client/react';
import { groupByField } from '../../errors/graphql-errors';
import { useI18n } from '../../i18n/i18n';
import { useNavigate } from 'react-router';
import { OtherFieldErrors } from '../../ui/form-field';
import { FormFailure } from '../../ui/form-failure';
import { ExistingRecord, existingRecordOf, PossibleDuplicates, possibleDuplicatesOf } from './duplicate-notices';
import { OrganizationFields } from './organization-fields';
import { EMPTY_ORGANIZATION_FORM, isKnownField, useOrganizationForm } from './organization-form-state';
import { CreateOrganizationMutation } from './organization-form.graphql';

export function CreateOrganizationPage() {
  const navigate = useNavigate();
  const { t } = useI18n();
  const { state, onChange, fieldErrors, failure, submitting, submit } = useOrganizationForm(EMPTY_ORGANIZATION_FORM);
  const [createOrganization] = useMutation(CreateOrganizationMutation, {
    // A new organization changes every filtered list and count: drop them from the cache.
    update(cache) {
      cache.evict({ fieldName: 'organizations' });
      cache.evict({ fieldName: 'organizationFacets' });
      cache.evict({ fieldName: 'nationalOverview' });
      cache.gc();
    },
  });

  const duplicates = possibleDuplicatesOf(failure);
  const existing = existingRecordOf(failure);
  // The similar-name warning and the taken BIN have their own notices; the rest go under fields.
  const shownErrors = fieldErrors.filter((error) => error.code !== 'POSSIBLE_DUPLICATES');
  const errorsByField = groupByField(shownErrors);

  /** First without confirmation, so similar names come back; "create anyway" confirms. */
  const save = (confirmNotDuplicate: boolean) =>
    submit(async (profile) => {
      const result = await createOrganization({ variables: { input: { ...profile, confirmNotDuplicate } } });
      const created = result.data?.createOrganization;
      if (created) navigate(`/organizations/${created.id}`);
    });
  const onSubmit = save(false);

  return (
    <section className="narrow">
      <h1>{t('organizationForm.title')}</h1>
      <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate data-testid="organization-form">
        <OrganizationFields form={state} onChange={onChange} errors={errorsByField} />

        <OtherFieldErrors errors={shownErrors.filter((error) => !isKnownField(error.field))} knownFields={[]} />

        {/* Next to the button that was pressed: the form is long. */}
        {duplicates ? (
          <PossibleDuplicates candidates={duplicates} busy={submitting} onCreateAnyway={() => void save(true)()} />
        ) : existing ? (
          <ExistingRecord existing={existing} />
        ) : (
          <FormFailure error={failure} fieldsMessage={t('organizationForm.failed')} />
        )}

        <div className="form-actions">
          <button type="submit" className="button" disabled={submitting}>
            {submitting ? t('organizationForm.submitting') : t('organizationForm.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
