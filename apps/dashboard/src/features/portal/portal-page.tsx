import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { ErrorNotice } from '../../ui/status';
import { OrganizationPortalQuery, PortalUnsubscribeMutation } from './portal.graphql';
import { PortalProfileForm } from './portal-profile-form';
import { portalRefusalOf, type PortalContext, type PortalRefusal } from './portal-refusal';
import { PortalRequestForm } from './portal-request-form';
import { PortalRequests } from './portal-requests';

function Notice({ children }: { children: React.ReactNode }) {
  const { t } = useI18n();
  return (
    <section className="card" data-testid="portal-notice">
      <h1>{t('portal.title')}</h1>
      {children}
    </section>
  );
}

/**
 * Where an organization's portal link leads (#/portal?token=…), open to whoever holds the link: the
 * contact sees their organization, asks for help, follows and rates it, proposes profile changes
 * for staff review, and unsubscribes. Every call carries the link (Authorization: Portal); once the
 * gateway refuses it (expired, revoked, not valid) the page says so instead.
 */
export function PortalPage() {
  const { t } = useI18n();
  const [query] = useSearchParams();
  const token = query.get('token') ?? '';
  const context: PortalContext = { headers: { authorization: `Portal ${token}` } };
  const { data, error, refetch } = useQuery(OrganizationPortalQuery, { context, skip: !token, fetchPolicy: 'network-only' });
  const [unsubscribe, unsubscribed] = useMutation(PortalUnsubscribeMutation, { context });
  const [refusedLater, setRefusedLater] = useState<PortalRefusal | null>(null);
  const reload = () => void refetch().catch(() => undefined);
  const onFailure = (failure: unknown) => setRefusedLater((current) => current ?? portalRefusalOf(failure));

  if (!token)
    return (
      <Notice>
        <p role="alert">{t('portal.missing')}</p>
      </Notice>
    );
  if (unsubscribed.data)
    return (
      <Notice>
        <p role="status">{t('portal.unsubscribed', { email: unsubscribed.data.organizationPortalUnsubscribe.email })}</p>
      </Notice>
    );
  const refusal = refusedLater ?? portalRefusalOf(error);
  if (refusal)
    return (
      <Notice>
        <p role="alert" data-testid="portal-refusal">
          {t(`portal.refused.${refusal}`)}
        </p>
      </Notice>
    );
  if (error)
    return (
      <Notice>
        <ErrorNotice error={error} onRetry={reload} />
      </Notice>
    );
  const portal = data?.organizationPortal;
  if (!portal) return <p role="status">{t('portal.loading')}</p>;
  return (
    <div className="portal">
      <section className="card" data-testid="portal-organization">
        <h1>{portal.organization.name}</h1>
        <p>{t('portal.intro', { email: portal.contactEmail })}</p>
        {portal.organization.description && <p>{portal.organization.description}</p>}
      </section>
      <PortalRequestForm context={context} onSent={reload} onFailure={onFailure} />
      <PortalRequests requests={portal.requests} context={context} onRated={reload} onFailure={onFailure} />
      <PortalProfileForm context={context} pending={portal.profileProposals.filter((proposal) => proposal.status === 'PENDING').length} onSent={reload} onFailure={onFailure} />
      <section className="card" aria-labelledby="portal-unsubscribe">
        <h2 id="portal-unsubscribe">{t('portal.unsubscribe.title')}</h2>
        <p>{t('portal.unsubscribe.intro')}</p>
        {unsubscribed.error && <ErrorNotice error={unsubscribed.error} />}
        <button type="button" className="button button-secondary" onClick={() => void unsubscribe().catch(onFailure)}>
          {t('portal.unsubscribe.confirm')}
        </button>
      </section>
    </div>
  );
}
