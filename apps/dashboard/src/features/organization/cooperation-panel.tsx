import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { Link } from 'react-router';
import { FormFailure } from '../../ui/form-failure';
import { useActionFailure } from '../../ui/use-action-failure';
import { EmptyState, ErrorNotice, Loading } from '../../ui/status';
import { formatIsoDay } from '../reference/dates';
import { CooperationQuery, RecordIntroductionMutation } from './cooperation.graphql';
import './cooperation.css';

const FIRST_PAGE = 5;
const MAX_MATCHES = 20;

/**
 * Cooperation matchmaking on an organization's page: others of its region it may work with, each
 * with the reason in the reader's language, best first by the registry's documented rule, and what
 * the region's needs register says of the two (for those who read the register); staff
 * who keep the region record an introduction (with a note), and the introductions made are listed.
 */
export function CooperationPanel({ organizationId, writable, nameOf }: { organizationId: string; writable: boolean; nameOf: (id: string | null | undefined) => string }) {
  const { t, name } = useI18n();
  const [first, setFirst] = useState(FIRST_PAGE);
  const [introducing, setIntroducing] = useState<{ id: string; name: string } | null>(null);
  const [note, setNote] = useState('');
  const { failure, run } = useActionFailure();
  const [done, setDone] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(CooperationQuery, { variables: { id: organizationId, first }, errorPolicy: 'all', fetchPolicy: 'cache-and-network' });
  const [record, recording] = useMutation(RecordIntroductionMutation);

  async function confirm() {
    if (!introducing) return;
    await run(async () => {
      await record({ variables: { input: { organizationId, otherOrganizationId: introducing.id, note: note.trim() || null } } });
      setDone(introducing.name);
      setIntroducing(null);
      setNote('');
      await refetch();
    });
  }

  const matches = data?.cooperationMatches;
  const introductions = data?.organization?.introductions ?? [];
  return (
    <section className="card" data-testid="cooperation-panel" aria-labelledby="cooperation-title">
      <h2 id="cooperation-title">{t('cooperation.title')}</h2>
      <p className="muted small">{t('cooperation.intro')}</p>
      {done && (
        <p className="status status-success" role="status">
          {t('cooperation.recorded', { name: done })}
        </p>
      )}
      {loading && !data ? (
        <Loading />
      ) : !matches ? (
        error ? (
          <ErrorNotice error={error} onRetry={() => void refetch()} />
        ) : null
      ) : matches.length === 0 ? (
        <EmptyState>{t('cooperation.empty')}</EmptyState>
      ) : (
        <ol className="cooperation-list" data-testid="cooperation-matches">
          {matches.map((match) => (
            <li key={match.organization.id}>
              <Link to={`/organizations/${match.organization.id}`}>{match.organization.name}</Link>
              <p className="small">{name(match.explanation)}</p>
              {match.needReasons && match.needReasons.length > 0 && (
                <ul className="small cooperation-needs" aria-label={t('cooperation.needs', { name: match.organization.name })}>
                  {match.needReasons.map((reason) => (
                    <li key={`${reason.kind}-${reason.theme}`}>{name(reason.explanation)}</li>
                  ))}
                </ul>
              )}
              {match.introducedOn ? (
                <span className="badge">{t('cooperation.introducedOn', { day: formatIsoDay(match.introducedOn) })}</span>
              ) : (
                writable && (
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    onClick={() => setIntroducing({ id: match.organization.id, name: match.organization.name })}
                  >
                    {t('cooperation.introduce')}
                  </button>
                )
              )}
            </li>
          ))}
        </ol>
      )}
      {matches && matches.length >= first && first < MAX_MATCHES && (
        <button type="button" className="button button-secondary" onClick={() => setFirst(MAX_MATCHES)}>
          {t('cooperation.more')}
        </button>
      )}
      {introducing && (
        <form
          className="form"
          data-testid="introduction-form"
          onSubmit={(event) => {
            event.preventDefault();
            void confirm();
          }}
        >
          <FormFailure error={failure} />
          <div className="form-field">
            <label htmlFor="introduction-note">{t('cooperation.note', { name: introducing.name })}</label>
            <textarea id="introduction-note" value={note} maxLength={2000} rows={3} onChange={(event) => setNote(event.target.value)} />
          </div>
          <div className="action-buttons">
            <button type="submit" className="button" disabled={recording.loading}>
              {t('cooperation.confirm')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setIntroducing(null)}>
              {t('cooperation.cancel')}
            </button>
          </div>
        </form>
      )}
      <h3>{t('cooperation.introductions')}</h3>
      {introductions.length === 0 ? (
        <p className="muted" data-testid="introductions-empty">
          {t('cooperation.noIntroductions')}
        </p>
      ) : (
        <ul data-testid="introductions">
          {introductions.map((introduction) => (
            <li key={introduction.id}>
              <Link to={`/organizations/${introduction.otherOrganization.id}`}>{introduction.otherOrganization.name}</Link>{' '}
              <span className="muted small">{t('cooperation.introducedBy', { day: formatIsoDay(introduction.introducedOn), who: nameOf(introduction.introducedBy) })}</span>
              {introduction.note && <p className="small">{introduction.note}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
