import { Role } from '@birge/shared-reference';
import { GraphQLTestClient } from '@birge/server-testing';
import { ASTANA, CREATE, startIdentity, type IdentityHarness } from './support';

const CHANGE_PASSWORD = `mutation($currentPassword: String!, $newPassword: String!) { changePassword(currentPassword: $currentPassword, newPassword: $newPassword) }`;
const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`;

interface Job {
  name: string;
  data: { payload: Record<string, unknown> };
}

describe('identity: the events notifications are made of', () => {
  let h: IdentityHarness;
  beforeAll(async () => {
    h = await startIdentity();
  });
  afterAll(() => h?.stop());

  const jobs = (name: string, key: string, value: string): Promise<Job[]> =>
    h.subgraph.dataSource.query(`SELECT name, data FROM pgboss.job WHERE name = $1 AND data->'payload'->>$2 = $3`, [name, key, value]);

  it('announces a new account with its language and a deactivation, in their transactions', async () => {
    const { createStaffAccount } = await h.admin.data<{ createStaffAccount: { id: string } }>(CREATE, {
      input: { email: 'Aigerim@front.birge.kz', name: 'Айгерім Сәрсенова', role: 'REGIONAL_STAFF', regionCode: ASTANA, language: 'ru', password: 'long-enough-password' },
    });
    const created = await jobs('notifications.account-created', 'accountId', createStaffAccount.id);
    expect(created.map((j) => j.data.payload)).toEqual([
      expect.objectContaining({
        email: 'Aigerim@front.birge.kz',
        name: 'Айгерім Сәрсенова',
        role: 'REGIONAL_STAFF',
        regionCode: ASTANA,
        language: 'ru',
        actorId: 'bootstrap-admin',
      }),
    ]);
    expect(JSON.stringify(created)).not.toContain('long-enough-password');
    const bad = await h.admin.request(CREATE, { input: { email: 'x@front.birge.kz', name: 'Икс', role: 'ANALYST', language: 'de', password: 'long-enough-password' } });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    await h.admin.data(`mutation($id: ID!) { deactivateStaffAccount(id: $id) { id } }`, { id: createStaffAccount.id });
    expect(await jobs('notifications.account-deactivated', 'accountId', createStaffAccount.id)).toHaveLength(1);
  });

  it('announces, once, the accounts created before accounts were announced', async () => {
    const [{ id }] = await h.subgraph.dataSource.query(
      `INSERT INTO identity.staff_account (email, name, role, region_code, password_hash, created_by, language)
       VALUES ('old@front.birge.kz', 'Ескі тіркелгі', 'REGIONAL_STAFF', $1, 'x', 'accounts-cli', 'en') RETURNING id`,
      [ASTANA],
    );
    expect(await h.subgraph.services.accounts.announceUnannounced()).toBe(1);
    expect(await h.subgraph.services.accounts.announceUnannounced()).toBe(0);
    const announced = await jobs('notifications.account-created', 'accountId', id);
    expect(announced.map((j) => j.data.payload)).toEqual([expect.objectContaining({ email: 'old@front.birge.kz', language: 'en', regionCode: ASTANA, role: 'REGIONAL_STAFF' })]);
  });

  it('lets a staff member change their own password with the current one, and announces it for the owner', async () => {
    const { createStaffAccount } = await h.admin.data<{ createStaffAccount: { id: string } }>(CREATE, {
      input: { email: 'ivan@front.birge.kz', name: 'Иван Петров', role: 'REGIONAL_STAFF', regionCode: ASTANA, password: 'first-password-2026' },
    });
    const ivan = new GraphQLTestClient(h.subgraph.url, { identity: { userId: createStaffAccount.id, role: Role.REGIONAL_STAFF, regionCode: ASTANA } });
    const wrong = await ivan.request(CHANGE_PASSWORD, { currentPassword: 'not-my-password', newPassword: 'second-password-2026' });
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'currentPassword', code: 'WRONG_PASSWORD' }] });
    const short = await ivan.request(CHANGE_PASSWORD, { currentPassword: 'first-password-2026', newPassword: 'short' });
    expect(short.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await jobs('notifications.password-changed', 'accountId', createStaffAccount.id)).toHaveLength(0);

    expect((await ivan.data<{ changePassword: boolean }>(CHANGE_PASSWORD, { currentPassword: 'first-password-2026', newPassword: 'second-password-2026' })).changePassword).toBe(
      true,
    );
    const changed = await jobs('notifications.password-changed', 'accountId', createStaffAccount.id);
    expect(changed.map((j) => j.data.payload)).toEqual([expect.objectContaining({ regionCode: ASTANA, actorId: createStaffAccount.id })]);
    expect((await h.anonymous.request(LOGIN, { email: 'ivan@front.birge.kz', password: 'second-password-2026' })).errors).toBeUndefined();
    expect((await h.anonymous.request(LOGIN, { email: 'ivan@front.birge.kz', password: 'first-password-2026' })).errors?.[0].extensions?.code).toBe('INVALID_CREDENTIALS');

    const partner = new GraphQLTestClient(h.subgraph.url, { identity: { userId: 'key-1', role: Role.PARTNER, regionCode: null } });
    expect((await partner.request(CHANGE_PASSWORD, { currentPassword: 'a', newPassword: 'second-password-2026' })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('announces each partner key about to expire once, and not a revoked one', async () => {
    const soon = new Date(Date.now() + 5 * 24 * 3600 * 1000).toISOString();
    const create = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }`;
    const { createApiKey: expiring } = await h.admin.data<{ createApiKey: { apiKey: { id: string } } }>(create, {
      input: { name: 'Qazvolunteer', scopes: ['registry:read'], expiresAt: soon },
    });
    const { createApiKey: revoked } = await h.admin.data<{ createApiKey: { apiKey: { id: string } } }>(create, {
      input: { name: 'Old partner', scopes: ['registry:read'], expiresAt: soon },
    });
    await h.admin.data(`mutation($id: ID!) { revokeApiKey(id: $id) { id } }`, { id: revoked.apiKey.id });
    await h.subgraph.services.apiKeyNotices.run();
    await h.subgraph.services.apiKeyNotices.run();
    const announced = await jobs('notifications.api-key-expiring', 'apiKeyId', expiring.apiKey.id);
    expect(announced.map((j) => j.data.payload)).toEqual([expect.objectContaining({ name: 'Qazvolunteer', daysLeft: 5, createdBy: 'bootstrap-admin' })]);
    expect(await jobs('notifications.api-key-expiring', 'apiKeyId', revoked.apiKey.id)).toHaveLength(0);
  });
});
