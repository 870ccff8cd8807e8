import type { RouteObject } from 'react-router';
import { Layout } from '../layout/layout';
import { NotFoundPage } from './not-found-page';
import { lazyPage } from './lazy-page';

/**
 * Every page of the dashboard by its address (`#/path`: a hash router, so the static bundle needs
 * no server-side rewrite rules). Each page is its own chunk, loaded when first opened.
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    Component: Layout,
    children: [
      { index: true, ...lazyPage(() => import('../features/overview/overview-page'), (m) => <m.OverviewPage />) },
      { path: 'login', ...lazyPage(() => import('../features/login/login-page'), (m) => <m.LoginPage />) },
      { path: 'unsubscribe', ...lazyPage(() => import('../features/announcements/unsubscribe-page'), (m) => <m.UnsubscribePage />) },
      { path: 'regions', ...lazyPage(() => import('../features/regions/regions-page'), (m) => <m.RegionsPage />) },
      { path: 'regions/:code', ...lazyPage(() => import('../features/region/region-page'), (m, { code = '' }) => <m.RegionPage key={code} code={code} />) },
      { path: 'compare', ...lazyPage(() => import('../features/analytics/compare-page'), (m) => <m.ComparePage />) },
      { path: 'organizations', ...lazyPage(() => import('../features/organizations/organizations-page'), (m) => <m.OrganizationsPage />) },
      { path: 'organizations/new', ...lazyPage(() => import('../features/organization-form/create-organization-page'), (m) => <m.CreateOrganizationPage />, 'writer') },
      { path: 'organizations/import', ...lazyPage(() => import('../features/organization-import/import-page'), (m) => <m.ImportPage />, 'writer') },
      // key: a different organization starts with a fresh request form.
      { path: 'organizations/:id', ...lazyPage(() => import('../features/organization/organization-page'), (m, { id = '' }) => <m.OrganizationPage key={id} id={id} />) },
      { path: 'organizations/:id/edit', ...lazyPage(() => import('../features/organization-form/edit-organization-page'), (m, { id = '' }) => <m.EditOrganizationPage key={id} id={id} />, 'writer') },
      { path: 'requests', ...lazyPage(() => import('../features/requests/requests-board-page'), (m) => <m.RequestsBoardPage />) },
      { path: 'requests/:id', ...lazyPage(() => import('../features/request/request-page'), (m, { id = '' }) => <m.RequestPage key={id} id={id} />) },
      { path: 'trainings', ...lazyPage(() => import('../features/trainings/trainings-page'), (m) => <m.TrainingsPage />) },
      { path: 'trainings/:id', ...lazyPage(() => import('../features/trainings/training-page'), (m, { id = '' }) => <m.TrainingPage key={id} id={id} />) },
      { path: 'bookings', ...lazyPage(() => import('../features/bookings/bookings-page'), (m) => <m.BookingsPage />) },
      { path: 'programmes', ...lazyPage(() => import('../features/programmes/programmes-page'), (m) => <m.ProgrammesPage />) },
      { path: 'directory', ...lazyPage(() => import('../features/directory/directory-page'), (m) => <m.DirectoryPage />) },
      { path: 'needs', ...lazyPage(() => import('../features/needs/needs-page'), (m) => <m.NeedsPage />) },
      { path: 'needs/new', ...lazyPage(() => import('../features/needs/record-need-page'), (m) => <m.RecordNeedPage />, 'writer') },
      { path: 'needs/:id', ...lazyPage(() => import('../features/needs/need-page'), (m, { id = '' }) => <m.NeedPage key={id} id={id} />) },
      { path: 'feedback', ...lazyPage(() => import('../features/feedback/feedback-threads-page'), (m) => <m.FeedbackThreadsPage />, 'feedback') },
      { path: 'feedback/new', ...lazyPage(() => import('../features/feedback/new-feedback-thread-page'), (m) => <m.NewFeedbackThreadPage />, 'feedback') },
      { path: 'feedback/:id', ...lazyPage(() => import('../features/feedback/feedback-thread-page'), (m, { id = '' }) => <m.FeedbackThreadPage key={id} id={id} />, 'feedback') },
      { path: 'notifications', ...lazyPage(() => import('../features/notifications/inbox-page'), (m) => <m.InboxPage />) },
      { path: 'settings/notifications', ...lazyPage(() => import('../features/notification-preferences/preferences-page'), (m) => <m.PreferencesPage />) },
      { path: 'announcements', ...lazyPage(() => import('../features/announcements/announcements-page'), (m) => <m.AnnouncementsPage />) },
      { path: 'announcements/new', ...lazyPage(() => import('../features/announcements/announcement-composer-page'), (m) => <m.AnnouncementComposerPage />, 'announcer') },
      { path: 'report-forms', ...lazyPage(() => import('../features/report-forms/report-forms-page'), (m) => <m.ReportFormsPage />) },
      { path: 'report-forms/new', ...lazyPage(() => import('../features/report-forms/form-designer-page'), (m) => <m.NewReportFormPage />, 'admin') },
      { path: 'report-forms/:id', ...lazyPage(() => import('../features/report-forms/form-designer-page'), (m, { id = '' }) => <m.EditReportFormPage key={id} id={id} />, 'admin') },
      { path: 'reports', ...lazyPage(() => import('../features/reports/reports-page'), (m) => <m.ReportsPage />) },
      { path: 'reports/:id', ...lazyPage(() => import('../features/reports/report-page'), (m, { id = '' }) => <m.ReportPage key={id} id={id} />) },
      { path: 'completeness', ...lazyPage(() => import('../features/completeness/completeness-page'), (m) => <m.CompletenessPage formId={null} />) },
      { path: 'completeness/:formId', ...lazyPage(() => import('../features/completeness/completeness-page'), (m, { formId = '' }) => <m.CompletenessPage key={formId} formId={formId} />) },
      { path: 'email-deliveries', ...lazyPage(() => import('../features/email-deliveries/email-deliveries-page'), (m) => <m.EmailDeliveriesPage />, 'admin') },
      { path: 'staff', ...lazyPage(() => import('../features/staff/staff-page'), (m) => <m.StaffPage />, 'admin') },
      { path: 'api-keys', ...lazyPage(() => import('../features/api-keys/api-keys-page'), (m) => <m.ApiKeysPage />, 'admin') },
      { path: 'audit-log', ...lazyPage(() => import('../features/audit-log/audit-log-page'), (m) => <m.AuditLogPage />, 'admin') },
      { path: '*', Component: NotFoundPage },
    ],
  },
];
