import { Link } from 'react-router';
import type { OrganizationPageQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { AccessHidden } from '../../ui/access';
import { EmptyState, Unavailable } from '../../ui/status';

type Trainings = NonNullable<OrganizationPageQuery['organization']>['trainings'];

/** The trainings the organization registered for, with its participants, waitlist place and attendance. */
export function OrganizationTrainings({ trainings }: { trainings: Trainings }) {
  const { t, formatDate, formatNumber } = useI18n();
  return (
    <div>
      <h2>{t('organization.trainings.title')}</h2>
      {!trainings ? (
        <p>
          <Unavailable />
        </p>
      ) : trainings.withheld ? (
        <p>
          <AccessHidden reason={trainings.withheld} />
        </p>
      ) : trainings.edges.length === 0 ? (
        <EmptyState>{t('organization.trainings.empty')}</EmptyState>
      ) : (
        <ul className="request-list" data-testid="organization-trainings">
          {trainings.edges.map(({ node }) => (
            <li key={node.id} className="card">
              <div className="request-head">
                {node.training ? <Link to={`/trainings/${node.training.id}`}>{node.training.topic}</Link> : <span>{t('common.unavailable')}</span>}
                <span className="badge">{t(`registrationStatus.${node.status}`)}</span>
              </div>
              {node.training && (
                <div className="small">
                  {formatDate(node.training.startsAt)} · {node.training.venue}
                </div>
              )}
              <div className="muted small">
                {t('training.participants')}: {formatNumber(node.participants)}
                {node.waitlistPosition != null && ` · ${t('training.waitlistPosition', { position: node.waitlistPosition })}`}
                {node.attendance && ` · ${t(`attendance.${node.attendance}`)}`}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
