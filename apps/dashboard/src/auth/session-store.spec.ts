/**
 * @jest-environment node
 */
// Node's fetch Response and Headers, as the browser has them (jsdom has neither).
import { createAuthFetch } from './auth-fetch';
import { REFRESH_MARGIN_MS, REFRESH_TOKEN_KEY, SessionEndedError, SessionStore, type IssuedSession, type SessionBackend } from './session-store';
import { deferred } from '../testing/deferred';

const account = { __typename: 'StaffAccount' as const, id: 'u1', email: 'astana@demo.birge.kz', name: 'Айгүл', role: 'REGIONAL_STAFF' as const, active: true, region: null };

function issued(n: number, now: number, lifetimeMs = 15 * 60_000): IssuedSession {
  return { accessToken: `access-${n}`, refreshToken: `refresh-${n}`, expiresAt: new Date(now + lifetimeMs).toISOString(), account };
}

class MemoryStorage {
  private readonly values = new Map<string, string>();
  getItem(key: string): string | null {
    return this.values.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.values.set(key, value);
  }
  removeItem(key: string): void {
    this.values.delete(key);
  }
}

let storage = new MemoryStorage();
beforeEach(() => {
  storage = new MemoryStorage();
});

function setup(now = 1_000_000) {
  const clock = { now };
  const refresh = jest.fn<Promise<IssuedSession>, [string]>();
  const logout = jest.fn<Promise<void>, [string]>().mockResolvedValue(undefined);
  const backend: SessionBackend = { refresh, logout };
  const store = new SessionStore({ backend, storage, now: () => clock.now, exclusive: (task) => task(), setTimer: () => 0, clearTimer: () => undefined });
  return { store, refresh, logout, clock };
}

describe('SessionStore', () => {
  it('refreshes once for many requests when the access token is about to run out (single-flight)', async () => {
    const { store, refresh, clock } = setup();
    store.signIn(issued(1, clock.now));
    clock.now += 15 * 60_000 - REFRESH_MARGIN_MS + 1;
    const pending = deferred<IssuedSession>();
    refresh.mockReturnValueOnce(pending.promise);

    const tokens = Promise.all([store.accessTokenForRequest(), store.accessTokenForRequest(), store.accessTokenForRequest()]);
    pending.resolve(issued(2, clock.now));

    expect(await tokens).toEqual(['access-2', 'access-2', 'access-2']);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(refresh).toHaveBeenCalledWith('refresh-1');
    // The rotated token replaces the used one: presenting refresh-1 again would end the session.
    expect(storage.getItem(REFRESH_TOKEN_KEY)).toBe('refresh-2');
  });

  it('uses the token another tab rotated meanwhile, read afresh from storage', async () => {
    const { store, refresh, clock } = setup();
    store.signIn(issued(1, clock.now));
    storage.setItem(REFRESH_TOKEN_KEY, 'refresh-from-other-tab');
    refresh.mockResolvedValueOnce(issued(3, clock.now));
    await store.refresh();
    expect(refresh).toHaveBeenCalledWith('refresh-from-other-tab');
  });

  it('does not refresh while the token is fresh', async () => {
    const { store, refresh, clock } = setup();
    store.signIn(issued(1, clock.now));
    expect(await store.accessTokenForRequest()).toBe('access-1');
    expect(refresh).not.toHaveBeenCalled();
  });

  it('ends the session when the server refuses the refresh token, and keeps it on a network failure', async () => {
    const { store, refresh, clock } = setup();
    store.signIn(issued(1, clock.now));
    refresh.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    expect(await store.refresh()).toBe(false);
    expect(store.getSnapshot().status).toBe('signedIn');

    refresh.mockRejectedValueOnce(new SessionEndedError());
    expect(await store.refresh()).toBe(false);
    expect(store.getSnapshot()).toEqual({ status: 'signedOut', account: null });
    expect(storage.getItem(REFRESH_TOKEN_KEY)).toBeNull();
    expect(await store.accessTokenForRequest()).toBeNull();
  });

  it('restores a session from the stored refresh token at start-up, and signs out on the server', async () => {
    storage.setItem(REFRESH_TOKEN_KEY, 'refresh-stored');
    const { store, refresh, logout, clock } = setup();
    expect(store.getSnapshot().status).toBe('restoring');
    refresh.mockResolvedValueOnce(issued(4, clock.now));
    await store.restore();
    expect(store.getSnapshot()).toEqual({ status: 'signedIn', account });

    await store.signOut();
    expect(logout).toHaveBeenCalledWith('refresh-4');
    expect(store.getSnapshot().status).toBe('signedOut');
    expect(storage.getItem(REFRESH_TOKEN_KEY)).toBeNull();
  });
});

describe('createAuthFetch', () => {
  const expired = () =>
    new Response(JSON.stringify({ errors: [{ message: 'expired', extensions: { code: 'UNAUTHENTICATED', reason: 'TOKEN_EXPIRED' } }] }), {
      status: 401,
      headers: { 'content-type': 'application/json' },
    });
  const ok = (token: string | null) => new Response(JSON.stringify({ data: { token } }), { status: 200, headers: { 'content-type': 'application/json' } });

  it('sends the Bearer token and, on TOKEN_EXPIRED, refreshes once for concurrent requests and retries each', async () => {
    const { store, refresh, clock } = setup();
    store.signIn(issued(1, clock.now));
    const pending = deferred<IssuedSession>();
    refresh.mockReturnValueOnce(pending.promise);
    const seen: (string | null)[] = [];
    const network = jest.fn(async (_input: RequestInfo | URL, init?: RequestInit) => {
      const authorization = new Headers(init?.headers).get('authorization');
      seen.push(authorization);
      return authorization === 'Bearer access-1' ? expired() : ok(authorization);
    });
    const authFetch = createAuthFetch(store, network as unknown as typeof fetch);

    const responses = Promise.all([authFetch('/graphql', { method: 'POST' }), authFetch('/graphql', { method: 'POST' })]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    pending.resolve(issued(2, clock.now));
    const bodies = await Promise.all((await responses).map((response) => response.json()));

    expect(refresh).toHaveBeenCalledTimes(1);
    expect(bodies).toEqual([{ data: { token: 'Bearer access-2' } }, { data: { token: 'Bearer access-2' } }]);
    expect(seen.filter((header) => header === 'Bearer access-1')).toHaveLength(2);
  });

  it('sends no Authorization header when nobody is signed in (the development identity or anonymous)', async () => {
    const { store } = setup();
    const network = jest.fn(async (_input: RequestInfo | URL, init?: RequestInit) => ok(new Headers(init?.headers).get('authorization')));
    const response = await createAuthFetch(store, network as unknown as typeof fetch)('/graphql', { method: 'POST' });
    expect(await response.json()).toEqual({ data: { token: null } });
  });

  it('gives the 401 back and ends the session when the refresh is refused', async () => {
    const { store, refresh, clock } = setup();
    store.signIn(issued(1, clock.now));
    refresh.mockRejectedValueOnce(new SessionEndedError());
    const network = jest.fn(async () => expired());
    const response = await createAuthFetch(store, network as unknown as typeof fetch)('/graphql', { method: 'POST' });
    expect(response.status).toBe(401);
    expect(network).toHaveBeenCalledTimes(1);
    expect(store.getSnapshot().status).toBe('signedOut');
  });
});
