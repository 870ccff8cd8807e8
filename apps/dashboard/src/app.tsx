import type { ReactNode } from 'react';
import { LanguageSwitch } from './i18n/language-switch';
import { useI18n } from './i18n/i18n';
import { NotificationBell } from './features/notifications/notification-bell';
import { CreateOrganizationPage } from './features/organization-form/create-organization-page';
import { OrganizationPage } from './features/organization/organization-page';
import { OrganizationsPage } from './features/organizations/organizations-page';
import { OverviewPage } from './features/overview/overview-page';
import { RegionsPage } from './features/regions/regions-page';
import { Link, matchPath, NavLink, useLocation } from './routing/router';
import { EmptyState } from './ui/status';

function isOrganizationsPath(path: string): boolean {
  return path === '/organizations' || (path.startsWith('/organizations/') && path !== '/organizations/new');
}

function Page({ path }: { path: string }): ReactNode {
  const { t } = useI18n();
  if (path === '/') return <OverviewPage />;
  if (path === '/regions') return <RegionsPage />;
  if (path === '/organizations') return <OrganizationsPage />;
  if (path === '/organizations/new') return <CreateOrganizationPage />;
  const organization = matchPath('/organizations/:id', path);
  // key: a different organization starts with a fresh request form.
  if (organization?.['id']) return <OrganizationPage key={organization['id']} id={organization['id']} />;
  return <EmptyState>{t('common.notFoundPage')}</EmptyState>;
}

export function App() {
  const { t } = useI18n();
  const { path } = useLocation();
  return (
    <div className="app">
      <header className="header">
        <div className="header-inner">
          <Link to="/" className="brand">
            <span className="brand-name">{t('app.title')}</span>
            <span className="brand-tagline">{t('app.tagline')}</span>
          </Link>
          <nav className="nav" aria-label={t('nav.label')}>
            <NavLink to="/">{t('nav.overview')}</NavLink>
            <NavLink to="/regions">{t('nav.regions')}</NavLink>
            <NavLink to="/organizations" isActive={isOrganizationsPath}>
              {t('nav.organizations')}
            </NavLink>
            <NavLink to="/organizations/new">{t('nav.newOrganization')}</NavLink>
          </nav>
          <div className="header-tools">
            <NotificationBell />
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <main className="main">
        <Page path={path} />
      </main>
    </div>
  );
}
