import { useState } from 'react';
import type { OrganizationPageQuery, VerificationMethod } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { VERIFICATION_METHODS } from '../reference/catalog';
import { DecisionForm } from './decision-form';
import { RecordCheckForm } from './record-check-form';
import { VerificationCheck } from './verification-check';
import { VerificationHistory } from './verification-history';

type Organization = NonNullable<OrganizationPageQuery['organization']>;

/**
 * The memo's five methods as a checklist: each with its latest check (outcome, notes, who and
 * when, evidence), the derived status with its re-verification date, decisions and the history.
 */
export function VerificationPanel({
  organization,
  nameOf,
  writable,
  onChanged,
}: {
  organization: Organization;
  nameOf: (id: string | null | undefined) => string;
  writable: boolean;
  onChanged: () => void;
}) {
  const { t, formatDate } = useI18n();
  const verification = organization.verification;
  const [recording, setRecording] = useState<VerificationMethod | null>(null);
  const [editing, setEditing] = useState<string | null>(null);

  return (
    <section className="card verification" data-testid="verification">
      <div className="request-head">
        <h2>{t('verification.title')}</h2>
        <span className={`badge badge-large verification-${verification.status.toLowerCase()}`} data-testid="verification-status">
          {t(`verificationStatus.${verification.status}`)}
        </span>
      </div>
      <p className="small">
        {verification.verifiedAt && <span>{t('verification.verifiedAt', { date: formatDate(verification.verifiedAt) })} · </span>}
        {verification.reverificationDueAt ? (
          <span data-testid="reverification-due">{t('verification.reverifyBy', { date: formatDate(verification.reverificationDueAt) })}</span>
        ) : (
          <span className="muted">{t('verification.rule')}</span>
        )}
      </p>

      <ol className="checklist" data-testid="verification-checklist">
        {VERIFICATION_METHODS.map((method) => {
          const checks = verification.checks.filter((check) => check.method === method);
          return (
            <li key={method} className="checklist-item" data-testid={`method-${method}`}>
              <div className="request-head">
                <strong>{t(`verificationMethod.${method}`)}</strong>
                {checks[0] ? (
                  <span className={`badge outcome-${checks[0].outcome.toLowerCase()}`}>{t(`checkOutcome.${checks[0].outcome}`)}</span>
                ) : (
                  <span className="badge">{t('verification.notChecked')}</span>
                )}
              </div>
              {checks.map((check) => (
                <VerificationCheck
                  key={check.id}
                  organizationId={organization.id}
                  check={check}
                  nameOf={nameOf}
                  editing={writable ? editing === check.id : null}
                  onEdit={(open) => setEditing(open ? check.id : null)}
                  onChanged={onChanged}
                />
              ))}
              {writable && recording !== method && (
                <button type="button" className="button button-secondary button-small" onClick={() => setRecording(method)}>
                  {t('verification.addCheck')}
                </button>
              )}
              {writable && recording === method && (
                <RecordCheckForm
                  organizationId={organization.id}
                  regionCode={organization.region?.code ?? null}
                  method={method}
                  onDone={() => {
                    setRecording(null);
                    onChanged();
                  }}
                />
              )}
            </li>
          );
        })}
      </ol>

      {writable && <DecisionForm organizationId={organization.id} onDone={onChanged} />}
      <VerificationHistory history={verification.history} nameOf={nameOf} />
    </section>
  );
}
