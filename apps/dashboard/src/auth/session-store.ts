import type { SessionAccountFieldsFragment } from '../gql/graphql';

/**
 * Where the tokens live (the choice, documented):
 *
 * - The **access token** (15 minutes) stays in memory only. Script injected into the page could
 *   read it while the tab is open, but nothing persists it, and it runs out by itself.
 * - The **refresh token** (30 days, single use) is kept in `localStorage`, so a reload or a new tab
 *   does not ask for the password again. The gateway has no cookie endpoint that could hold it in
 *   an HttpOnly cookie (the API takes it as an argument), so the browser has to keep it somewhere
 *   script can reach; localStorage is shared by the tabs of the dashboard, which the rotation needs.
 * - Rotation: every refresh returns a new refresh token and the old one stops working; presenting
 *   it again ends the whole sign-in (the server treats it as stolen). So refreshes run one at a
 *   time: one promise per tab (single-flight), and across tabs a Web Lock, under which the token is
 *   always read afresh from localStorage (another tab may have rotated it a moment ago).
 */
export const REFRESH_TOKEN_KEY = 'birge.refreshToken';

/** Renew the access token this long before it runs out. */
export const REFRESH_MARGIN_MS = 60_000;

export type SessionAccount = SessionAccountFieldsFragment;

export interface IssuedSession {
  accessToken: string;
  expiresAt: string;
  refreshToken: string;
  account: SessionAccount;
}

export type SessionStatus = 'restoring' | 'signedIn' | 'signedOut';

export interface SessionSnapshot {
  status: SessionStatus;
  account: SessionAccount | null;
}

/** The refresh token was refused: the sign-in has ended (logout, reuse, deactivation, expiry). */
export class SessionEndedError extends Error {
  constructor(message = 'The session has ended') {
    super(message);
    this.name = 'SessionEndedError';
  }
}

export interface SessionBackend {
  /** refreshSession; throws SessionEndedError when the server refuses the token. */
  refresh(refreshToken: string): Promise<IssuedSession>;
  /** logout; failures are ignored by the store (the local session ends anyway). */
  logout(refreshToken: string): Promise<void>;
}

export interface SessionStoreOptions {
  backend: SessionBackend;
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  now?: () => number;
  /** Runs `task` exclusively across tabs (navigator.locks); by default only within this tab. */
  exclusive?: <T>(task: () => Promise<T>) => Promise<T>;
  /** Schedules the refresh before expiry; tests pass a fake. */
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

function defaultStorage(): SessionStoreOptions['storage'] {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The Web Locks API where the browser has it: refreshes of several tabs then queue up. */
export function browserExclusive<T>(task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as (Navigator & { locks?: LockManager }) | undefined)?.locks;
  if (!locks?.request) return task();
  return locks.request('birge.session-refresh', () => task()) as Promise<T>;
}

export class SessionStore {
  private accessToken: string | null = null;
  private expiresAtMs = 0;
  private snapshot: SessionSnapshot;
  private inflight: Promise<boolean> | null = null;
  private timer: unknown = null;
  private readonly listeners = new Set<() => void>();
  private readonly storage: SessionStoreOptions['storage'];
  private readonly now: () => number;
  private readonly exclusive: <T>(task: () => Promise<T>) => Promise<T>;

  constructor(private readonly options: SessionStoreOptions) {
    this.storage = options.storage === undefined ? defaultStorage() : options.storage;
    this.now = options.now ?? (() => Date.now());
    this.exclusive = options.exclusive ?? browserExclusive;
    this.snapshot = { status: this.storedRefreshToken() ? 'restoring' : 'signedOut', account: null };
  }

  getSnapshot = (): SessionSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** At start-up: a stored refresh token gives a new access token and the account. */
  async restore(): Promise<void> {
    if (!this.storedRefreshToken()) {
      this.setSnapshot({ status: 'signedOut', account: null });
      return;
    }
    const ok = await this.refresh();
    if (!ok && this.snapshot.status === 'restoring') this.setSnapshot({ status: 'signedOut', account: null });
  }

