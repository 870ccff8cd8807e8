import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import type { DeliveryMode, NotificationChannel, NotificationKind, NotificationPreferenceInput } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { DataTable } from '../../ui/data-table';
import { FormFailure } from '../../ui/form-failure';
import { LoadingOrError } from '../../ui/status';
import { NotificationPreferencesQuery, UpdateNotificationPreferencesMutation } from './notification-preferences.graphql';

/** In the app a notification is shown at once or not at all; by e-mail it may also wait for a digest. */
export const MODES: Record<NotificationChannel, readonly DeliveryMode[]> = { IN_APP: ['IMMEDIATE', 'OFF'], EMAIL: ['IMMEDIATE', 'DAILY', 'WEEKLY', 'OFF'] };
const CHANNELS: readonly NotificationChannel[] = ['IN_APP', 'EMAIL'];
const keyOf = (kind: NotificationKind, channel: NotificationChannel) => `${kind}/${channel}`;

/** Per kind of notification and channel: at once, in a daily or weekly digest (e-mail), or off. */
export function PreferencesPage() {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(NotificationPreferencesQuery, { fetchPolicy: 'cache-and-network' });
  // The choices have no id to be merged by: the query's answer is replaced by the mutation's.
  const [save, saving] = useMutation(UpdateNotificationPreferencesMutation, {
    update(cache, { data: answer }) {
      if (answer) cache.writeQuery({ query: NotificationPreferencesQuery, data: { notificationPreferences: answer.updateNotificationPreferences } });
    },
  });
  const [changes, setChanges] = useState<Record<string, DeliveryMode>>({});
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const preferences = data?.notificationPreferences;
  if (!preferences) return <LoadingOrError loading={loading} error={error} onRetry={() => void refetch()} />;
  const kinds = [...new Set(preferences.map((p) => p.kind))];
  const modeOf = (kind: NotificationKind, channel: NotificationChannel) =>
    changes[keyOf(kind, channel)] ?? preferences.find((p) => p.kind === kind && p.channel === channel)?.mode ?? 'IMMEDIATE';

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    setSaved(false);
    const choices: NotificationPreferenceInput[] = Object.entries(changes).map(([key, mode]) => {
      const [kind, channel] = key.split('/') as [NotificationKind, NotificationChannel];
      return { kind, channel, mode };
    });
    try {
      await save({ variables: { preferences: choices } });
      setChanges({});
      setSaved(true);
    } catch (caught) {
      setFailure(caught);
    }
  }

  return (
    <section>
      <h1>{t('preferences.title')}</h1>
      <p className="muted">{t('preferences.intro')}</p>
      <form onSubmit={(event) => void onSubmit(event)} data-testid="preferences-form">
        <FormFailure error={failure} />
        <DataTable testId="preferences-table" columns={[t('preferences.kind'), t('preferences.inApp'), t('preferences.email')]}>
          {kinds.map((kind) => (
            <tr key={kind} data-testid="preference-row" data-kind={kind}>
              <th scope="row">{t(`notificationKind.${kind}`)}</th>
              {CHANNELS.map((channel) => (
                <td key={channel}>
                  <select
                    aria-label={`${t(`notificationKind.${kind}`)}: ${t(channel === 'IN_APP' ? 'preferences.inApp' : 'preferences.email')}`}
                    value={modeOf(kind, channel)}
                    data-channel={channel}
                    onChange={(event) => {
                      setSaved(false);
                      const mode = MODES[channel].find((candidate) => candidate === event.target.value) ?? 'IMMEDIATE';
                      setChanges((previous) => ({ ...previous, [keyOf(kind, channel)]: mode }));
                    }}
                  >
                    {MODES[channel].map((mode) => (
                      <option key={mode} value={mode}>
                        {t(`preferences.mode.${mode}`)}
                      </option>
                    ))}
                  </select>
                </td>
              ))}
            </tr>
          ))}
        </DataTable>
        <div className="form-actions">
          <button type="submit" className="button" disabled={saving.loading || Object.keys(changes).length === 0}>
            {saving.loading ? t('common.saving') : t('preferences.save')}
          </button>
          {saved && (
            <span role="status" data-testid="preferences-saved">
              {t('preferences.saved')}
            </span>
          )}
        </div>
      </form>
    </section>
  );
}
