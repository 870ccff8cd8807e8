import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, type GraphQLObjectType } from 'graphql';
import { GraphQLTestClient } from '@birge/server-testing';
import { signIn } from '../src/gateway-client';
import { startStack, type RunningStack } from '../src/stack';
import { CALLERS, OTHER_REGION, OWN_REGION, clientFor, signInCallers, type Caller, type Clients } from './authorization/callers';
import { describeOutcome, matches, portalOutcome } from './authorization/expectations';
import { PortalFixtures } from './authorization/portal-fixtures';
import { Fixtures } from './authorization/fixtures';
import { OPERATIONS, type CaseContext } from './authorization/operations';

jest.setTimeout(120_000);

const API_SCHEMA = buildSchema(readFileSync(path.resolve(__dirname, '../../../apps/gateway/api-schema.graphql'), 'utf8'));
/** Every query and mutation clients can call, read from the published API schema. */
const ROOT_FIELDS = (['Query', 'Mutation'] as const).flatMap((type) => Object.keys((API_SCHEMA.getType(type) as GraphQLObjectType).getFields()).map((field) => `${type}.${field}`));

/** Regional staff are tried on their own region and on another; a rule without regions needs one try. */
function callersOf(field: string): Caller[] {
  const rule = OPERATIONS[field];
  if (!rule) return [];
  return rule.regional ? [...CALLERS] : CALLERS.filter((caller) => caller !== 'staffOther');
}

/**
 * Every role × own/other region × every operation of the API schema, through the gateway with
 * every service running and real credentials (demo accounts signed in, partner keys issued by
 * the admin): allowed calls succeed, refused ones carry the expected code and reason and change
 * nothing.
 */
