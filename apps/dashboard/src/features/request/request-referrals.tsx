import type { AssistanceRequestPageQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { AccessHidden } from '../../ui/access';
import { StateBodyAnswerForm } from './state-body-answer-form';

type Request = NonNullable<AssistanceRequestPageQuery['assistanceRequest']>;

/** The state bodies the request was referred to, each with its answer, or the form for it. */
export function RequestReferrals({ request, writer, onReload }: { request: Request; writer: boolean; onReload: () => void }) {
  const { t } = useI18n();
  return (
    <>
      <h2>{t('request.referrals')}</h2>
      {request.referrals.length === 0 ? (
        <p className="muted">{t('request.referral.none')}</p>
      ) : (
        <ul className="request-list" data-testid="request-referrals">
          {request.referrals.map((referral) => (
            <li key={referral.id} className="card">
              <strong>{referral.stateBody}</strong>
              <div className="muted small">{t('request.referral.referredOnValue', { date: referral.referredOn })}</div>
              {referral.note && <p className="request-description">{referral.note}</p>}
              {referral.personalDataHidden && (
                <p>
                  <AccessHidden reason={referral.personalDataHidden} />
                </p>
              )}
              {referral.answer || referral.answeredOn ? (
                <div className="referral-answer">
                  <div className="small muted">{t('request.referral.answeredOnValue', { date: referral.answeredOn ?? '—' })}</div>
                  {referral.answer && <p className="request-description">{referral.answer}</p>}
                </div>
              ) : writer ? (
                <StateBodyAnswerForm requestId={request.id} version={request.version} referralId={referral.id} onReload={onReload} />
              ) : (
                <p className="muted small">{t('request.referral.waiting')}</p>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
