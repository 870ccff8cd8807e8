import { useQuery } from '@apollo/client/react';
import { canWrite, roleOf, useViewer } from '../../auth/session';
import { errorCodeOf } from '../../errors/graphql-errors';
import { useI18n } from '../../i18n/i18n';
import { Link } from 'react-router';
import { AccessHidden } from '../../ui/access';
import { LoadMore } from '../../ui/load-more';
import { EmptyState, ErrorNotice, Loading, Unavailable } from '../../ui/status';
import { formatIsoDay } from '../reference/dates';
import { useStaffDirectory } from '../reference/use-staff-names';
import { AssistanceRequestForm } from './assistance-request-form';
import { ContactLog } from './contact-log';
import { CooperationPanel } from './cooperation-panel';
import { MergePanel } from './merge-panel';
import { organizationPageVariables, OrganizationPageQuery } from './organization.graphql';
import { VerificationPanel } from './verification-panel';

export function OrganizationPage({ id }: { id: string }) {
  const i18n = useI18n();
  const { t, name, formatDate, formatNumber } = i18n;
  const viewer = useViewer();
  const staff = useStaffDirectory();
  // errorPolicy 'all': the organization still shows when the assistance subgraph is down.
  const { data, loading, error, refetch, fetchMore } = useQuery(OrganizationPageQuery, {
    variables: organizationPageVariables(id),
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
  });

  if (loading && !data) return <Loading />;
  const organization = data?.organization;
  if (!organization) {
    // An id that is not a UUID comes back as BAD_USER_INPUT; for the reader it is simply not found.
    const notFound = !error || errorCodeOf(error) === 'NOT_FOUND' || errorCodeOf(error) === 'BAD_USER_INPUT';
    return (
      <section>
        {notFound ? <EmptyState>{t('organization.notFound')}</EmptyState> : <ErrorNotice error={error} onRetry={() => void refetch()} />}
        <Link to="/organizations">{t('organization.backToList')}</Link>
      </section>
    );
  }

  const requests = organization.assistanceRequests;

  const reload = () => void refetch();
  const writable = canWrite(viewer, organization.region.code);
  const otherNames = [
    ['organization.nameKk', organization.nameKk],
    ['organization.nameRu', organization.nameRu],
    ['organization.nameLatin', organization.nameLatin],
  ] as const;

  return (
    <section>
      <Link to="/organizations" className="back-link">
        {t('organization.backToList')}
      </Link>
      <div className="page-heading">
        <h1 data-testid="organization-name">{organization.name}</h1>
        <div className="action-buttons">
          <span className={`badge badge-large verification-${organization.verificationStatus.toLowerCase()}`}>{t(`verificationStatus.${organization.verificationStatus}`)}</span>
          {writable && (
            <Link to={`/organizations/${organization.id}/edit`} className="button">
              {t('organization.edit')}
            </Link>
          )}
        </div>
      </div>
      {error != null && <ErrorNotice error={error} />}
      <dl className="details card" data-testid="organization-details">
        {otherNames.map(([label, value]) => (
          <div key={label}>
            <dt>{t(label)}</dt>
            <dd>{value ?? t('common.notSet')}</dd>
          </div>
        ))}
        <div>
          <dt>{t('organization.kind')}</dt>
          <dd>{t(`organizationKind.${organization.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('organization.status')}</dt>
          <dd>{t(`organizationStatus.${organization.status}`)}</dd>
        </div>
        {organization.kind === 'NGO' && (
          <>
            <div>
              <dt>{t('organization.legalForm')}</dt>
              <dd>{organization.legalForm ? t(`legalForm.${organization.legalForm}`) : t('common.notSet')}</dd>
            </div>
            <div>
              <dt>{t('organization.bin')}</dt>
              <dd data-testid="organization-bin">{organization.bin ?? t('common.notSet')}</dd>
            </div>
          </>
        )}
        <div>
          <dt>{t('organization.qazvolunteerId')}</dt>
          <dd>{organization.qazvolunteerId ?? t('common.notSet')}</dd>
        </div>
        <div>
          <dt>{t('organization.volunteerCount')}</dt>
          <dd>{organization.volunteerCount == null ? t('common.notSet') : formatNumber(organization.volunteerCount)}</dd>
        </div>
        <div>
          <dt>{t('organization.foundedOn')}</dt>
          <dd>{organization.foundedOn ? formatIsoDay(organization.foundedOn) : t('common.notSet')}</dd>
        </div>
        <div>
          <dt>{t('organization.region')}</dt>
          <dd>{name(organization.region.name)}</dd>
        </div>
        <div>
          <dt>{t('organization.district')}</dt>
          <dd>{organization.district ? name(organization.district.name) : t('common.notSet')}</dd>
        </div>
        <div>
          <dt>{t('organization.createdAt')}</dt>
          <dd>
            {formatDate(organization.createdAt)} <span className="muted small">{staff.nameOf(organization.createdBy)}</span>
          </dd>
        </div>
        <div>
          <dt>{t('organization.updatedAt')}</dt>
          <dd>
            {formatDate(organization.updatedAt)} {organization.updatedBy && <span className="muted small">{staff.nameOf(organization.updatedBy)}</span>}
            <span className="muted small"> · {t('organization.version', { version: organization.version })}</span>
          </dd>
        </div>
        <div className="details-wide">
          <dt>{t('organization.directions')}</dt>
          <dd>
            <ul className="tags">
              {organization.directions.map((direction) => (
                <li key={direction} className="tag">
                  {t(`direction.${direction}`)}
                </li>
              ))}
            </ul>
          </dd>
        </div>
        <div className="details-wide">
          <dt>{t('organization.categories')}</dt>
          <dd>
            {organization.categories.length === 0 ? (
              t('common.notSet')
            ) : (
              <ul className="tags">
                {organization.categories.map((category) => (
                  <li key={category} className="tag">
                    {t(`category.${category}`)}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div className="details-wide">
          <dt>{t('organization.modes')}</dt>
          <dd>{organization.modes.length === 0 ? t('common.notSet') : organization.modes.map((mode) => t(`mode.${mode}`)).join(', ')}</dd>
        </div>
        <div className="details-wide">
          <dt>{t('organization.description')}</dt>
          <dd className="request-description">{organization.description ?? t('common.notSet')}</dd>
        </div>
        <div className="details-wide">
          <dt>{t('organization.contactPeople')}</dt>
          <dd>
            {organization.contactPeople.length === 0 ? (
              t('common.notSet')
            ) : (
              <ul className="people" data-testid="contact-people">
                {organization.contactPeople.map((person, index) => (
                  <li key={`${person.name ?? ''}-${index}`}>
                    {person.personalDataHidden ? <AccessHidden reason={person.personalDataHidden} /> : <strong>{person.name}</strong>}
                    {person.role && <span className="muted"> · {person.role}</span>}
                    {[...(person.phones ?? []), ...(person.emails ?? [])].length > 0 && <div className="small">{[...(person.phones ?? []), ...(person.emails ?? [])].join(' · ')}</div>}
                    {person.socialLinks && person.socialLinks.length > 0 && (
                      <div className="small">
                        {person.socialLinks.map((link) => (
                          <a key={link} href={link} target="_blank" rel="noreferrer noopener" className="people-link">
                            {link}
                          </a>
                        ))}
                      </div>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>

      <VerificationPanel organization={organization} nameOf={staff.nameOf} writable={writable} onChanged={reload} />

      <ContactLog
        organization={organization}
        nameOf={staff.nameOf}
        writable={writable}
        onChanged={reload}
        onLoadMore={(after) => fetchMore({ variables: { contactsAfter: after } })}
      />

      <div className="two-columns">
        <div>
          <h2>
            {t('organization.requests.title')}
            {requests && <span className="count"> {t('organization.requests.count', { count: formatNumber(requests.totalCount) })}</span>}
          </h2>
          {!requests ? (
            <p data-testid="requests-unavailable">
              <Unavailable />
            </p>
          ) : requests.withheld ? (
            <p data-testid="requests-withheld">
              <AccessHidden reason={requests.withheld} />
            </p>
          ) : requests.edges.length === 0 ? (
            <EmptyState>{t('organization.requests.empty')}</EmptyState>
          ) : (
            <>
              <ul className="request-list" data-testid="request-list">
                {requests.edges.map(({ node }) => (
                  <li key={node.id} className="card request">
                    <div className="request-head">
                      <Link to={`/requests/${node.id}`}>
                        <strong>{t(`assistanceType.${node.type}`)}</strong>
                      </Link>
                      <span className={`badge status-${node.status.toLowerCase()}`}>{t(`status.${node.status}`)}</span>
                    </div>
                    <div className="muted">{t(`assistanceSubtype.${node.subtype}`)}</div>
                    <p className="request-description">{node.personalDataHidden ? <AccessHidden reason={node.personalDataHidden} /> : node.description}</p>
                    {node.outcome && (
                      <div className="small" data-testid="request-outcome">
                        {t('request.outcome.title')}: <strong>{t(`outcome.${node.outcome.result}`)}</strong>
                        {node.outcome.link && (
                          <>
                            {' · '}
                            <a href={node.outcome.link} target="_blank" rel="noreferrer noopener">
                              {node.outcome.link}
                            </a>
                          </>
                        )}
                      </div>
                    )}
                    {node.rating && (
                      <div className="small" data-testid="request-rating">
                        {t('request.rating.title')}: <span className="stars">{'★'.repeat(node.rating.score)}{'☆'.repeat(5 - node.rating.score)}</span>{' '}
                        {t('request.rating.value', { score: node.rating.score })}
                        {node.rating.comment && <span className="muted"> · {node.rating.comment}</span>}
                      </div>
                    )}
                    <div className="muted small">{formatDate(node.createdAt)}</div>
                  </li>
                ))}
              </ul>
              <LoadMore pageInfo={requests.pageInfo} onLoad={(after) => fetchMore({ variables: { requestsAfter: after } })} />
            </>
          )}
        </div>
        {roleOf(viewer) !== 'ANALYST' && <AssistanceRequestForm organizationId={organization.id} />}
      </div>

      <div className="two-columns">
        <div>
          <h2>{t('organization.bookings.title')}</h2>
          {!organization.bookings ? (
            <p>
              <Unavailable />
            </p>
          ) : organization.bookings.withheld ? (
            <p>
              <AccessHidden reason={organization.bookings.withheld} />
            </p>
          ) : organization.bookings.edges.length === 0 ? (
            <EmptyState>{t('organization.bookings.empty')}</EmptyState>
          ) : (
            <ul className="request-list" data-testid="organization-bookings">
              {organization.bookings.edges.map(({ node }) => (
                <li key={node.id} className="card">
                  <div className="request-head">
                    <strong>{node.resource?.name ?? t('common.unavailable')}</strong>
                    <span className={`badge booking-${node.status.toLowerCase()}`}>{t(`bookingStatus.${node.status}`)}</span>
                  </div>
                  <div className="small">
                    {formatDate(node.startsAt)} – {formatDate(node.endsAt)}
                  </div>
                  {node.purpose && <div className="muted small">{node.purpose}</div>}
                  {node.personalDataHidden && (
                    <div className="small">
                      <AccessHidden reason={node.personalDataHidden} />
                    </div>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h2>{t('organization.trainings.title')}</h2>
          {!organization.trainings ? (
            <p>
              <Unavailable />
            </p>
          ) : organization.trainings.withheld ? (
            <p>
              <AccessHidden reason={organization.trainings.withheld} />
            </p>
          ) : organization.trainings.edges.length === 0 ? (
            <EmptyState>{t('organization.trainings.empty')}</EmptyState>
          ) : (
            <ul className="request-list" data-testid="organization-trainings">
              {organization.trainings.edges.map(({ node }) => (
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
      </div>

      <CooperationPanel organizationId={organization.id} writable={writable} nameOf={staff.nameOf} />

      {writable && <MergePanel organization={organization} onMerged={reload} />}
    </section>
  );
}
