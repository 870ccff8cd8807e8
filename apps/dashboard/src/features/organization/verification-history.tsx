import type { OrganizationPageQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { AccessHidden } from '../../ui/access';

type History = NonNullable<OrganizationPageQuery['organization']>['verification']['history'];

/** What happened to an organization's verification, newest first: checks, decisions, merges. */
export function VerificationHistory({ history, nameOf }: { history: History; nameOf: (id: string | null | undefined) => string }) {
  const { t, formatDate } = useI18n();
  return (
    <>
      <h3>{t('verification.history')}</h3>
      {history.length === 0 ? (
        <p className="muted">{t('verification.noHistory')}</p>
      ) : (
        <ol className="timeline" data-testid="verification-history">
          {history.map((entry, index) => (
            <li key={`${entry.at}-${index}`} className="timeline-entry">
              <div className="timeline-text">
                {entry.decision
                  ? t('verification.history.decision', { decision: t(`verificationDecision.${entry.decision}`) })
                  : t(`verification.history.${entry.kind === 'CHECK_UPDATED' || entry.kind === 'MERGED' ? entry.kind : 'CHECK_RECORDED'}`)}
                {entry.statusBefore !== entry.statusAfter &&
                  ` · ${t('verification.history.status', { from: t(`verificationStatus.${entry.statusBefore}`), to: t(`verificationStatus.${entry.statusAfter}`) })}`}
              </div>
              {entry.reason && <div className="request-description">{entry.reason}</div>}
              {entry.personalDataHidden && (
                <div>
                  <AccessHidden reason={entry.personalDataHidden} />
                </div>
              )}
              <div className="muted small">
                {formatDate(entry.at)} · {nameOf(entry.actor)}
              </div>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
