import { useMutation } from '@apollo/client/react';
import type { OrganizationPortalQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { ErrorNotice } from '../../ui/status';
import { PortalRateRequestMutation } from './portal.graphql';
import type { PortalContext } from './portal-refusal';

type PortalRequest = NonNullable<OrganizationPortalQuery['organizationPortal']>['requests'][number];

const SHOWN_STEPS = ['STATUS_CHANGED', 'REFERRED', 'STATE_BODY_ANSWERED', 'RATED'] as const;
type ShownStep = (typeof SHOWN_STEPS)[number];
const isShownStep = (kind: string): kind is ShownStep => (SHOWN_STEPS as readonly string[]).includes(kind);

/** The organization's requests for help: each one's status, its way so far, and the rating once it is resolved. */
export function PortalRequests({
  requests,
  context,
  onRated,
  onFailure,
}: {
  requests: readonly PortalRequest[];
  context: PortalContext;
  onRated: () => void;
  onFailure: (error: unknown) => void;
}) {
  const { t, formatDate } = useI18n();
  const [rate, { error }] = useMutation(PortalRateRequestMutation, { context });
  const rateWith = (request: PortalRequest, score: number) =>
    void rate({ variables: { input: { id: request.id, version: request.version, score } } })
      .then(onRated)
      .catch(onFailure);
  return (
    <section className="card" aria-labelledby="portal-requests">
      <h2 id="portal-requests">{t('portal.requests.title')}</h2>
      {error && <ErrorNotice error={error} />}
      {requests.length === 0 ? (
        <p>{t('portal.requests.empty')}</p>
      ) : (
        <ul className="portal-requests" data-testid="portal-requests">
          {requests.map((request) => (
            <li key={request.id} data-testid="portal-request">
              <h3>{t(`assistanceSubtype.${request.subtype}`)}</h3>
              <p>{t('portal.requests.status', { status: t(`status.${request.status}`), date: formatDate(request.createdAt) })}</p>
              <p>{request.description}</p>
              <ol aria-label={t('portal.requests.timeline')}>
                {request.timeline.map((step) => (
                  <li key={`${step.kind}-${String(step.at)}`}>
                    {formatDate(step.at)}: {step.toStatus ? t(`status.${step.toStatus}`) : isShownStep(step.kind) ? t(`portal.step.${step.kind}`) : ''}
                  </li>
                ))}
              </ol>
              {request.rating !== null && request.rating !== undefined && <p>{t('portal.requests.rated', { score: request.rating })}</p>}
              {request.canRate && (
                <div role="group" aria-label={t('portal.requests.rate')} className="portal-rating">
                  {[1, 2, 3, 4, 5].map((score) => (
                    <button key={score} type="button" className="button button-secondary" onClick={() => rateWith(request, score)}>
                      {t('portal.requests.score', { score })}
                    </button>
                  ))}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
