/**
 * The demo partner API key of `npm start`: one active key named "Demo partner", created through
 * the public API by the demo administrator, so a person trying the system can call the gateway as
 * a partner system does.
 *
 * The identity service keeps only a hash of a key, so the secret cannot be read back. To print the
 * same key on every start, `npm start` keeps it beside the data (`.birge/demo-partner-key.json`,
 * git-ignored, readable by the owner only) and reuses it while it still works in this database and
 * has at least 30 days left; otherwise it revokes the old demo keys and creates a new one.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { callGateway, GatewayCallError, type Credentials } from './gateway-client';

export const DEMO_PARTNER_KEY_NAME = 'Demo partner';
export const DEMO_PARTNER_SCOPES = ['registry:read', 'assistance:read', 'analytics:read'] as const;
/** A new demo key lasts a year (the identity service allows 366 days at most). */
const TERM_DAYS = 365;
/** A stored key with less time left than this is replaced, so a demo never stops mid-way. */
const RENEW_BEFORE_DAYS = 30;
const DAY_MS = 24 * 3600 * 1000;

export interface StoredDemoKey {
  keyId: string;
  secret: string;
}

export interface ListedKey {
  id: string;
  name: string;
  prefix: string;
  expiresAt: string;
  active: boolean;
}

export type DemoKeyPlan = { action: 'reuse'; key: ListedKey } | { action: 'create'; revoke: string[] };

/**
 * Reuse the stored key if it is one of this database's active demo keys (its secret starts with
 * the key's public prefix) and has time left; otherwise revoke every other active demo key (their
 * secrets are lost) and create a new one.
 */
export function planDemoPartnerKey(stored: StoredDemoKey | null, keys: readonly ListedKey[], now: Date): DemoKeyPlan {
  const demoKeys = keys.filter((key) => key.active && key.name === DEMO_PARTNER_KEY_NAME);
  const match = stored && demoKeys.find((key) => key.id === stored.keyId && stored.secret.startsWith(`${key.prefix}_`));
  if (match && new Date(match.expiresAt).getTime() - now.getTime() > RENEW_BEFORE_DAYS * DAY_MS) return { action: 'reuse', key: match };
  return { action: 'create', revoke: demoKeys.map((key) => key.id) };
}

export function readStoredDemoKey(file: string): StoredDemoKey | null {
  if (!existsSync(file)) return null;
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<StoredDemoKey>;
    return typeof parsed.keyId === 'string' && typeof parsed.secret === 'string' ? { keyId: parsed.keyId, secret: parsed.secret } : null;
  } catch {
    return null;
  }
}

/** Keeps the key for the next start, readable by its owner only (also when the file existed with wider permissions). */
export function writeStoredDemoKey(file: string, key: StoredDemoKey): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(key, null, 2)}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
}

const KEY_FIELDS = 'id name prefix expiresAt active';

async function listActiveKeys(gatewayUrl: string, admin: Credentials): Promise<ListedKey[]> {
  const keys: ListedKey[] = [];
  let after: string | null = null;
  for (;;) {
    const data: { apiKeys: { edges: { node: ListedKey }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = await callGateway(
      gatewayUrl,
      admin,
      `query DemoPartnerKeys($after: String) { apiKeys(activeOnly: true, first: 100, after: $after) { edges { node { ${KEY_FIELDS} } } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    keys.push(...data.apiKeys.edges.map(({ node }) => node));
    if (!data.apiKeys.pageInfo.hasNextPage || !data.apiKeys.pageInfo.endCursor) return keys;
    after = data.apiKeys.pageInfo.endCursor;
  }
}

/** Whether the gateway accepts the key (a partner read of the registry). */
async function keyWorks(gatewayUrl: string, secret: string): Promise<boolean> {
  try {
    await callGateway(gatewayUrl, { apiKey: secret }, 'query DemoPartnerCheck { regions { code } }');
    return true;
  } catch (error) {
    if (error instanceof GatewayCallError && error.code === 'UNAUTHENTICATED') return false;
    throw error;
  }
}

export interface DemoPartnerKey {
  secret: string;
  expiresAt: string;
  scopes: readonly string[];
  /** True when this start created the key (a new secret), false when the stored one was kept. */
  created: boolean;
}

/** Makes sure one working "Demo partner" key exists and its secret is in `stateFile`; idempotent. */
export async function ensureDemoPartnerKey(gatewayUrl: string, adminToken: string, stateFile: string, now = new Date()): Promise<DemoPartnerKey> {
  const admin: Credentials = { bearer: adminToken };
  const stored = readStoredDemoKey(stateFile);
  const plan = planDemoPartnerKey(stored, await listActiveKeys(gatewayUrl, admin), now);
  if (plan.action === 'reuse' && stored && (await keyWorks(gatewayUrl, stored.secret))) {
    return { secret: stored.secret, expiresAt: plan.key.expiresAt, scopes: DEMO_PARTNER_SCOPES, created: false };
  }
  const revoke = plan.action === 'create' ? plan.revoke : [plan.key.id];
  for (const id of revoke) {
    await callGateway(gatewayUrl, admin, 'mutation RevokeDemoPartnerKey($id: ID!) { revokeApiKey(id: $id) { id } }', { id });
  }
  const data = await callGateway<{ createApiKey: { secret: string; apiKey: { id: string; expiresAt: string } } }>(
    gatewayUrl,
    admin,
    'mutation CreateDemoPartnerKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id expiresAt } } }',
    { input: { name: DEMO_PARTNER_KEY_NAME, scopes: [...DEMO_PARTNER_SCOPES], expiresAt: new Date(now.getTime() + TERM_DAYS * DAY_MS).toISOString() } },
  );
  writeStoredDemoKey(stateFile, { keyId: data.createApiKey.apiKey.id, secret: data.createApiKey.secret });
  return { secret: data.createApiKey.secret, expiresAt: data.createApiKey.apiKey.expiresAt, scopes: DEMO_PARTNER_SCOPES, created: true };
}

/** The lines `npm start` prints about the key: what it may do and a curl to try it. */
export function describeDemoPartnerKey(key: DemoPartnerKey, gatewayPort: number, stateFile: string): string[] {
  const query = JSON.stringify({ query: '{ organizations(first: 3) { totalCount edges { node { name region { name { en } } } } } }' });
  return [
    `Demo partner API key (${key.scopes.join(', ')}; until ${key.expiresAt.slice(0, 10)}; ${key.created ? 'created now' : 'the same as last time'}, kept in ${stateFile}):`,
    `  ${key.secret}`,
    `  curl -s localhost:${gatewayPort}/graphql -H 'content-type: application/json' -H 'Authorization: ApiKey ${key.secret}' \\`,
    `    -d '${query}'`,
  ];
}
