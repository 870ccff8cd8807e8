import { useMutation } from '@apollo/client/react';
import { useI18n } from '../../i18n/i18n';
import { useSearchParams } from 'react-router';
import { ErrorNotice } from '../../ui/status';
import { UnsubscribeMutation } from './announcements.graphql';

/**
 * Where an announcement mail's unsubscribe link leads, open to anyone holding it (no sign-in): it
 * asks before it records, so a mail scanner that follows links unsubscribes nobody.
 */
export function UnsubscribePage() {
  const { t } = useI18n();
  const [query] = useSearchParams();
  const token = query.get('token') ?? '';
  const [unsubscribe, { data, loading, error }] = useMutation(UnsubscribeMutation);
  return (
    <section className="card">
      <h1>{t('unsubscribe.title')}</h1>
      {!token && <p>{t('unsubscribe.missing')}</p>}
      {token && !data && (
        <>
          <p>{t('unsubscribe.intro')}</p>
          {error && <ErrorNotice error={error} />}
          <button type="button" className="button" disabled={loading} onClick={() => void unsubscribe({ variables: { token } }).catch(() => undefined)}>
            {t('unsubscribe.confirm')}
          </button>
        </>
      )}
      {data && (
        <p role="status" data-testid="unsubscribed">
          {t('unsubscribe.done', { email: data.unsubscribeFromAnnouncements })}
        </p>
      )}
    </section>
  );
}
