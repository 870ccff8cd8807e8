import { useQuery } from '@apollo/client/react';
import type { FieldError } from '../../errors/graphql-errors';
import { useI18n } from '../../i18n/i18n';
import { FieldSet } from '../../ui/form-field';
import { NeedOrganizationOptionsQuery } from './needs.graphql';

/** The region's organizations to point to as evidence, by name; none until a region is chosen. */
export function OrganizationEvidence({ regionCode, chosen, onChange, errors }: { regionCode: string; chosen: string[]; onChange: (ids: string[]) => void; errors?: FieldError[] }) {
  const { t } = useI18n();
  const { data } = useQuery(NeedOrganizationOptionsQuery, { variables: { regionCode }, skip: !regionCode, errorPolicy: 'all' });
  const organizations = data?.organizations.edges.map((edge) => edge.node) ?? [];
  return (
    <FieldSet legend={t('needForm.organizations')} errors={errors} name="evidence.organizationIds">
      {organizations.length === 0 ? (
        <p className="muted small">{regionCode ? t('needForm.noOrganizations') : t('needs.filter.chooseRegionFirst')}</p>
      ) : (
        <div className="checkbox-list need-evidence-choices">
          {organizations.map((organization) => (
            <label key={organization.id} className="checkbox">
              <input
                type="checkbox"
                checked={chosen.includes(organization.id)}
                onChange={(event) => onChange(event.target.checked ? [...chosen, organization.id] : chosen.filter((id) => id !== organization.id))}
              />
              <span>{organization.name}</span>
            </label>
          ))}
        </div>
      )}
    </FieldSet>
  );
}
