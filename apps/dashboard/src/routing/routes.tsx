import { Route, Routes } from 'react-router';
import { Layout } from '../layout/layout';
import { lazyPage } from './lazy-page';
import { NotFoundPage } from './not-found-page';

// Each page is its own chunk, fetched when first opened. A page keyed by its parameters (key:
// another organization, another region) starts fresh, e.g. with an empty request form.
const OverviewRoute = lazyPage(
  () => import('../features/overview/overview-page'),
  (m) => <m.OverviewPage />,
);
const LoginRoute = lazyPage(
  () => import('../features/login/login-page'),
  (m) => <m.LoginPage />,
);
const UnsubscribeRoute = lazyPage(
  () => import('../features/announcements/unsubscribe-page'),
  (m) => <m.UnsubscribePage />,
);
const PortalRoute = lazyPage(
  () => import('../features/portal/portal-page'),
  (m) => <m.PortalPage />,
);
const RegionsRoute = lazyPage(
  () => import('../features/regions/regions-page'),
  (m) => <m.RegionsPage />,
);
const RegionsCodeRoute = lazyPage(
  () => import('../features/region/region-page'),
  (m, { code = '' }) => <m.RegionPage key={code} code={code} />,
);
const CompareRoute = lazyPage(
  () => import('../features/analytics/compare-page'),
  (m) => <m.ComparePage />,
);
const OrganizationsRoute = lazyPage(
  () => import('../features/organizations/organizations-page'),
  (m) => <m.OrganizationsPage />,
);
const OrganizationsNewRoute = lazyPage(
  () => import('../features/organization-form/create-organization-page'),
  (m) => <m.CreateOrganizationPage />,
  'writer',
);
const OrganizationsImportRoute = lazyPage(
  () => import('../features/organization-import/import-page'),
  (m) => <m.ImportPage />,
  'writer',
);
const OrganizationsIdRoute = lazyPage(
  () => import('../features/organization/organization-page'),
  (m, { id = '' }) => <m.OrganizationPage key={id} id={id} />,
);
const OrganizationsIdEditRoute = lazyPage(
  () => import('../features/organization-form/edit-organization-page'),
  (m, { id = '' }) => <m.EditOrganizationPage key={id} id={id} />,
  'writer',
);
const RequestsRoute = lazyPage(
  () => import('../features/requests/requests-board-page'),
  (m) => <m.RequestsBoardPage />,
);
const RequestsIdRoute = lazyPage(
  () => import('../features/request/request-page'),
  (m, { id = '' }) => <m.RequestPage key={id} id={id} />,
);
const TrainingsRoute = lazyPage(
  () => import('../features/trainings/trainings-page'),
  (m) => <m.TrainingsPage />,
);
const TrainingsIdRoute = lazyPage(
  () => import('../features/trainings/training-page'),
  (m, { id = '' }) => <m.TrainingPage key={id} id={id} />,
);
const BookingsRoute = lazyPage(
  () => import('../features/bookings/bookings-page'),
  (m) => <m.BookingsPage />,
);
const ProgrammesRoute = lazyPage(
  () => import('../features/programmes/programmes-page'),
  (m) => <m.ProgrammesPage />,
);
const GuidesRoute = lazyPage(
  () => import('../features/guides/guides-page'),
  (m) => <m.GuidesPage />,
);
const DirectoryRoute = lazyPage(
  () => import('../features/directory/directory-page'),
  (m) => <m.DirectoryPage />,
);
const JointEventsRoute = lazyPage(
  () => import('../features/joint-events/joint-events-page'),
  (m) => <m.JointEventsPage />,
);
const PublicationsRoute = lazyPage(
  () => import('../features/publications/publications-page'),
  (m) => <m.PublicationsPage />,
);
const NeedsRoute = lazyPage(
  () => import('../features/needs/needs-page'),
  (m) => <m.NeedsPage />,
);
const NeedsNewRoute = lazyPage(
  () => import('../features/needs/record-need-page'),
  (m) => <m.RecordNeedPage />,
  'writer',
);
const NeedsIdRoute = lazyPage(
  () => import('../features/needs/need-page'),
  (m, { id = '' }) => <m.NeedPage key={id} id={id} />,
);
const FeedbackRoute = lazyPage(
  () => import('../features/feedback/feedback-threads-page'),
  (m) => <m.FeedbackThreadsPage />,
  'feedback',
);
const FeedbackNewRoute = lazyPage(
  () => import('../features/feedback/new-feedback-thread-page'),
  (m) => <m.NewFeedbackThreadPage />,
  'feedback',
);
const FeedbackIdRoute = lazyPage(
  () => import('../features/feedback/feedback-thread-page'),
  (m, { id = '' }) => <m.FeedbackThreadPage key={id} id={id} />,
  'feedback',
);
const NotificationsRoute = lazyPage(
  () => import('../features/notifications/inbox-page'),
  (m) => <m.InboxPage />,
);
const SettingsNotificationsRoute = lazyPage(
  () => import('../features/notification-preferences/preferences-page'),
  (m) => <m.PreferencesPage />,
);
const AnnouncementsRoute = lazyPage(
  () => import('../features/announcements/announcements-page'),
  (m) => <m.AnnouncementsPage />,
);
const AnnouncementsNewRoute = lazyPage(
  () => import('../features/announcements/announcement-composer-page'),
  (m) => <m.AnnouncementComposerPage />,
  'announcer',
);
const ReportFormsRoute = lazyPage(
  () => import('../features/report-forms/report-forms-page'),
  (m) => <m.ReportFormsPage />,
);
const ReportFormsNewRoute = lazyPage(
  () => import('../features/report-forms/form-designer-page'),
  (m) => <m.NewReportFormPage />,
  'admin',
);
const ReportFormsIdRoute = lazyPage(
  () => import('../features/report-forms/form-designer-page'),
  (m, { id = '' }) => <m.EditReportFormPage key={id} id={id} />,
  'admin',
);
const ReportsRoute = lazyPage(
  () => import('../features/reports/reports-page'),
  (m) => <m.ReportsPage />,
);
const ReportsIdRoute = lazyPage(
  () => import('../features/reports/report-page'),
  (m, { id = '' }) => <m.ReportPage key={id} id={id} />,
);
const CompletenessRoute = lazyPage(
  () => import('../features/completeness/completeness-page'),
  (m) => <m.CompletenessPage formId={null} />,
);
const CompletenessFormidRoute = lazyPage(
  () => import('../features/completeness/completeness-page'),
  (m, { formId = '' }) => <m.CompletenessPage key={formId} formId={formId} />,
);
const EmailDeliveriesRoute = lazyPage(
  () => import('../features/email-deliveries/email-deliveries-page'),
  (m) => <m.EmailDeliveriesPage />,
  'admin',
);
const StaffRoute = lazyPage(
  () => import('../features/staff/staff-page'),
  (m) => <m.StaffPage />,
  'admin',
);
const ApiKeysRoute = lazyPage(
  () => import('../features/api-keys/api-keys-page'),
  (m) => <m.ApiKeysPage />,
  'admin',
);
const AuditLogRoute = lazyPage(
  () => import('../features/audit-log/audit-log-page'),
  (m) => <m.AuditLogPage />,
  'admin',
);

