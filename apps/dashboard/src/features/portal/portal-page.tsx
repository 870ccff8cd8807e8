import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import type { AssistanceSubtype, AssistanceType, OrganizationPortalQuery as PortalData } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { ErrorNotice } from '../../ui/status';
import { ASSISTANCE_TYPES, subtypesOf } from '../reference/catalog';
import { OrganizationPortalQuery, PortalProposeProfileMutation, PortalRateRequestMutation, PortalSubmitRequestMutation, PortalUnsubscribeMutation } from './portal.graphql';

type Portal = NonNullable<PortalData['organizationPortal']>;

const REFUSALS = ['PORTAL_LINK_EXPIRED', 'PORTAL_LINK_REVOKED', 'PORTAL_LINK_INVALID'] as const;
type Refusal = (typeof REFUSALS)[number];
const SHOWN_STEPS = ['STATUS_CHANGED', 'REFERRED', 'STATE_BODY_ANSWERED', 'RATED'] as const;
type ShownStep = (typeof SHOWN_STEPS)[number];
const isShownStep = (kind: string): kind is ShownStep => (SHOWN_STEPS as readonly string[]).includes(kind);

/** Why the gateway refused the link (HTTP 401 with extensions.reason), as the page says it: expired, revoked, or not valid. */
function refusalOf(error: unknown): Refusal | null {
  const text = JSON.stringify(error ?? null);
  return REFUSALS.find((reason) => text.includes(reason)) ?? null;
}

function SubmitRequest({ context, onDone }: { context: { headers: Record<string, string> }; onDone: () => void }) {
  const { t } = useI18n();
  const [type, setType] = useState<AssistanceType>(ASSISTANCE_TYPES[0]);
  const [subtype, setSubtype] = useState<AssistanceSubtype>(subtypesOf(ASSISTANCE_TYPES[0])[0]);
  const [description, setDescription] = useState('');
  const [submit, { loading, error, data }] = useMutation(PortalSubmitRequestMutation, { context });
  const send = (event: FormEvent) => {
    event.preventDefault();
    void submit({ variables: { input: { type, subtype, description } } }).then(() => {
      setDescription('');
      onDone();
    }).catch(() => undefined);
  };
  return (
    <form className="card" onSubmit={send} aria-labelledby="portal-ask">
      <h2 id="portal-ask">{t('portal.ask.title')}</h2>
      <label className="field">
        <span>{t('portal.ask.type')}</span>
        <select value={type} onChange={(e) => { const next = e.target.value as AssistanceType; setType(next); setSubtype(subtypesOf(next)[0]); }}>
          {ASSISTANCE_TYPES.map((value) => <option key={value} value={value}>{t(`assistanceType.${value}`)}</option>)}
        </select>
      </label>
      <label className="field">
        <span>{t('portal.ask.subtype')}</span>
        <select value={subtype} onChange={(e) => setSubtype(e.target.value as AssistanceSubtype)}>
          {subtypesOf(type).map((value) => <option key={value} value={value}>{t(`assistanceSubtype.${value}`)}</option>)}
        </select>
      </label>
      <label className="field">
        <span>{t('portal.ask.description')}</span>
        <textarea value={description} onChange={(e) => setDescription(e.target.value)} rows={4} required minLength={5} maxLength={4000} />
      </label>
      {error && <ErrorNotice error={error} />}
      {data && <p role="status">{t('portal.ask.done')}</p>}
      <button type="submit" className="button" disabled={loading}>{t('portal.ask.submit')}</button>
    </form>
  );
}

