import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { canWrite, useViewer } from '../../auth/session';
import type { JointEventFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { ErrorNotice } from '../../ui/status';
import { FollowUpForm } from './follow-up-form';
import { UpdateJointEventMutation } from './joint-events.graphql';

type Participant = JointEventFieldsFragment['invited'][number];

/** One joint event: what, when, where, who came of those invited, what was agreed and what followed; writers record who came. */
export function JointEventCard({ event, today }: { event: JointEventFieldsFragment; today: string }) {
  const { t, name, formatNumber } = useI18n();
  const viewer = useViewer();
  const [editing, setEditing] = useState(false);
  const [followingUp, setFollowingUp] = useState(false);
  const [came, setCame] = useState<Record<string, boolean>>({});
  const [update, { loading, error }] = useMutation(UpdateJointEventMutation);
  const participantName = (p: Participant) => p.organization?.name ?? (p.stateBody ? name(p.stateBody.name) : (p.sponsor?.name ?? p.id));
  const held = event.heldOn <= today;

  const startEditing = () => {
    setCame(Object.fromEntries(event.invited.map((p) => [p.id, p.attended === true])));
    setEditing(true);
  };
  const save = async () => {
    const invited = event.invited.map((p) => ({ kind: p.kind, id: p.id, attended: came[p.id] ?? false }));
    await update({ variables: { input: { id: event.id, version: event.version, invited } } });
    setEditing(false);
  };

  return (
    <li className="card">
      <div className="request-head">
        <strong>{event.title}</strong>
        <span className="badge">{t(`events.kind.${event.kind}`)}</span>
      </div>
      <div className="small">
        {event.heldOn}
        {event.place ? ` · ${event.place}` : ''}
      </div>
      <div className="small">{t('events.attendance', { attended: formatNumber(event.attendedCount), invited: formatNumber(event.invitedCount) })}</div>
      {event.directions.length > 0 && <div className="muted small">{event.directions.map((code) => t(`direction.${code}`)).join(', ')}</div>}
      {event.invited.length > 0 && !editing && (
        <ul className="small" aria-label={t('events.invited')}>
          {event.invited.map((p) => (
            <li key={p.id}>
              {participantName(p)} — {p.attended === null ? t('events.notRecorded') : p.attended ? t('events.came') : t('events.didNotCome')}
            </li>
          ))}
        </ul>
      )}
      {editing && (
        <fieldset className="small">
          <legend>{t('events.whoCame')}</legend>
          {event.invited.map((p) => (
            <label key={p.id} className="checkbox">
              <input type="checkbox" checked={came[p.id] ?? false} onChange={(e) => setCame({ ...came, [p.id]: e.target.checked })} /> {participantName(p)}
            </label>
          ))}
          {error && <ErrorNotice error={error} />}
          <button type="button" disabled={loading} onClick={() => void save()}>
            {t('events.saveAttendance')}
          </button>{' '}
          <button type="button" onClick={() => setEditing(false)}>
            {t('common.cancel')}
          </button>
        </fieldset>
      )}
      {event.agreed && (
        <p className="small">
          <strong>{t('events.agreed')}</strong> {event.agreed}
        </p>
      )}
      {event.followUps.length > 0 && (
        <ul className="small" aria-label={t('events.followUps')}>
          {event.followUps.map((followUp) => (
            <li key={followUp.id}>
              {followUp.kind === 'ASSISTANCE_REQUEST' ? (
                <Link to={`/requests/${followUp.targetId}`}>{t('events.followUp.request')}</Link>
              ) : (
                <Link to={`/needs/${followUp.targetId}`}>{t('events.followUp.need')}</Link>
              )}
              {followUp.note ? ` — ${followUp.note}` : ''}
            </li>
          ))}
        </ul>
      )}
      {followingUp && <FollowUpForm eventId={event.id} regionCode={event.regionCode} onDone={() => setFollowingUp(false)} />}
      {!editing && !followingUp && canWrite(viewer, event.regionCode) && (
        <div className="form-actions">
          {held && event.invited.length > 0 && (
            <button type="button" onClick={startEditing}>
              {t('events.recordAttendance')}
            </button>
          )}
          <button type="button" onClick={() => setFollowingUp(true)}>
            {t('events.addFollowUp')}
          </button>
        </div>
      )}
    </li>
  );
}