describe('authorization matrix', () => {
  let stack: RunningStack;
  let clients: Clients;
  let fixtures: Fixtures;
  let portal: PortalFixtures;

  beforeAll(async () => {
    // One portal link makes a request per operation: its budget is lifted here, and tested on its own (portal e2e).
    stack = await startStack({ logLevel: 'warn', devIdentityFallback: false, env: { NODE_ENV: 'test', PORTAL_RATE_LIMIT_PER_MINUTE: '10000', PORTAL_RATE_LIMIT_BURST: '10000' } });
    const signedIn = await signInCallers(stack.gatewayUrl, stack.databaseUrl);
    clients = signedIn.clients;
    fixtures = new Fixtures(clients.admin, signedIn.adminCredentials);
    portal = new PortalFixtures(stack.gatewayUrl, clients.admin);
  }, 300_000);

  afterAll(async () => {
    await stack?.stop();
  });

  it('has a rule for every query and mutation of the API schema, and none for an operation that is gone', () => {
    expect(ROOT_FIELDS.filter((field) => !OPERATIONS[field])).toEqual([]);
    expect(Object.keys(OPERATIONS).filter((field) => !ROOT_FIELDS.includes(field))).toEqual([]);
  });

  describe.each(ROOT_FIELDS.filter((field) => OPERATIONS[field]))('%s', (field) => {
    const rule = OPERATIONS[field];
    const fieldName = field.split('.')[1];

    it.each(callersOf(field))('as %s', async (caller) => {
      const context: CaseContext = { fixtures, admin: clients.admin, caller, region: caller === 'staffOwn' || caller === 'portal' ? OWN_REGION : OTHER_REGION, portal };
      const variables = (await rule.variables?.(context)) ?? {};
      const expected = caller === 'portal' ? portalOutcome(rule.expect) : rule.expect[caller];
      const before = expected !== 'ok' && rule.snapshot ? await rule.snapshot(context, variables) : undefined;

      const client = caller === 'portal' && rule.portalClient ? await rule.portalClient(context) : clientFor(clients, caller);
      const response = await client.request<Record<string, unknown>>(rule.document, variables);
      const outcome = describeOutcome(response);
      if (!matches(outcome, expected)) {
        expect({ outcome, message: response.errors?.[0]?.message, path: response.errors?.[0]?.path }).toEqual({ outcome: expected });
      }
      if (expected === 'ok') {
        expect(response.data?.[fieldName]).not.toBeUndefined();
      } else {
        expect(response.data?.[fieldName] ?? null).toBeNull();
        if (rule.snapshot) expect(await rule.snapshot(context, variables)).toEqual(before);
      }
    });
  });

  describe('personal data through the gateway', () => {
    const PHONE = '+77019876543';
    const EMAIL = 'nurlan.private@example.kz';
    const PERSON = 'Нұрлан Жеке';
    const PROFILE = `query($id: ID!) {
      organization(id: $id) { name contactPeople { name phones emails socialLinks personalDataHidden } }
    }`;
    let organizationId: string;

    beforeAll(async () => {
      const created = await clients.admin.data<{ createOrganization: { id: string } }>('mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }', {
        input: {
          name: 'Жеке деректер тексерісі',
          kind: 'INITIATIVE_GROUP',
          regionCode: OWN_REGION,
          directions: ['BILIM'],
          confirmNotDuplicate: true,
          contactPeople: [{ name: PERSON, phones: [PHONE], emails: [EMAIL], socialLinks: ['https://instagram.com/nurlan.private'] }],
        },
      });
      organizationId = created.createOrganization.id;
    });

    it.each([
      ['analyst', 'PERSONAL_DATA_HIDDEN_FOR_ROLE'],
      ['partnerRead', 'PERSONAL_DATA_HIDDEN_FOR_ROLE'],
    ] as const)('never reaches the %s, not even in a search for it, and says why', async (caller, reason) => {
      const client = clientFor(clients, caller);
      const profile = await client.request<{ organization: { name: string; contactPeople: Record<string, unknown>[] } }>(PROFILE, { id: organizationId });
      expect(profile.errors).toBeUndefined();
      expect(profile.data?.organization.name).toBe('Жеке деректер тексерісі');
      expect(profile.data?.organization.contactPeople).toEqual([{ name: null, phones: null, emails: null, socialLinks: null, personalDataHidden: reason }]);
      const search = (text: string) =>
        client.request<{ organizations: { edges: { node: { id: string } }[] } }>(
          'query($search: String) { organizations(first: 5, filter: { search: $search }) { edges { node { id } } } }',
          { search: text },
        );
      // The same caller finds the organization by its name, so an empty answer below means something.
      const byName = await search('Жеке деректер тексерісі');
      expect(byName.data?.organizations.edges.map((e) => e.node.id)).toContain(organizationId);
      for (const text of [PHONE, EMAIL, PERSON]) {
        const found = await search(text);
        expect(found.errors).toBeUndefined();
        expect(found.data?.organizations.edges.map((e) => e.node.id)).not.toContain(organizationId);
      }
    });

    it('is withheld from another region’s staff and shown to the region’s own staff and the admin', async () => {
      // The demo staff member works in the organization's region; an Almaty colleague is made here.
      const email = `almaty-${Date.now()}@matrix.birge.kz`;
      await clients.admin.data('mutation($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { id } }', {
        input: { email, name: 'Алматы қызметкері', role: 'REGIONAL_STAFF', regionCode: OTHER_REGION, password: 'matrix-password-2026' },
      });
      const token = await signIn(stack.gatewayUrl, email, 'matrix-password-2026');
      const almaty = new GraphQLTestClient(stack.gatewayUrl, { unsigned: true, headers: { authorization: `Bearer ${token}` } });
      const other = await almaty.data<{ organization: { contactPeople: Record<string, unknown>[] } }>(PROFILE, { id: organizationId });
      expect(other.organization.contactPeople[0]).toMatchObject({ name: null, phones: null, personalDataHidden: 'OTHER_REGION' });

      for (const client of [clients.staff, clients.admin]) {
        const own = await client.data<{ organization: { contactPeople: Record<string, unknown>[] } }>(PROFILE, { id: organizationId });
        expect(own.organization.contactPeople[0]).toMatchObject({ name: PERSON, phones: [PHONE], emails: [EMAIL], personalDataHidden: null });
      }
    });
  });
});