function Requests({ portal, context, onDone }: { portal: Portal; context: { headers: Record<string, string> }; onDone: () => void }) {
  const { t, formatDate } = useI18n();
  const [rate, { error }] = useMutation(PortalRateRequestMutation, { context });
  if (!portal.requests.length) return <p className="card">{t('portal.requests.empty')}</p>;
  return (
    <section className="card" aria-labelledby="portal-requests">
      <h2 id="portal-requests">{t('portal.requests.title')}</h2>
      {error && <ErrorNotice error={error} />}
      <ul className="portal-requests">
        {portal.requests.map((request) => (
          <li key={request.id}>
            <h3>{t(`assistanceSubtype.${request.subtype}`)}</h3>
            <p>{t('portal.requests.status', { status: t(`status.${request.status}`), date: formatDate(request.createdAt) })}</p>
            <p>{request.description}</p>
            <ol aria-label={t('portal.requests.timeline')}>
              {request.timeline.map((step) => (
                <li key={`${step.kind}-${String(step.at)}`}>{formatDate(step.at)}: {step.toStatus ? t(`status.${step.toStatus}`) : isShownStep(step.kind) ? t(`portal.step.${step.kind}`) : ''}</li>
              ))}
            </ol>
            {request.rating !== null && request.rating !== undefined && <p>{t('portal.requests.rated', { score: request.rating })}</p>}
            {request.canRate && (
              <div role="group" aria-label={t('portal.requests.rate')}>
                {[1, 2, 3, 4, 5].map((score) => (
                  <button key={score} type="button" className="button" onClick={() => void rate({ variables: { input: { id: request.id, version: request.version, score } } }).then(onDone).catch(() => undefined)}>
                    {t('portal.requests.score', { score })}
                  </button>
                ))}
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Where an organization's portal link leads (#/portal?token=…), open to whoever holds the link: the
 * contact sees their organization, asks for help, follows and rates it, proposes profile changes
 * for staff review, and unsubscribes. Every call carries the link (Authorization: Portal).
 */
export function PortalPage() {
  const { t } = useI18n();
  const [query] = useSearchParams();
  const token = query.get('token') ?? '';
  const context = { headers: { authorization: `Portal ${token}` } };
  const { data, error, refetch } = useQuery(OrganizationPortalQuery, { context, skip: !token, fetchPolicy: 'network-only' });
  const [description, setDescription] = useState('');
  const [propose, proposal] = useMutation(PortalProposeProfileMutation, { context });
  const [unsubscribe, unsubscribed] = useMutation(PortalUnsubscribeMutation, { context });
  const reload = () => void refetch().catch(() => undefined);
  if (!token) return <section className="card"><h1>{t('portal.title')}</h1><p>{t('portal.missing')}</p></section>;
  if (unsubscribed.data) return <section className="card"><h1>{t('portal.title')}</h1><p role="status">{t('portal.unsubscribed', { email: unsubscribed.data.organizationPortalUnsubscribe.email })}</p></section>;
  const refusal = refusalOf(error);
  if (error) return <section className="card"><h1>{t('portal.title')}</h1>{refusal ? <p role="alert">{t(`portal.refused.${refusal}`)}</p> : <ErrorNotice error={error} />}</section>;
  const portal = data?.organizationPortal;
  if (!portal) return <p>{t('portal.loading')}</p>;
  return (
    <div className="portal">
      <section className="card">
        <h1>{portal.organization.name}</h1>
        <p>{t('portal.intro', { email: portal.contactEmail })}</p>
        {portal.organization.description && <p>{portal.organization.description}</p>}
      </section>
      <SubmitRequest context={context} onDone={reload} />
      <Requests portal={portal} context={context} onDone={reload} />
      <form className="card" aria-labelledby="portal-profile" onSubmit={(e) => { e.preventDefault(); void propose({ variables: { input: { description } } }).then(reload).catch(() => undefined); }}>
        <h2 id="portal-profile">{t('portal.profile.title')}</h2>
        <label className="field">
          <span>{t('portal.profile.description')}</span>
          <textarea value={description} onChange={(e) => setDescription(e.target.value)} rows={3} required minLength={10} maxLength={4000} />
        </label>
        {proposal.error && <ErrorNotice error={proposal.error} />}
        {portal.profileProposals.length > 0 && <p>{t('portal.profile.pending', { count: portal.profileProposals.filter((p) => p.status === 'PENDING').length })}</p>}
        <button type="submit" className="button" disabled={proposal.loading}>{t('portal.profile.submit')}</button>
      </form>
      <section className="card">
        <h2>{t('portal.unsubscribe.title')}</h2>
        <p>{t('portal.unsubscribe.intro')}</p>
        {unsubscribed.error && <ErrorNotice error={unsubscribed.error} />}
        <button type="button" className="button" onClick={() => void unsubscribe().catch(() => undefined)}>{t('portal.unsubscribe.confirm')}</button>
      </section>
    </div>
  );
}
