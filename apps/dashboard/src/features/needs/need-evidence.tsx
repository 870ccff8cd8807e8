import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import type { NeedPageQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { NeedEvidenceNamesQuery } from './needs.graphql';

type Need = NonNullable<NeedPageQuery['need']>;

/**
 * What the entry rests on. Names come from the registry and assistance in a query of their own, so
 * the entry shows even when they cannot answer; then the ids stand in.
 */
export function NeedEvidence({ need }: { need: Need }) {
  const { t } = useI18n();
  const { evidence } = need;
  const any = evidence.organizationIds.length + evidence.contactIds.length + evidence.assistanceRequestIds.length + evidence.trainingIds.length > 0;
  const names = useQuery(NeedEvidenceNamesQuery, { variables: { id: need.id }, skip: !any, errorPolicy: 'all', fetchPolicy: 'cache-and-network' });
  const named = names.data?.need?.evidence;
  const short = (id: string) => id.slice(0, 8);
  if (!any) return <p className="muted">{t('need.evidence.none')}</p>;
  return (
    <dl className="details card evidence" data-testid="need-evidence">
      {evidence.organizationIds.length > 0 && (
        <div className="details-wide">
          <dt>{t('need.evidence.organizations')}</dt>
          <dd>
            <ul className="plain-list">
              {evidence.organizationIds.map((id, index) => (
                <li key={id}>
                  <Link to={`/organizations/${id}`}>{named?.organizations[index]?.name ?? t('need.evidence.record', { id: short(id) })}</Link>
                </li>
              ))}
            </ul>
          </dd>
        </div>
      )}
      {evidence.assistanceRequestIds.length > 0 && (
        <div className="details-wide">
          <dt>{t('need.evidence.requests')}</dt>
          <dd>
            <ul className="plain-list">
              {evidence.assistanceRequestIds.map((id, index) => {
                const subtype = named?.assistanceRequests[index]?.subtype;
                return (
                  <li key={id}>
                    <Link to={`/requests/${id}`}>{subtype ? t(`assistanceSubtype.${subtype}`) : t('need.evidence.record', { id: short(id) })}</Link>
                  </li>
                );
              })}
            </ul>
          </dd>
        </div>
      )}
      {evidence.trainingIds.length > 0 && (
        <div className="details-wide">
          <dt>{t('need.evidence.trainings')}</dt>
          <dd>
            <ul className="plain-list">
              {evidence.trainingIds.map((id, index) => (
                <li key={id}>
                  <Link to={`/trainings/${id}`}>{named?.trainings[index]?.topic ?? t('need.evidence.record', { id: short(id) })}</Link>
                </li>
              ))}
            </ul>
          </dd>
        </div>
      )}
      {evidence.contactIds.length > 0 && (
        <div className="details-wide">
          <dt>{t('need.evidence.contacts')}</dt>
          <dd>{t('need.evidence.contactCount', { count: evidence.contactIds.length })}</dd>
        </div>
      )}
    </dl>
  );
}
