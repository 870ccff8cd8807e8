import { useI18n } from '../i18n/i18n';
import { Link, useNavigate } from 'react-router';
import { useSession } from './session';

/** Who is signed in and their role; "development identity" while the gateway's fallback acts. */
export function UserMenu() {
  const navigate = useNavigate();
  const { t, name } = useI18n();
  const { viewer, signOut } = useSession();
  if (viewer.kind === 'development') {
    return (
      <div className="user-menu" data-testid="user-menu">
        <span className="user-name">{t('auth.developmentIdentity')}</span>
        <Link to="/login" className="button button-small button-on-dark">
          {t('auth.signIn')}
        </Link>
      </div>
    );
  }
  if (viewer.kind !== 'account') return null;
  const { account } = viewer;
  return (
    <div className="user-menu" data-testid="user-menu">
      <span className="user-name" title={account.email}>
        {account.name}
        <span className="user-role">
          {t(`role.${account.role}`)}
          {account.region && ` · ${name(account.region.name)}`}
        </span>
      </span>
      <button
        type="button"
        className="button button-small button-on-dark"
        onClick={() => {
          // Home at once: signing out waits for the server to end the session, and a page opened
          // meanwhile must not be left for home when that answer comes.
          navigate('/');
          void signOut();
        }}
      >
        {t('auth.signOut')}
      </button>
    </div>
  );
}
