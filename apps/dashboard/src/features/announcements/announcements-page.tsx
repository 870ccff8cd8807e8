import { useMutation, useQuery } from '@apollo/client/react';
import { regionOf, roleOf, useViewer } from '../../auth/session';
import type { AnnouncementFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { Link, useSearchParams } from 'react-router';
import { DataTable } from '../../ui/data-table';
import { PagedList } from '../../ui/paged-list';
import { useActionFailure } from '../../ui/use-action-failure';
import { ErrorNotice } from '../../ui/status';
import { AnnouncementGuidesDisclosure } from '../guides/announcement-guides';
import { useRegionOptions } from '../reference/use-region-options';
import { composesAnnouncements } from './announcement-roles';
import { ANNOUNCEMENTS_PAGE_SIZE, AnnouncementsQuery, CancelAnnouncementMutation, SendAnnouncementMutation } from './announcements.graphql';

function Figures({ node }: { node: AnnouncementFieldsFragment }) {
  const { t, formatNumber } = useI18n();
  const f = node.figures;
  return (
    <>
      <td data-testid="figure-audience">{formatNumber(f.audience)}</td>
      <td data-testid="figure-sent">
        {formatNumber(f.sent)}
        {f.pending > 0 && <div className="muted small">{t('announcements.pending', { count: formatNumber(f.pending) })}</div>}
      </td>
      <td data-testid="figure-failed">{formatNumber(f.failed)}</td>
      <td data-testid="figure-unsubscribed">{formatNumber(f.unsubscribed)}</td>
      <td data-testid="figure-staff">{formatNumber(f.staffNotified)}</td>
    </>
  );
}

function Actions({ node, mayChange }: { node: AnnouncementFieldsFragment; mayChange: boolean }) {
  const { t } = useI18n();
  const [send, sending] = useMutation(SendAnnouncementMutation);
  const [cancel, cancelling] = useMutation(CancelAnnouncementMutation);
  const { failure, run } = useActionFailure();
  if (!mayChange || (node.status !== 'DRAFT' && node.status !== 'SCHEDULED')) return <td />;
  return (
    <td>
      <div className="form-actions">
        <button type="button" className="button" disabled={sending.loading} onClick={() => void run(() => send({ variables: { id: node.id } }))}>
          {t('announcements.send')}
        </button>
        <button type="button" className="button button-secondary" disabled={cancelling.loading} onClick={() => void run(() => cancel({ variables: { id: node.id } }))}>
          {t('announcements.cancel')}
        </button>
      </div>
      {failure !== null && <ErrorNotice error={failure} />}
    </td>
  );
}

/** Announcements, newest first, with what became of their e-mails (audience, sent, failed, unsubscribed) and the staff told in the app. */
export function AnnouncementsPage() {
  const { t, name, formatDate } = useI18n();
  const viewer = useViewer();
  const role = roleOf(viewer);
  const ownRegion = regionOf(viewer);
  // From a notification: that announcement's text is shown open.
  const openId = useSearchParams()[0].get('id');
  const regions = useRegionOptions();
  const regionName = (code: string) => {
    const region = regions.data?.regions.find((candidate) => candidate.code === code);
    return region ? name(region.name) : code;
  };
  const announcements = useQuery(AnnouncementsQuery, { variables: { first: ANNOUNCEMENTS_PAGE_SIZE }, fetchPolicy: 'cache-and-network' });
  const mayChange = (node: AnnouncementFieldsFragment) => role === 'REPUBLICAN_ADMIN' || (role === 'REGIONAL_STAFF' && node.ownerRegionCode === ownRegion);
  return (
    <section>
      <h1>{t('announcements.title')}</h1>
      <p className="muted">{t('announcements.intro')}</p>
      {composesAnnouncements(role) && (
        <p>
          <Link to="/announcements/new" className="button">
            {t('announcements.new')}
          </Link>
        </p>
      )}
      <PagedList query={announcements} connection={announcements.data?.announcements} empty={t('announcements.empty')}>
        {(nodes) => (
          <>
            <DataTable
              testId="announcements-table"
              columns={[
                t('announcements.col.announcement'),
                t('announcements.col.status'),
                t('announcements.col.audience'),
                t('announcements.col.sent'),
                t('announcements.col.failed'),
                t('announcements.col.unsubscribed'),
                t('announcements.col.staff'),
                t('announcements.col.actions'),
              ]}
            >
              {nodes.map((node) => (
                <tr key={node.id} data-testid="announcement-row" data-status={node.status}>
                  <td>
                    <strong>{node.title}</strong>
                    <div className="muted small">
                      {t(`announcements.topic.${node.topic}`)} ·{' '}
                      {node.target.regionCodes.length ? node.target.regionCodes.map(regionName).join(', ') : t('announcements.wholeCountry')}
                    </div>
                    <details open={openId === node.id} data-testid="announcement-text">
                      <summary>{t('announcements.read')}</summary>
                      {node.body.split(/\n\s*\n/).map((paragraph, index) => (
                        <p key={index}>{paragraph}</p>
                      ))}
                      {node.link && (
                        <p className="break">
                          <a href={node.link} target="_blank" rel="noreferrer">
                            {node.link}
                          </a>
                        </p>
                      )}
                    </details>
                    <AnnouncementGuidesDisclosure announcementId={node.id} editable={mayChange(node) && (node.status === 'DRAFT' || node.status === 'SCHEDULED')} />
                  </td>
                  <td>
                    <span className="badge">{t(`announcements.status.${node.status}`)}</span>
                    {node.scheduledAt && <div className="muted small">{t('announcements.scheduledFor', { date: formatDate(node.scheduledAt) })}</div>}
                    {node.sentAt && <div className="muted small">{t('announcements.sentOn', { date: formatDate(node.sentAt) })}</div>}
                  </td>
                  <Figures node={node} />
                  <Actions node={node} mayChange={mayChange(node)} />
                </tr>
              ))}
            </DataTable>
          </>
        )}
      </PagedList>
    </section>
  );
}
