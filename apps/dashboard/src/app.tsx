import type { ReactNode } from 'react';
import { canWrite, isAdmin, roleOf, useViewer, writeRestriction } from './auth/session';
import { UserMenu } from './auth/user-menu';
import { LanguageSwitch } from './i18n/language-switch';
import { useI18n } from './i18n/i18n';
import { AnnouncementComposerPage } from './features/announcements/announcement-composer-page';
import { AnnouncementsPage, composesAnnouncements } from './features/announcements/announcements-page';
import { UnsubscribePage } from './features/announcements/unsubscribe-page';
import { ApiKeysPage } from './features/api-keys/api-keys-page';
import { AuditLogPage } from './features/audit-log/audit-log-page';
import { ComparePage } from './features/analytics/compare-page';
import { BookingsPage } from './features/bookings/bookings-page';
import { EmailDeliveriesPage } from './features/email-deliveries/email-deliveries-page';
import { FeedbackNavLink } from './features/feedback/feedback-nav-link';
import { FeedbackThreadPage } from './features/feedback/feedback-thread-page';
import { FeedbackThreadsPage, takesPartInFeedback } from './features/feedback/feedback-threads-page';
import { NewFeedbackThreadPage } from './features/feedback/new-feedback-thread-page';
import { LoginPage } from './features/login/login-page';
import { NeedPage } from './features/needs/need-page';
import { NeedsPage } from './features/needs/needs-page';
import { RecordNeedPage } from './features/needs/record-need-page';
import { InboxPage } from './features/notifications/inbox-page';
import { NotificationBell } from './features/notifications/notification-bell';
import { PreferencesPage } from './features/notification-preferences/preferences-page';
import { CreateOrganizationPage } from './features/organization-form/create-organization-page';
import { EditOrganizationPage } from './features/organization-form/edit-organization-page';
import { ImportPage } from './features/organization-import/import-page';
import { OrganizationPage } from './features/organization/organization-page';
import { OrganizationsPage } from './features/organizations/organizations-page';
import { OverviewPage } from './features/overview/overview-page';
import { RegionPage } from './features/region/region-page';
import { CompletenessPage } from './features/completeness/completeness-page';
import { EditReportFormPage, NewReportFormPage } from './features/report-forms/form-designer-page';
import { ReportFormsPage } from './features/report-forms/report-forms-page';
import { ReportPage } from './features/reports/report-page';
import { ReportsPage } from './features/reports/reports-page';
import { RegionsPage } from './features/regions/regions-page';
import { RequestPage } from './features/request/request-page';
import { RequestsBoardPage } from './features/requests/requests-board-page';
import { StaffPage } from './features/staff/staff-page';
import { TrainingPage } from './features/trainings/training-page';
import { TrainingsPage } from './features/trainings/trainings-page';
import { Link, matchPath, NavLink, useLocation } from './routing/router';
import { NotAllowed } from './ui/access';
import { EmptyState, Loading } from './ui/status';

function isOrganizationsPath(path: string): boolean {
  return path === '/organizations' || (path.startsWith('/organizations/') && path !== '/organizations/new' && path !== '/organizations/import');
}

const startsWith = (prefix: string) => (path: string) => path === prefix || path.startsWith(`${prefix}/`);

