import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { z } from 'zod';
import type { DeliveryMode, NotificationChannel, NotificationKind, NotificationPreferencesQuery as PreferencesData } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { DataTable } from '../../ui/data-table';
import { FormFailure } from '../../ui/form-failure';
import { useSchemaForm } from '../../ui/schema-form';
import { LoadingOrError } from '../../ui/status';
import { NotificationPreferencesQuery, UpdateNotificationPreferencesMutation } from './notification-preferences.graphql';

/** In the app a notification is shown at once or not at all; by e-mail it may also wait for a digest. */
export const MODES: Record<NotificationChannel, readonly DeliveryMode[]> = { IN_APP: ['IMMEDIATE', 'OFF'], EMAIL: ['IMMEDIATE', 'DAILY', 'WEEKLY', 'OFF'] };
const CHANNELS: readonly NotificationChannel[] = ['IN_APP', 'EMAIL'];
const ALL_MODES = [...new Set(Object.values(MODES).flat())];

/** A form field per kind and channel: `<kind>/<channel>` (no dot, which react-hook-form reads as a path). */
const keyOf = (kind: NotificationKind, channel: NotificationChannel) => `${kind}/${channel}`;

const choicesSchema = z.record(
  z.string(),
  z.custom<DeliveryMode>((value) => typeof value === 'string' && (ALL_MODES as string[]).includes(value)),
);

type Preferences = PreferencesData['notificationPreferences'];

function valuesOf(preferences: Preferences): Record<string, DeliveryMode> {
  return Object.fromEntries(preferences.map((preference) => [keyOf(preference.kind, preference.channel), preference.mode]));
}

/** The choices, and saving those changed. */
function PreferencesForm({ preferences }: { preferences: Preferences }) {
  const { t } = useI18n();
  // The choices have no id to be merged by: the query's answer is replaced by the mutation's.
  const [save] = useMutation(UpdateNotificationPreferencesMutation, {
    update(cache, { data: answer }) {
      if (answer) cache.writeQuery({ query: NotificationPreferencesQuery, data: { notificationPreferences: answer.updateNotificationPreferences } });
    },
  });
  const { form, failure, submitting, submit } = useSchemaForm(choicesSchema, { defaultValues: valuesOf(preferences) });
  const [saved, setSaved] = useState(false);
  const kinds = [...new Set(preferences.map((p) => p.kind))];
  const dirty = Object.keys(form.formState.dirtyFields);

  // A newer answer of the query (the network's after the cache's) shows unless something was changed.
  useEffect(() => {
    if (dirty.length === 0) form.reset(valuesOf(preferences));
  }, [preferences]);

  const onSubmit = submit(async (values) => {
    setSaved(false);
    const choices = kinds.flatMap((kind) =>
      CHANNELS.filter((channel) => dirty.includes(keyOf(kind, channel))).map((channel) => ({ kind, channel, mode: values[keyOf(kind, channel)] as DeliveryMode })),
    );
    await save({ variables: { preferences: choices } });
    form.reset(values);
    setSaved(true);
  });

  return (
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
                  data-channel={channel}
                  {...form.register(keyOf(kind, channel), { onChange: () => setSaved(false) })}
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
        <button type="submit" className="button" disabled={submitting || dirty.length === 0}>
          {submitting ? t('common.saving') : t('preferences.save')}
        </button>
        {saved && (
          <span role="status" data-testid="preferences-saved">
            {t('preferences.saved')}
          </span>
        )}
      </div>
    </form>
  );
}

/** Per kind of notification and channel: at once, in a daily or weekly digest (e-mail), or off. */
export function PreferencesPage() {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(NotificationPreferencesQuery, { fetchPolicy: 'cache-and-network' });
  const preferences = data?.notificationPreferences;
  if (!preferences) return <LoadingOrError loading={loading} error={error} onRetry={() => void refetch()} />;
  return (
    <section>
      <h1>{t('preferences.title')}</h1>
      <p className="muted">{t('preferences.intro')}</p>
      <PreferencesForm preferences={preferences} />
    </section>
  );
}
