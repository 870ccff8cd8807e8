import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import type { FieldError } from '../../errors/graphql-errors';
import type { VerificationMethod } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { FormField } from '../../ui/form-field';
import { LETTER_WRITER_OPTIONS, LetterWriterOptionsQuery } from './letter-writer.graphql';

/** The methods whose evidence is a letter: their checks may name who wrote it (as the registry's letter-writer rule). */
export const LETTER_METHODS: readonly VerificationMethod[] = ['RECOMMENDATION_LETTER', 'NVN_PARTNER_LETTER'];

export const isLetterMethod = (method: VerificationMethod) => LETTER_METHODS.includes(method);

/**
 * Who wrote the letter of a letter check, from the directory: for a National Volunteer Network
 * partner's letter its partners only; otherwise every sponsor and partner and the organization's
 * region's state bodies. A search by name narrows a long list.
 */
export function LetterWriterSelect({
  method,
  regionCode,
  value,
  onChange,
  errors,
}: {
  method: VerificationMethod;
  regionCode: string | null;
  value: string;
  onChange: (id: string) => void;
  errors?: readonly FieldError[];
}) {
  const { t, name } = useI18n();
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(typed.trim()), 300);
    return () => clearTimeout(timer);
  }, [typed]);
  const partnersOnly = method === 'NVN_PARTNER_LETTER';
  const { data } = useQuery(LetterWriterOptionsQuery, {
    variables: {
      search: search || null,
      sponsorKind: partnersOnly ? 'NATIONAL_NETWORK_PARTNER' : null,
      regionCode,
      withStateBodies: !partnersOnly,
      first: LETTER_WRITER_OPTIONS,
    },
  });
  const sponsors = data?.sponsors.edges ?? [];
  const bodies = data?.stateBodies?.edges ?? [];
  const more = (data?.sponsors.totalCount ?? 0) > sponsors.length || (data?.stateBodies?.totalCount ?? 0) > bodies.length;
  return (
    <>
      <FormField label={t('verification.letterWriterSearch')} name="letterWriterSearch">
        {(control) => <input {...control} type="search" value={typed} onChange={(event) => setTyped(event.target.value)} />}
      </FormField>
      <FormField label={t('verification.letterWriter')} errors={errors} name="letterFromEntryId">
        {(control) => (
          <select {...control} value={value} onChange={(event) => onChange(event.target.value)}>
            <option value="">{t('verification.letterWriterNone')}</option>
            {sponsors.length > 0 && (
              <optgroup label={partnersOnly ? t('verification.letterWriterPartners') : t('directory.sponsors')}>
                {sponsors.map(({ node }) => (
                  <option key={node.id} value={node.id}>
                    {node.name}
                  </option>
                ))}
              </optgroup>
            )}
            {bodies.length > 0 && (
              <optgroup label={t('directory.stateBodies')}>
                {bodies.map(({ node }) => (
                  <option key={node.id} value={node.id}>
                    {name(node.name)}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        )}
      </FormField>
      {more && <p className="muted small">{t('verification.letterWriterMore')}</p>}
    </>
  );
}
