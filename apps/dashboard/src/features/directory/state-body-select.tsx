import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../i18n/i18n';
import { FormField } from '../../ui/form-field';
import type { FieldError } from '../../errors/graphql-errors';
import { StateBodyOptionsQuery } from './directory.graphql';

/** A state body of the region's directory, or none ("not in the directory": the caller names it in text). */
export function StateBodySelect({ regionCode, value, onChange, errors }: { regionCode: string | null; value: string; onChange: (id: string) => void; errors?: FieldError[] }) {
  const { t, name } = useI18n();
  const { data } = useQuery(StateBodyOptionsQuery, { variables: { regionCode } });
  return (
    <FormField label={t('request.referral.directoryEntry')} errors={errors} name="referral.stateBodyId">
      {(control) => (
        <select {...control} value={value} onChange={(event) => onChange(event.target.value)}>
          <option value="">{t('request.referral.notInDirectory')}</option>
          {data?.stateBodies.edges.map(({ node }) => (
            <option key={node.id} value={node.id}>
              {name(node.name)}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