  /** Keeps what login (or a refresh) issued and schedules the next refresh. */
  signIn(session: IssuedSession): void {
    this.accessToken = session.accessToken;
    this.expiresAtMs = new Date(session.expiresAt).getTime();
    this.writeRefreshToken(session.refreshToken);
    this.schedule();
    this.setSnapshot({ status: 'signedIn', account: session.account });
  }

  /**
   * The token for the next request: renewed first when it runs out within the margin. Null when
   * nobody is signed in (the gateway then decides: development identity or anonymous).
   */
  async accessTokenForRequest(): Promise<string | null> {
    if (this.inflight) await this.inflight;
    if (!this.accessToken) return null;
    if (this.expiresAtMs - this.now() <= REFRESH_MARGIN_MS) await this.refresh();
    return this.accessToken;
  }

  /** The token a request was sent with, to tell whether a 401 is worth a refresh. */
  currentAccessToken(): string | null {
    return this.accessToken;
  }

  /**
   * Renews the tokens. Single-flight: while one refresh runs, every caller gets the same promise,
   * so a burst of expired requests spends the refresh token once. True when a new token came.
   */
  refresh(): Promise<boolean> {
    this.inflight ??= this.exclusive(() => this.runRefresh()).finally(() => {
      this.inflight = null;
    });
    return this.inflight;
  }

  /** Ends the session here and on the server (the refresh token stops working). */
  async signOut(): Promise<void> {
    if (this.inflight) await this.inflight.catch(() => false);
    await this.exclusive(async () => {
      const refreshToken = this.storedRefreshToken();
      this.clear();
      if (refreshToken) await this.options.backend.logout(refreshToken).catch(() => undefined);
    });
  }

  /** Forgets the session locally (ended elsewhere: another tab signed out, or the server refused). */
  clear(): void {
    this.accessToken = null;
    this.expiresAtMs = 0;
    if (this.timer !== null) (this.options.clearTimer ?? clearTimeout)(this.timer as ReturnType<typeof setTimeout>);
    this.timer = null;
    try {
      this.storage?.removeItem(REFRESH_TOKEN_KEY);
    } catch {
      // Storage unavailable: nothing was kept there either.
    }
    this.setSnapshot({ status: 'signedOut', account: null });
  }

  private async runRefresh(): Promise<boolean> {
    // Read under the lock: another tab may have rotated the token since this one last saw it.
    const refreshToken = this.storedRefreshToken();
    if (!refreshToken) {
      if (this.snapshot.status !== 'signedOut') this.clear();
      return false;
    }
    try {
      this.signIn(await this.options.backend.refresh(refreshToken));
      return true;
    } catch (error) {
      if (error instanceof SessionEndedError) this.clear();
      // A network failure keeps the session: the next request tries again.
      return false;
    }
  }

  private schedule(): void {
    if (this.timer !== null) (this.options.clearTimer ?? clearTimeout)(this.timer as ReturnType<typeof setTimeout>);
    const delay = Math.max(0, this.expiresAtMs - this.now() - REFRESH_MARGIN_MS);
    this.timer = (this.options.setTimer ?? setTimeout)(() => {
      this.timer = null;
      void this.refresh();
    }, delay);
  }

  private storedRefreshToken(): string | null {
    try {
      return this.storage?.getItem(REFRESH_TOKEN_KEY) ?? null;
    } catch {
      return null;
    }
  }

  private writeRefreshToken(token: string): void {
    try {
      this.storage?.setItem(REFRESH_TOKEN_KEY, token);
    } catch {
      // Private mode: the session lasts as long as the tab.
    }
  }

  private setSnapshot(next: SessionSnapshot): void {
    this.snapshot = next;
    for (const listener of this.listeners) listener();
  }
}
