import { useApolloClient, useQuery } from '@apollo/client/react';
import { createContext, useCallback, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { regionWriteRestriction, type AccessRestriction, type Role } from '@birge/shared-reference';
import type { StaffRole } from '../gql/graphql';
import { DevIdentityProbeQuery } from './auth.graphql';
import { REFRESH_TOKEN_KEY, type IssuedSession, type SessionAccount, type SessionStore } from './session-store';

/**
 * Who is using the dashboard:
 * - `account`: a signed-in staff member;
 * - `development`: nobody signed in, and the gateway's development fallback acts as a republican
 *   administrator (development and test installations only);
 * - `anonymous`: nobody signed in and no fallback: only the login page;
 * - `unknown`: still finding out.
 */
export type Viewer = { kind: 'account'; account: SessionAccount } | { kind: 'development' } | { kind: 'anonymous' } | { kind: 'unknown' };

export interface Session {
  viewer: Viewer;
  signIn(session: IssuedSession): void;
  signOut(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

/** The development identity is a republican administrator (see the gateway's DEV_IDENTITY_FALLBACK). */
export function roleOf(viewer: Viewer): StaffRole | null {
  if (viewer.kind === 'account') return viewer.account.role;
  if (viewer.kind === 'development') return 'REPUBLICAN_ADMIN';
  return null;
}

/** The region a regional staff member works in; null for national roles. */
export function regionOf(viewer: Viewer): string | null {
  return viewer.kind === 'account' && viewer.account.role === 'REGIONAL_STAFF' ? (viewer.account.region?.code ?? null) : null;
}

/** Republican administrators manage accounts and act everywhere. */
export function isAdmin(viewer: Viewer): boolean {
  return roleOf(viewer) === 'REPUBLICAN_ADMIN';
}

/**
 * Why the viewer may not change records of a region, by the API's own rule (null region: their
 * own region, e.g. when creating); null when they may.
 */
export function writeRestriction(viewer: Viewer, regionCode?: string | null): AccessRestriction | null {
  const role = roleOf(viewer);
  const identity = role ? { userId: accountIdOf(viewer) ?? 'development', role: role as Role, regionCode: regionOf(viewer) } : null;
  return regionWriteRestriction(identity, regionCode ?? regionOf(viewer), 'registry');
}

/** Whether the viewer may change records of a region (null region: their own, e.g. creating). */
export function canWrite(viewer: Viewer, regionCode?: string | null): boolean {
  return writeRestriction(viewer, regionCode) === null;
}

/** The id to assign "to me"; the development identity has no account. */
export function accountIdOf(viewer: Viewer): string | null {
  return viewer.kind === 'account' ? viewer.account.id : null;
}

function DevelopmentProbe({ children }: { children: (viewer: Viewer) => ReactNode }) {
  const { data, error, loading } = useQuery(DevIdentityProbeQuery, { errorPolicy: 'all', fetchPolicy: 'network-only' });
  if (loading && !data) return children({ kind: 'unknown' });
  const answered = typeof data?.unreadNotificationCount === 'number';
  return children(answered ? { kind: 'development' } : error || data ? { kind: 'anonymous' } : { kind: 'unknown' });
}

export function SessionProvider({ store, children }: { store: SessionStore; children: ReactNode }) {
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  const client = useApolloClient();

  useEffect(() => {
    if (store.getSnapshot().status === 'restoring') void store.restore();
    // Another tab signed out (or its refresh found the session ended): end it here too.
    const onStorage = (event: StorageEvent) => {
      if (event.key === REFRESH_TOKEN_KEY && event.newValue === null && store.getSnapshot().status === 'signedIn') store.clear();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [store]);

  const signIn = useCallback(
    (session: IssuedSession) => {
      store.signIn(session);
      // What the development identity (or nobody) saw is not what this account may see.
      void client.resetStore().catch(() => undefined);
    },
    [store, client],
  );

  const signOut = useCallback(async () => {
    // Forget this account's data first: clearing the cache after the session ended would cancel
    // the query that finds out who acts now (the development identity or nobody).
    await client.clearStore();
    await store.signOut();
  }, [store, client]);

  const provide = (viewer: Viewer) => <SessionContext.Provider value={{ viewer, signIn, signOut }}>{children}</SessionContext.Provider>;

  if (snapshot.status === 'restoring') return provide({ kind: 'unknown' });
  if (snapshot.status === 'signedIn' && snapshot.account) return provide({ kind: 'account', account: snapshot.account });
  return <DevelopmentProbe>{provide}</DevelopmentProbe>;
}

export function useSession(): Session {
  const context = useContext(SessionContext);
  if (!context) throw new Error('useSession needs a <SessionProvider> above it');
  return context;
}

export function useViewer(): Viewer {
  return useSession().viewer;
}

/** For component tests: a fixed viewer without a store. */
export function TestSessionProvider({ viewer, children, onSignIn }: { viewer: Viewer; children: ReactNode; onSignIn?: (session: IssuedSession) => void }) {
  const value = useMemo<Session>(() => ({ viewer, signIn: (session) => onSignIn?.(session), signOut: async () => undefined }), [viewer, onSignIn]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
