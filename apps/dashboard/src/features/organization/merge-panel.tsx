import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { fieldErrorsOf } from '../../errors/graphql-errors';
import type { OrganizationPageQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { Link } from 'react-router';
import { FormFailure } from '../../ui/form-failure';
import { useActionFailure } from '../../ui/use-action-failure';
import { MergeOrganizationsMutation } from './organization.graphql';

type Organization = NonNullable<OrganizationPageQuery['organization']>;

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/**
 * Another record of the same actor is folded into this one: its contacts, checks and history
 * come over, its id keeps leading here. Candidates are the similar names of the region; any
 * record may be given by its address or id. Nothing happens before the confirmation.
 */
export function MergePanel({ organization, onMerged }: { organization: Organization; onMerged: () => void }) {
  const { t, name, formatNumber } = useI18n();
  const [other, setOther] = useState('');
  const [confirming, setConfirming] = useState<{ id: string; name: string } | null>(null);
  const { failure, run } = useActionFailure();
  const [merged, setMerged] = useState<string | null>(null);
  const [merge, { loading }] = useMutation(MergeOrganizationsMutation, {
    update(cache) {
      cache.evict({ fieldName: 'organizations' });
      cache.evict({ fieldName: 'organizationFacets' });
      cache.gc();
    },
  });

  async function confirm() {
    if (!confirming) return;
    await run(async () => {
      await merge({ variables: { input: { keepId: organization.id, mergeId: confirming.id, keepVersion: organization.version } } });
      setMerged(confirming.name);
      setOther('');
      onMerged();
    });
    setConfirming(null);
  }

  const typedId = UUID.exec(other)?.[0] ?? null;
  const mergeIdError = fieldErrorsOf(failure).some((error) => error.field === 'mergeId' && error.code === 'SAME_RECORD');
  return (
    <section className="card" data-testid="merge-panel">
      <h2>{t('merge.title')}</h2>
      <p className="muted small">{t('merge.intro')}</p>
      {merged && (
        <p className="status status-success" role="status">
          {t('merge.done', { name: merged })}
        </p>
      )}
      <FormFailure error={failure} fieldsMessage={mergeIdError ? t('errors.field.SAME_RECORD') : undefined} onReload={onMerged} />
      {organization.possibleDuplicates.length > 0 && (
        <>
          <h3>{t('merge.candidates')}</h3>
          <ul className="duplicate-list" data-testid="merge-candidates">
            {organization.possibleDuplicates.map(({ organization: candidate, similarity }) => (
              <li key={candidate.id}>
                <Link to={`/organizations/${candidate.id}`}>{candidate.name}</Link>{' '}
                <span className="muted small">
                  {candidate.district ? `${name(candidate.district.name)} · ` : ''}
                  {t('duplicates.similarity', { percent: formatNumber(Math.round(similarity * 100)) })}
                </span>{' '}
                <button type="button" className="button button-secondary button-small" onClick={() => setConfirming({ id: candidate.id, name: candidate.name })}>
                  {t('merge.mergeHere')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <form
        className="form-row"
        onSubmit={(event) => {
          event.preventDefault();
          if (typedId) setConfirming({ id: typedId, name: typedId });
        }}
      >
        <label className="visually-hidden" htmlFor={`merge-other-${organization.id}`}>
          {t('merge.otherRecord')}
        </label>
        <input id={`merge-other-${organization.id}`} type="text" placeholder={t('merge.otherRecord')} value={other} onChange={(event) => setOther(event.target.value)} />
        <button type="submit" className="button button-secondary" disabled={!typedId}>
          {t('merge.mergeHere')}
        </button>
      </form>
      {confirming && (
        <div className="confirm" role="alertdialog" aria-labelledby="merge-confirm-title" data-testid="merge-confirm">
          <p id="merge-confirm-title">
            <strong>{t('merge.confirmTitle')}</strong>
          </p>
          <p>{t('merge.confirmText', { merged: confirming.name, kept: organization.name })}</p>
          <div className="form-actions">
            <button type="button" className="button button-secondary" onClick={() => setConfirming(null)}>
              {t('common.cancel')}
            </button>
            <button type="button" className="button button-danger" disabled={loading} onClick={() => void confirm()}>
              {loading ? t('common.saving') : t('merge.confirm')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
