import { useViewer } from '../auth/session';
import { FeedbackNavLink } from '../features/feedback/feedback-nav-link';
import { useI18n } from '../i18n/i18n';
import { navGroupsFor } from './nav-groups';
import { NavItemLink } from './nav-link';

/**
 * The main menu, grouped by the work it serves, with only what the viewer's role may open. Each
 * group is a list under its heading (a landmark with a name, lists a screen reader counts).
 */
export function SideNav({ id, open }: { id: string; open: boolean }) {
  const { t } = useI18n();
  const viewer = useViewer();
  return (
    <nav id={id} className={open ? 'side-nav open' : 'side-nav'} aria-label={t('nav.label')}>
      {navGroupsFor(viewer).map((group) => (
        <section key={group.id} className="nav-group" aria-labelledby={`${id}-${group.id}`}>
          <h2 id={`${id}-${group.id}`} className="nav-group-title">
            {t(group.label)}
          </h2>
          <ul>
            {group.entries.map((entry) => (
              <li key={entry.to}>
                {entry.badge === 'feedback' ? (
                  <FeedbackNavLink />
                ) : (
                  <NavItemLink to={entry.to} isActive={entry.isActive}>
                    {t(entry.label)}
                  </NavItemLink>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </nav>
  );
}
