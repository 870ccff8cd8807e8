import { useMutation, useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import type { GuideFieldsFragment as GuideFields } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { FormFailure } from '../../ui/form-failure';
import { LoadingOrError } from '../../ui/status';
import { useActionFailure } from '../../ui/use-action-failure';
import { GuideCard } from './guide-card';
import { AttachGuideToRequestMutation, DetachGuideFromRequestMutation, RequestGuidesQuery } from './guides.graphql';

/**
 * The guides of a consultative request: those attached, and for its writers those its sub-type
 * suggests, each attached with one press.
 */
export function RequestGuides({ requestId, writer }: { requestId: string; writer: boolean }) {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(RequestGuidesQuery, { variables: { id: requestId } });
  const [attach, { loading: attaching }] = useMutation(AttachGuideToRequestMutation);
  const [detach, { loading: detaching }] = useMutation(DetachGuideFromRequestMutation);
  const { failure, run: runAction } = useActionFailure();
  const request = data?.assistanceRequest;
  const reload = () => void refetch();
  // The request's guides are read again after each change.
  const run = (action: () => Promise<unknown>) =>
    runAction(async () => {
      await action();
      await refetch();
    });
  if (!request) return <LoadingOrError loading={loading} error={error} onRetry={reload} />;
  const attachedIds = new Set(request.guides.map((guide) => guide.id));
  const suggested = request.suggestedGuides.filter((guide) => !attachedIds.has(guide.id));
  // A request's guides are shown without their versions' upload, with the one action of their list.
  const card = (guide: GuideFields, action: ReactNode) => <GuideCard key={guide.id} guide={guide} onReload={reload} allowNewVersion={false} actions={action} />;

  return (
    <div data-testid="request-guides">
      <h2>{t('guides.request.title')}</h2>
      <FormFailure error={failure} />
      {request.guides.length === 0 ? (
        <p className="muted">{t('guides.request.none')}</p>
      ) : (
        <ul className="request-list">
          {request.guides.map((guide) =>
            card(
              guide,
              writer && (
                <button
                  type="button"
                  className="button button-secondary button-small"
                  disabled={detaching}
                  onClick={() => void run(() => detach({ variables: { input: { requestId, guideId: guide.id } } }))}
                >
                  {t('guides.request.detach')}
                </button>
              ),
            ),
          )}
        </ul>
      )}
      {writer && (
        <>
          <h3>{t('guides.request.suggested')}</h3>
          {suggested.length === 0 ? (
            <p className="muted">{t('guides.request.noneSuggested')}</p>
          ) : (
            <ul className="request-list" data-testid="suggested-guides">
              {suggested.map((guide) =>
                card(
                  guide,
                  <button
                    type="button"
                    className="button button-small"
                    disabled={attaching}
                    onClick={() => void run(() => attach({ variables: { input: { requestId, guideId: guide.id } } }))}
                  >
                    {t('guides.request.attach', { title: guide.title })}
                  </button>,
                ),
              )}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
