import { print } from 'graphql';
import { LogoutMutation, RefreshSessionMutation } from './auth.graphql';
import { SessionEndedError, type IssuedSession, type SessionBackend, type SessionStore } from './session-store';

type Fetch = typeof fetch;

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message?: string; extensions?: Record<string, unknown> }[];
}

async function readBody(response: Response): Promise<GraphQLBody | null> {
  try {
    return (await response.clone().json()) as GraphQLBody;
  } catch {
    return null;
  }
}

/** The gateway refuses an expired or bad token with HTTP 401 and UNAUTHENTICATED before any GraphQL runs. */
async function isTokenRefusal(response: Response): Promise<boolean> {
  if (response.status !== 401) return false;
  const body = await readBody(response);
  return Boolean(body?.errors?.some((error) => error.extensions?.['code'] === 'UNAUTHENTICATED'));
}

/**
 * The refresh and logout calls go straight to the gateway, without the Authorization header (an
 * expired access token would get them refused) and outside Apollo's cache.
 */
export function createSessionBackend(uri: string, fetchImpl: Fetch = (...args) => fetch(...args)): SessionBackend {
  async function call(document: Parameters<typeof print>[0], variables: Record<string, unknown>): Promise<GraphQLBody> {
    const response = await fetchImpl(uri, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: print(document), variables }),
    });
    const body = await readBody(response);
    if (!body) throw new Error(`The server answered ${response.status} without a GraphQL body`);
    return body;
  }
  return {
    async refresh(refreshToken) {
      const body = await call(RefreshSessionMutation, { refreshToken });
      const session = body.data?.['refreshSession'] as IssuedSession | undefined;
      if (session) return session;
      const codes = body.errors?.map((error) => error.extensions?.['code']) ?? [];
      if (codes.includes('UNAUTHENTICATED') || codes.includes('BAD_USER_INPUT')) throw new SessionEndedError(body.errors?.[0]?.message);
      throw new Error(body.errors?.[0]?.message ?? 'refreshSession failed');
    },
    async logout(refreshToken) {
      await call(LogoutMutation, { refreshToken });
    },
  };
}

/**
 * The fetch Apollo's HttpLink uses: adds `Authorization: Bearer` with a token renewed shortly
 * before it runs out, and when the gateway still refuses the token (expired while the tab slept,
 * TOKEN_EXPIRED), renews it once (single-flight in the store) and sends the request again.
 */
export function createAuthFetch(store: SessionStore, fetchImpl: Fetch = (...args) => fetch(...args)): Fetch {
  return async (input, init) => {
    // An organization contact's portal page sends its own link (Authorization: Portal), never a staff token.
    if (new Headers(init?.headers).get('authorization')?.startsWith('Portal ')) return fetchImpl(input, init);
    const send = (token: string | null) => {
      const headers = new Headers(init?.headers);
      if (token) headers.set('authorization', `Bearer ${token}`);
      else headers.delete('authorization');
      return fetchImpl(input, { ...init, headers });
    };
    const token = await store.accessTokenForRequest();
    const response = await send(token);
    if (!token || !(await isTokenRefusal(response))) return response;
    // Another request may have renewed the token meanwhile; otherwise renew it now.
    const renewed = store.currentAccessToken() !== token || (await store.refresh());
    const next = store.currentAccessToken();
    if (!renewed || !next) return response;
    return send(next);
  };
}
