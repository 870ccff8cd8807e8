import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n';
import { FormField } from '../../ui/form-field';
import { FormFailure } from '../../ui/form-failure';
import { AddJointEventFollowUpMutation, FollowUpOptionsQuery } from './joint-events.graphql';

type Kind = 'ASSISTANCE_REQUEST' | 'NEED';

/** Records what followed an event: one of the region's requests for help or needs of its register, with a note. */
export function FollowUpForm({ eventId, regionCode, onDone }: { eventId: string; regionCode: string; onDone: () => void }) {
  const { t } = useI18n();
  const [kind, setKind] = useState<Kind>('ASSISTANCE_REQUEST');
  const [targetId, setTargetId] = useState('');
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const options = useQuery(FollowUpOptionsQuery, { variables: { regionCode } });
  const [add, { loading, error }] = useMutation(AddJointEventFollowUpMutation);
  const choices =
    kind === 'ASSISTANCE_REQUEST'
      ? (options.data?.assistanceRequests.edges ?? []).map(({ node }) => ({
          id: node.id,
          label: `${node.organization?.name ?? ''} — ${t(`assistanceSubtype.${node.subtype}`)} (${String(node.createdAt).slice(0, 10)})`,
        }))
      : (options.data?.needs.edges ?? []).map(({ node }) => ({ id: node.id, label: `${t(`needTheme.${node.theme}`)} (${node.firstNoticedOn})` }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!targetId) {
      setMissing(true);
      return;
    }
    await add({ variables: { input: { eventId, kind, targetId, ...(note.trim() ? { note: note.trim() } : {}) } } });
    onDone();
  };

  return (
    <form className="form" onSubmit={(event) => void submit(event).catch(() => undefined)} noValidate data-testid="follow-up-form">
      <FormFailure error={error ?? null} fieldsMessage={t('common.correctFields')} />
      <FormField label={t('events.followUp.kind')} name="kind">
        {(control) => (
          <select
            {...control}
            value={kind}
            onChange={(event) => {
              setKind(event.target.value as Kind);
              setTargetId('');
            }}
          >
            <option value="ASSISTANCE_REQUEST">{t('events.followUp.request')}</option>
            <option value="NEED">{t('events.followUp.need')}</option>
          </select>
        )}
      </FormField>
      <FormField label={t('events.followUp.which')} name="targetId" errors={missing && !targetId ? [{ field: 'targetId', code: 'REQUIRED', message: '' }] : []}>
        {(control) => (
          <select {...control} value={targetId} onChange={(event) => setTargetId(event.target.value)}>
            <option value="">{t('common.choose')}</option>
            {choices.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {choice.label}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('events.followUp.note')} name="note">
        {(control) => <input {...control} type="text" value={note} onChange={(event) => setNote(event.target.value)} />}
      </FormField>
      <div className="form-actions">
        <button type="submit" className="button" disabled={loading}>
          {t('events.followUp.save')}
        </button>{' '}
        <button type="button" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
