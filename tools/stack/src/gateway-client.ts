/** GraphQL calls to the gateway for `npm start`'s demo set-up, with the caller's credentials. */

/** A staff access token, a partner API key, or an organization contact's portal link token. */
export type Credentials = { bearer: string } | { apiKey: string } | { portal: string } | null;

export class GatewayCallError extends Error {
  constructor(
    message: string,
    /** The first error's extensions.code and extensions.reason, e.g. UNAUTHENTICATED / INVALID_API_KEY. */
    readonly code: string | undefined,
    readonly reason: string | undefined,
  ) {
    super(message);
    this.name = 'GatewayCallError';
  }
}

interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; reason?: string } }[];
}

function authorization(credentials: Credentials): Record<string, string> {
  if (!credentials) return {};
  if ('bearer' in credentials) return { authorization: `Bearer ${credentials.bearer}` };
  if ('portal' in credentials) return { authorization: `Portal ${credentials.portal}` };
  return { authorization: `ApiKey ${credentials.apiKey}` };
}

export async function callGateway<T>(gatewayUrl: string, credentials: Credentials, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...authorization(credentials) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphQLBody<T>;
  const first = body.errors?.[0];
  if (first || !body.data) {
    throw new GatewayCallError(body.errors?.map((error) => error.message).join('; ') || `HTTP ${response.status}`, first?.extensions?.code, first?.extensions?.reason);
  }
  return body.data;
}

/** Signs in through the gateway's login mutation; returns the access token. */
export async function signIn(gatewayUrl: string, email: string, password: string): Promise<string> {
  const data = await callGateway<{ login: { accessToken: string } }>(
    gatewayUrl,
    null,
    'mutation DemoSignIn($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }',
    { email, password },
  );
  return data.login.accessToken;
}
