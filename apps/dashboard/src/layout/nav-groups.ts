import { canWrite, isAdmin, type Viewer } from '../auth/session';
import { takesPartInFeedback } from '../features/feedback/feedback-roles';
import type { MessageKey } from '../i18n/i18n';

export interface NavEntry {
  to: string;
  label: MessageKey;
  /** Whether the current path belongs to this entry; exact match by default. */
  isActive?: (path: string) => boolean;
  /** Who sees the entry; everyone signed in by default. */
  shownTo?: (viewer: Viewer) => boolean;
  /** The feedback entry carries how many threads are unread. */
  badge?: 'feedback';
}

export interface NavGroup {
  id: string;
  label: MessageKey;
  entries: NavEntry[];
}

const within = (prefix: string) => (path: string) => path === prefix || path.startsWith(`${prefix}/`);

/** An organization's pages, not the forms that create or import organizations. */
const inOrganizations = (path: string) => within('/organizations')(path) && path !== '/organizations/new' && path !== '/organizations/import';

/** The menu by the work it serves; a group with no entry for the viewer is not shown. */
export const NAV_GROUPS: NavGroup[] = [
  {
    id: 'analytics',
    label: 'nav.group.analytics',
    entries: [
      { to: '/', label: 'nav.overview' },
      { to: '/regions', label: 'nav.regions', isActive: within('/regions') },
    ],
  },
  {
    id: 'registry',
    label: 'nav.group.registry',
    entries: [
      { to: '/organizations', label: 'nav.organizations', isActive: inOrganizations },
      { to: '/organizations/new', label: 'nav.newOrganization', shownTo: (viewer) => canWrite(viewer) },
      { to: '/organizations/import', label: 'nav.import', shownTo: (viewer) => canWrite(viewer) },
      { to: '/directory', label: 'nav.directory' },
    ],
  },
  {
    id: 'assistance',
    label: 'nav.group.assistance',
    entries: [
      { to: '/requests', label: 'nav.requests', isActive: within('/requests') },
      { to: '/trainings', label: 'nav.trainings', isActive: within('/trainings') },
      { to: '/bookings', label: 'nav.bookings' },
      { to: '/programmes', label: 'nav.programmes' },
      { to: '/guides', label: 'nav.guides' },
      { to: '/events', label: 'nav.events' },
      { to: '/publications', label: 'nav.publications' },
    ],
  },
  {
    id: 'region',
    label: 'nav.group.region',
    entries: [
      { to: '/needs', label: 'nav.needs', isActive: within('/needs') },
      { to: '/reports', label: 'nav.reports', isActive: within('/reports') },
      { to: '/completeness', label: 'nav.completeness', isActive: within('/completeness') },
      { to: '/report-forms', label: 'nav.reportForms', isActive: within('/report-forms'), shownTo: isAdmin },
    ],
  },
  {
    id: 'notifications',
    label: 'nav.group.notifications',
    entries: [
      { to: '/notifications', label: 'nav.notifications' },
      { to: '/announcements', label: 'nav.announcements', isActive: within('/announcements') },
      { to: '/feedback', label: 'nav.feedback', isActive: within('/feedback'), shownTo: takesPartInFeedback, badge: 'feedback' },
    ],
  },
  {
    id: 'administration',
    label: 'nav.group.administration',
    entries: [
      { to: '/staff', label: 'nav.staff', shownTo: isAdmin },
      { to: '/api-keys', label: 'nav.apiKeys', shownTo: isAdmin },
      { to: '/audit-log', label: 'nav.auditLog', shownTo: isAdmin },
      { to: '/email-deliveries', label: 'nav.emailDeliveries', shownTo: isAdmin },
    ],
  },
];

/** The groups and entries this viewer sees. */
export function navGroupsFor(viewer: Viewer): NavGroup[] {
  return NAV_GROUPS.map((group) => ({ ...group, entries: group.entries.filter((entry) => !entry.shownTo || entry.shownTo(viewer)) })).filter((group) => group.entries.length > 0);
}
