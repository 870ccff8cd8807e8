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

/** The groups of the menu, each labelled `nav.group.<id>`. */
type NavGroupId = 'analytics' | 'registry' | 'assistance' | 'region' | 'notifications' | 'administration';

export interface NavGroup {
  id: NavGroupId;
  label: `nav.group.${NavGroupId}`;
  entries: NavEntry[];
}

const within = (prefix: string) => (path: string) => path === prefix || path.startsWith(`${prefix}/`);

/** An organization's pages, not the forms that create or import organizations. */
const inOrganizations = (path: string) => within('/organizations')(path) && path !== '/organizations/new' && path !== '/organizations/import';

/** An entry that stays active on the pages under its own (`/requests/…`). */
const section = (to: string, label: MessageKey, more: Pick<NavEntry, 'shownTo' | 'badge'> = {}): NavEntry => ({ to, label, isActive: within(to), ...more });

const group = (id: NavGroupId, entries: NavEntry[]): NavGroup => ({ id, label: `nav.group.${id}`, entries });

/** The menu by the work it serves; a group with no entry for the viewer is not shown. */
export const NAV_GROUPS: NavGroup[] = [
  group('analytics', [{ to: '/', label: 'nav.overview' }, section('/regions', 'nav.regions')]),
  group('registry', [
    { to: '/organizations', label: 'nav.organizations', isActive: inOrganizations },
    { to: '/organizations/new', label: 'nav.newOrganization', shownTo: (viewer) => canWrite(viewer) },
    { to: '/organizations/import', label: 'nav.import', shownTo: (viewer) => canWrite(viewer) },
    { to: '/directory', label: 'nav.directory' },
  ]),
  group('assistance', [
    section('/requests', 'nav.requests'),
    section('/trainings', 'nav.trainings'),
    { to: '/bookings', label: 'nav.bookings' },
    { to: '/programmes', label: 'nav.programmes' },
    { to: '/guides', label: 'nav.guides' },
    { to: '/events', label: 'nav.events' },
    { to: '/publications', label: 'nav.publications' },
  ]),
  group('region', [
    section('/needs', 'nav.needs'),
    section('/reports', 'nav.reports'),
    section('/completeness', 'nav.completeness'),
    section('/report-forms', 'nav.reportForms', { shownTo: isAdmin }),
  ]),
  group('notifications', [
    { to: '/notifications', label: 'nav.notifications' },
    section('/announcements', 'nav.announcements'),
    section('/feedback', 'nav.feedback', { shownTo: takesPartInFeedback, badge: 'feedback' }),
  ]),
  group('administration', [
    { to: '/staff', label: 'nav.staff', shownTo: isAdmin },
    { to: '/api-keys', label: 'nav.apiKeys', shownTo: isAdmin },
    { to: '/audit-log', label: 'nav.auditLog', shownTo: isAdmin },
    { to: '/email-deliveries', label: 'nav.emailDeliveries', shownTo: isAdmin },
  ]),
];

/** The groups and entries this viewer sees. */
export function navGroupsFor(viewer: Viewer): NavGroup[] {
  return NAV_GROUPS.map((group) => ({ ...group, entries: group.entries.filter((entry) => !entry.shownTo || entry.shownTo(viewer)) })).filter((group) => group.entries.length > 0);
}
