import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import type { AnnouncementTargetInput } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { ErrorNotice } from '../../ui/status';
import { AnnouncementAudienceQuery } from './announcements.graphql';

/** The target the audience is counted for: the latest after the person stops changing it for a moment. */
function useSettled<T>(value: T, delayMs: number): T {
  const key = JSON.stringify(value);
  const [settledKey, setSettledKey] = useState(key);
  useEffect(() => {
    const timer = setTimeout(() => setSettledKey(key), delayMs);
    return () => clearTimeout(timer);
  }, [key, delayMs]);
  return JSON.parse(settledKey) as T;
}

/** How many the target reaches, counted again as it changes (counts only, never an address). */
export function AudiencePreview({ target, delayMs = 300 }: { target: AnnouncementTargetInput; delayMs?: number }) {
  const { t, formatNumber } = useI18n();
  const settled = useSettled(target, delayMs);
  const { data, previousData, error, refetch } = useQuery(AnnouncementAudienceQuery, { variables: { target: settled }, fetchPolicy: 'network-only' });
  const audience = (data ?? previousData)?.announcementAudience;
  return (
    <aside className="card" aria-live="polite" aria-label={t('announcementForm.preview')} data-testid="audience-preview">
      <h2>{t('announcementForm.preview')}</h2>
      {error && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      {audience && (
        <ul>
          <li data-testid="audience-organizations">{t('announcementForm.previewOrganizations', { count: formatNumber(audience.organizations) })}</li>
          <li>{t('announcementForm.previewReachable', { count: formatNumber(audience.reachableOrganizations) })}</li>
          <li data-testid="audience-emails">
            <strong>{t('announcementForm.previewEmails', { count: formatNumber(audience.emails) })}</strong>
          </li>
          <li>{t('announcementForm.previewUnsubscribed', { count: formatNumber(audience.unsubscribed) })}</li>
          <li data-testid="audience-staff">{t('announcementForm.previewStaff', { count: formatNumber(audience.staff) })}</li>
        </ul>
      )}
      <p className="muted small">{t('announcementForm.previewNote')}</p>
    </aside>
  );
}