/**
 * Every page of the dashboard by its address (`#/path`: a hash router, so the static bundle needs
 * no server-side rewrite rules).
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<Layout />}>
        <Route index element={<OverviewRoute />} />
        <Route path="login" element={<LoginRoute />} />
        <Route path="unsubscribe" element={<UnsubscribeRoute />} />
        <Route path="portal" element={<PortalRoute />} />
        <Route path="regions" element={<RegionsRoute />} />
        <Route path="regions/:code" element={<RegionsCodeRoute />} />
        <Route path="compare" element={<CompareRoute />} />
        <Route path="organizations" element={<OrganizationsRoute />} />
        <Route path="organizations/new" element={<OrganizationsNewRoute />} />
        <Route path="organizations/import" element={<OrganizationsImportRoute />} />
        <Route path="organizations/:id" element={<OrganizationsIdRoute />} />
        <Route path="organizations/:id/edit" element={<OrganizationsIdEditRoute />} />
        <Route path="requests" element={<RequestsRoute />} />
        <Route path="requests/:id" element={<RequestsIdRoute />} />
        <Route path="trainings" element={<TrainingsRoute />} />
        <Route path="trainings/:id" element={<TrainingsIdRoute />} />
        <Route path="bookings" element={<BookingsRoute />} />
        <Route path="programmes" element={<ProgrammesRoute />} />
        <Route path="guides" element={<GuidesRoute />} />
        <Route path="directory" element={<DirectoryRoute />} />
        <Route path="events" element={<JointEventsRoute />} />
        <Route path="publications" element={<PublicationsRoute />} />
        <Route path="needs" element={<NeedsRoute />} />
        <Route path="needs/new" element={<NeedsNewRoute />} />
        <Route path="needs/:id" element={<NeedsIdRoute />} />
        <Route path="feedback" element={<FeedbackRoute />} />
        <Route path="feedback/new" element={<FeedbackNewRoute />} />
        <Route path="feedback/:id" element={<FeedbackIdRoute />} />
        <Route path="notifications" element={<NotificationsRoute />} />
        <Route path="settings/notifications" element={<SettingsNotificationsRoute />} />
        <Route path="announcements" element={<AnnouncementsRoute />} />
        <Route path="announcements/new" element={<AnnouncementsNewRoute />} />
        <Route path="report-forms" element={<ReportFormsRoute />} />
        <Route path="report-forms/new" element={<ReportFormsNewRoute />} />
        <Route path="report-forms/:id" element={<ReportFormsIdRoute />} />
        <Route path="reports" element={<ReportsRoute />} />
        <Route path="reports/:id" element={<ReportsIdRoute />} />
        <Route path="completeness" element={<CompletenessRoute />} />
        <Route path="completeness/:formId" element={<CompletenessFormidRoute />} />
        <Route path="email-deliveries" element={<EmailDeliveriesRoute />} />
        <Route path="staff" element={<StaffRoute />} />
        <Route path="api-keys" element={<ApiKeysRoute />} />
        <Route path="audit-log" element={<AuditLogRoute />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
