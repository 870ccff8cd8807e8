import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { useViewer } from '../auth/session';
import { UserMenu } from '../auth/user-menu';
import { NotificationBell } from '../features/notifications/notification-bell';
import { useI18n } from '../i18n/i18n';
import { LanguageSwitch } from '../i18n/language-switch';
import { Loading } from '../ui/status';
import { SideNav } from './side-nav';
import './layout.css';

const MENU_ID = 'main-menu';

/**
 * Pages opened from a link in a mail by someone who has no staff account: an announcement's
 * unsubscribe link, an organization contact's portal link. The link itself is the credential.
 */
const PUBLIC_PAGES: ReadonlySet<string> = new Set(['/unsubscribe', '/portal']);

// Fetched only when someone signed out opens a page: a signed-in session (the usual visit) never
// downloads the sign-in form and its form library with the first screen.
const LoginPage = lazy(() => import('../features/login/login-page').then((module) => ({ default: module.LoginPage })));

/** The frame of every page: the header, the grouped menu (a button opens it on a phone) and the page. */
export function Layout() {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const viewer = useViewer();
  // A page for people outside the office opens as it is, without the staff's menu and sign-in.
  const publicPage = PUBLIC_PAGES.has(pathname);
  const known = !publicPage && (viewer.kind === 'account' || viewer.kind === 'development');
  const [menuOpen, setMenuOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);

  // Following a link closes the phone's menu: the page it opened is what the person wants to see.
  useEffect(() => setMenuOpen(false), [pathname]);
  useEffect(() => {
    if (!menuOpen) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setMenuOpen(false);
      menuButton.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [menuOpen]);

  const page =
    publicPage || known ? (
      <Outlet />
    ) : viewer.kind === 'unknown' ? (
      <Loading />
    ) : (
      <Suspense fallback={<Loading />}>
        <LoginPage next={pathname} />
      </Suspense>
    );
  return (
    <div className="app">
      <header className="header">
        <div className="header-inner">
          {known && (
            <button ref={menuButton} type="button" className="menu-button" aria-expanded={menuOpen} aria-controls={MENU_ID} onClick={() => setMenuOpen((open) => !open)}>
              <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
                <path fill="currentColor" d="M3 6h18v2H3zm0 5h18v2H3zm0 5h18v2H3z" />
              </svg>
              <span>{t('nav.menu')}</span>
            </button>
          )}
          <Link to="/" className="brand">
            <span className="brand-name">{t('app.title')}</span>
            <span className="brand-tagline">{t('app.tagline')}</span>
          </Link>
          <div className="header-tools">
            {known && <NotificationBell />}
            <LanguageSwitch />
            {!publicPage && <UserMenu />}
          </div>
        </div>
      </header>
      <div className={known ? 'shell' : 'shell shell-bare'}>
        {known && <SideNav id={MENU_ID} open={menuOpen} />}
        <main className="main">{page}</main>
      </div>
    </div>
  );
}