function Page({ path }: { path: string }): ReactNode {
  const { t } = useI18n();
  const viewer = useViewer();
  const adminOnly = (page: ReactNode) => (isAdmin(viewer) ? page : <NotAllowed reason="ADMIN_ONLY" />);
  // The feedback channel is the region's staff's and the republican office's; analysts' role does not see the correspondence.
  const feedbackOnly = (page: ReactNode) => (takesPartInFeedback(viewer) ? page : <NotAllowed reason="PERSONAL_DATA_HIDDEN_FOR_ROLE" />);
  const writersOnly = (page: ReactNode) => (canWrite(viewer) ? page : <NotAllowed reason={writeRestriction(viewer) ?? 'READ_ONLY_ROLE'} />);
  if (path === '/') return <OverviewPage />;
  if (path === '/login') return <LoginPage />;
  if (path === '/regions') return <RegionsPage />;
  if (path === '/compare') return <ComparePage />;
  const region = matchPath('/regions/:code', path);
  if (region?.['code']) return <RegionPage key={region['code']} code={region['code']} />;
  if (path === '/organizations') return <OrganizationsPage />;
  if (path === '/organizations/new') return writersOnly(<CreateOrganizationPage />);
  if (path === '/organizations/import') return writersOnly(<ImportPage />);
  if (path === '/requests') return <RequestsBoardPage />;
  if (path === '/trainings') return <TrainingsPage />;
  if (path === '/bookings') return <BookingsPage />;
  if (path === '/needs') return <NeedsPage />;
  if (path === '/needs/new') return writersOnly(<RecordNeedPage />);
  if (path === '/feedback') return feedbackOnly(<FeedbackThreadsPage />);
  if (path === '/feedback/new') return feedbackOnly(<NewFeedbackThreadPage />);
  if (path === '/notifications') return <InboxPage />;
  if (path === '/settings/notifications') return <PreferencesPage />;
  if (path === '/announcements') return <AnnouncementsPage />;
  if (path === '/announcements/new') return composesAnnouncements(roleOf(viewer)) ? <AnnouncementComposerPage /> : <NotAllowed reason="READ_ONLY_ROLE" />;
  if (path === '/email-deliveries') return adminOnly(<EmailDeliveriesPage />);
  if (path === '/report-forms') return <ReportFormsPage />;
  if (path === '/report-forms/new') return adminOnly(<NewReportFormPage />);
  if (path === '/reports') return <ReportsPage />;
  if (path === '/completeness') return <CompletenessPage formId={null} />;
  if (path === '/staff') return adminOnly(<StaffPage />);
  if (path === '/api-keys') return adminOnly(<ApiKeysPage />);
  if (path === '/audit-log') return adminOnly(<AuditLogPage />);
  const edit = matchPath('/organizations/:id/edit', path);
  if (edit?.['id']) return writersOnly(<EditOrganizationPage key={edit['id']} id={edit['id']} />);
  const organization = matchPath('/organizations/:id', path);
  // key: a different organization starts with a fresh request form.
  if (organization?.['id']) return <OrganizationPage key={organization['id']} id={organization['id']} />;
  const request = matchPath('/requests/:id', path);
  if (request?.['id']) return <RequestPage key={request['id']} id={request['id']} />;
  const thread = matchPath('/feedback/:id', path);
  if (thread?.['id']) return feedbackOnly(<FeedbackThreadPage key={thread['id']} id={thread['id']} />);
  const reportForm = matchPath('/report-forms/:id', path);
  if (reportForm?.['id']) return adminOnly(<EditReportFormPage key={reportForm['id']} id={reportForm['id']} />);
  const report = matchPath('/reports/:id', path);
  if (report?.['id']) return <ReportPage key={report['id']} id={report['id']} />;
  const completeness = matchPath('/completeness/:formId', path);
  if (completeness?.['formId']) return <CompletenessPage key={completeness['formId']} formId={completeness['formId']} />;
  const need = matchPath('/needs/:id', path);
  if (need?.['id']) return <NeedPage key={need['id']} id={need['id']} />;
  const training = matchPath('/trainings/:id', path);
  if (training?.['id']) return <TrainingPage key={training['id']} id={training['id']} />;
  return <EmptyState>{t('common.notFoundPage')}</EmptyState>;
}

export function App() {
  const { t } = useI18n();
  const { path } = useLocation();
  const viewer = useViewer();
  const known = viewer.kind === 'account' || viewer.kind === 'development';
  return (
    <div className="app">
      <header className="header">
        <div className="header-inner">
          <Link to="/" className="brand">
            <span className="brand-name">{t('app.title')}</span>
            <span className="brand-tagline">{t('app.tagline')}</span>
          </Link>
          {known && (
            <nav className="nav" aria-label={t('nav.label')}>
              <NavLink to="/">{t('nav.overview')}</NavLink>
              <NavLink to="/regions" isActive={startsWith('/regions')}>
                {t('nav.regions')}
              </NavLink>
              <NavLink to="/organizations" isActive={isOrganizationsPath}>
                {t('nav.organizations')}
              </NavLink>
              <NavLink to="/requests" isActive={startsWith('/requests')}>
                {t('nav.requests')}
              </NavLink>
              <NavLink to="/trainings" isActive={startsWith('/trainings')}>
                {t('nav.trainings')}
              </NavLink>
              <NavLink to="/bookings">{t('nav.bookings')}</NavLink>
              <NavLink to="/needs" isActive={startsWith('/needs')}>
                {t('nav.needs')}
              </NavLink>
              <NavLink to="/reports" isActive={startsWith('/reports')}>
                {t('nav.reports')}
              </NavLink>
              <NavLink to="/completeness" isActive={startsWith('/completeness')}>
                {t('nav.completeness')}
              </NavLink>
              {isAdmin(viewer) && (
                <NavLink to="/report-forms" isActive={startsWith('/report-forms')}>
                  {t('nav.reportForms')}
                </NavLink>
              )}
              {takesPartInFeedback(viewer) && <FeedbackNavLink />}
              <NavLink to="/notifications">{t('nav.notifications')}</NavLink>
              <NavLink to="/announcements" isActive={startsWith('/announcements')}>
                {t('nav.announcements')}
              </NavLink>
              {canWrite(viewer) && <NavLink to="/organizations/new">{t('nav.newOrganization')}</NavLink>}
              {canWrite(viewer) && <NavLink to="/organizations/import">{t('nav.import')}</NavLink>}
              {isAdmin(viewer) && <NavLink to="/staff">{t('nav.staff')}</NavLink>}
              {isAdmin(viewer) && <NavLink to="/api-keys">{t('nav.apiKeys')}</NavLink>}
              {isAdmin(viewer) && <NavLink to="/audit-log">{t('nav.auditLog')}</NavLink>}
              {isAdmin(viewer) && <NavLink to="/email-deliveries">{t('nav.emailDeliveries')}</NavLink>}
            </nav>
          )}
          <div className="header-tools">
            {known && <NotificationBell />}
            <LanguageSwitch />
            <UserMenu />
          </div>
        </div>
      </header>
      <main className="main">{path === '/unsubscribe' ? <UnsubscribePage /> : viewer.kind === 'unknown' ? <Loading /> : viewer.kind === 'anonymous' ? <LoginPage next={path} /> : <Page path={path} />}</main>
    </div>
  );
}
