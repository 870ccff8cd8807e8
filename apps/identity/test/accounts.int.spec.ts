import { Role } from '@birge/shared-reference';
import { GraphQLTestClient } from '@birge/server-testing';
import { ASTANA, CREATE, startIdentity, type IdentityHarness } from './support';

const LIST = `query List($filter: StaffAccountFilter, $first: Int, $after: String) {
  staffAccounts(filter: $filter, first: $first, after: $after) { totalCount edges { node { email role active } } pageInfo { hasNextPage endCursor } }
}`;
const DEACTIVATE = `mutation($id: ID!) { deactivateStaffAccount(id: $id) { id active } }`;

type Page = { staffAccounts: { totalCount: number; edges: { node: { email: string; role: string; active: boolean } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };

describe('identity subgraph: staff accounts', () => {
  let h: IdentityHarness;

  beforeAll(async () => {
    h = await startIdentity();
  });
  afterAll(() => h?.stop());

  const count = async () => Number((await h.subgraph.dataSource.query('SELECT count(*) AS n FROM identity.staff_account'))[0].n);

  it('creates accounts of each role, storing a scrypt hash and never the password', async () => {
    const created = await h.admin.data<{ createStaffAccount: { id: string; email: string; role: string; region: { code: string } | null; active: boolean } }>(CREATE, {
      input: { email: 'Aigerim.Staff@Birge.kz', name: '  Айгерім   Сәрсенова ', role: 'REGIONAL_STAFF', regionCode: ASTANA, password: 'a-long-initial-password' },
    });
    expect(created.createStaffAccount).toMatchObject({
      email: 'Aigerim.Staff@Birge.kz',
      name: 'Айгерім Сәрсенова',
      role: 'REGIONAL_STAFF',
      region: { code: ASTANA },
      active: true,
    });
    await h.admin.data(CREATE, { input: { email: 'analyst@birge.kz', name: 'Analyst', role: 'ANALYST', password: 'another-long-password' } });
    await h.admin.data(CREATE, { input: { email: 'admin@birge.kz', name: 'Admin', role: 'REPUBLICAN_ADMIN', password: 'admin-long-password!' } });
    const [row] = await h.subgraph.dataSource.query(`SELECT password_hash FROM identity.staff_account WHERE email = 'analyst@birge.kz'`);
    expect(row.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(row.password_hash).not.toContain('another-long-password');
  });

  it('refuses wrong fields with a code per field and stores nothing', async () => {
    const before = await count();
    const bad = await h.admin.request(CREATE, { input: { email: 'not-an-email', name: 'X', role: 'ANALYST', password: 'short' } });
    expect(bad.data).toBeNull();
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].extensions?.fields?.map((f) => `${f.field}:${f.code}`)).toEqual(expect.arrayContaining(['email:INVALID_EMAIL', 'name:TOO_SHORT', 'password:TOO_SHORT']));

    const noRegion = await h.admin.request(CREATE, { input: { email: 'r1@birge.kz', name: 'Regional', role: 'REGIONAL_STAFF', password: 'long-enough-password' } });
    expect(noRegion.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'regionCode', code: 'REQUIRED' })]);
    const regionForAnalyst = await h.admin.request(CREATE, {
      input: { email: 'r2@birge.kz', name: 'Analyst', role: 'ANALYST', regionCode: ASTANA, password: 'long-enough-password' },
    });
    expect(regionForAnalyst.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'regionCode', code: 'NOT_ALLOWED' })]);
    const unknownRegion = await h.admin.request(CREATE, {
      input: { email: 'r3@birge.kz', name: 'Regional', role: 'REGIONAL_STAFF', regionCode: '1', password: 'long-enough-password' },
    });
    expect(unknownRegion.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'regionCode', code: 'UNKNOWN_REGION' })]);

    const sameEmailOtherCase = await h.admin.request(CREATE, { input: { email: 'AIGERIM.staff@birge.KZ', name: 'Twin', role: 'ANALYST', password: 'long-enough-password' } });
    expect(sameEmailOtherCase.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'email', code: 'EMAIL_TAKEN' }] });
    expect(await count()).toBe(before);
  });

  it('lets only republican administrators manage accounts: UNAUTHENTICATED anonymous, FORBIDDEN other roles', async () => {
    const input = { email: 'x@birge.kz', name: 'Someone', role: 'ANALYST', password: 'long-enough-password' };
    const anonymous = await h.anonymous.request(CREATE, { input });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    for (const identity of [
      { userId: 'staff', role: Role.REGIONAL_STAFF, regionCode: ASTANA },
      { userId: 'analyst', role: Role.ANALYST, regionCode: null },
      { userId: 'partner', role: Role.PARTNER, regionCode: null },
    ]) {
      const client = h.as(identity);
      expect((await client.request(CREATE, { input })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const list = await client.request(LIST);
      expect(list.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(list.data).toBeNull();
      expect((await client.request(DEACTIVATE, { id: '00000000-0000-4000-8000-000000000000' })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect((await h.admin.request<Page>(LIST, { filter: { active: true } })).data?.staffAccounts.edges.map((e) => e.node.email)).not.toContain('x@birge.kz');
  });

  it('pages through accounts newest first with filters', async () => {
    for (let i = 0; i < 3; i++) {
      await h.admin.data(CREATE, { input: { email: `page${i}@birge.kz`, name: `Page ${i}`, role: 'ANALYST', password: 'long-enough-password' } });
    }
    const first = await h.admin.data<Page>(LIST, { filter: { role: 'ANALYST' }, first: 2 });
    expect(first.staffAccounts.totalCount).toBe(4);
    expect(first.staffAccounts.edges.map((e) => e.node.email)).toEqual(['page2@birge.kz', 'page1@birge.kz']);
    const second = await h.admin.data<Page>(LIST, { filter: { role: 'ANALYST' }, first: 2, after: first.staffAccounts.pageInfo.endCursor });
    expect(second.staffAccounts.edges.map((e) => e.node.email)).toEqual(['page0@birge.kz', 'analyst@birge.kz']);
    expect(second.staffAccounts.pageInfo.hasNextPage).toBe(false);
    const regional = await h.admin.data<Page>(LIST, { filter: { regionCode: ASTANA } });
    expect(regional.staffAccounts.edges.map((e) => e.node.email)).toEqual(['Aigerim.Staff@Birge.kz']);
    const forged = await h.admin.request(LIST, { after: 'bm90LWEtY3Vyc29y' });
    expect(forged.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'after', code: 'INVALID_CURSOR' }] });
  });

  it('deactivates an account (not one’s own), idempotently, with coded errors for bad ids', async () => {
    const created = await h.admin.data<{ createStaffAccount: { id: string } }>(CREATE, {
      input: { email: 'leaving@birge.kz', name: 'Leaving', role: 'ANALYST', password: 'long-enough-password' },
    });
    const id = created.createStaffAccount.id;
    expect((await h.admin.data<{ deactivateStaffAccount: { active: boolean } }>(DEACTIVATE, { id })).deactivateStaffAccount.active).toBe(false);
    expect((await h.admin.data<{ deactivateStaffAccount: { active: boolean } }>(DEACTIVATE, { id })).deactivateStaffAccount.active).toBe(false);
    expect((await h.admin.request(DEACTIVATE, { id: 'nope' })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'id', code: 'INVALID_ID' }] });
    expect((await h.admin.request(DEACTIVATE, { id: '00000000-0000-4000-8000-000000000000' })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const self = h.as({ userId: id, role: Role.REPUBLICAN_ADMIN, regionCode: null });
    expect((await self.request(DEACTIVATE, { id })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'id', code: 'OWN_ACCOUNT' }] });
  });

  it('refuses a direct call without the gateway’s signature, and one signed with another secret', async () => {
    const unsigned = await fetch(h.subgraph.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ me { id } }' }) });
    expect(unsigned.status).toBe(401);
    expect(((await unsigned.json()) as { errors: unknown[] }).errors[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' }, message: expect.stringMatching(/gateway/) });
    const forged = new GraphQLTestClient(h.subgraph.url, { secret: 'not-the-internal-secret-at-all' });
    expect((await forged.request(LIST)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const base = h.subgraph.url.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
  });
});
