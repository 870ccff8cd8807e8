import {
  buildFederatedSchema,
  ForbiddenError,
  requireIdentity,
  roleAuthChecker,
  startSubgraph,
  ValidationError,
  type RequestContext,
  type RunningSubgraph,
} from '@birge/server-kit';
import { eventually, GraphQLTestClient, TestEvents } from '@birge/server-testing';
import { Role, type AuditRecordedPayload } from '@birge/shared-reference';
import { Arg, Ctx, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { ASTANA, CREATE, startIdentity, type IdentityHarness } from './support';

// A stand-in for another subgraph (registry, assistance, …): it has no audit code of its own,
// only the kit's startSubgraph, whose audit plugin sends its records to the identity subgraph.
@ObjectType({ description: 'A probe record.' })
class Probe {
  @Field(() => ID, { description: 'Its id.' })
  id: string;
}

@InputType({ description: 'A probe input.' })
class ProbeInput {
  @Field(() => ID, { description: 'The organization.' })
  organizationId: string;

  @Field({ description: 'A name that must never reach the audit log.' })
  name: string;
}

@Resolver()
class ProbeResolver {
  @Query(() => Boolean, { description: 'Nothing.' })
  probeReady(): boolean {
    return true;
  }

  @Mutation(() => Probe, { description: 'Creates a probe; BAD_USER_INPUT for an empty name, FORBIDDEN for analysts.' })
  createProbe(@Arg('input', () => ProbeInput) input: ProbeInput, @Ctx() ctx: RequestContext): Probe {
    if (requireIdentity(ctx).role === Role.ANALYST) throw new ForbiddenError();
    if (!input.name.trim()) throw ValidationError.field('name', 'REQUIRED', 'is required');
    return { id: '11111111-2222-4333-8444-555555555555' };
  }

  @Mutation(() => Probe, { description: 'Stores a change, then answers once the test lets it; BAD_USER_INPUT (nothing stored) when asked to fail.' })
  async commitProbe(@Arg('organizationId', () => ID) organizationId: string, @Arg('fail', { nullable: true }) fail: boolean): Promise<Probe> {
    await probeStore.dataSource.transaction(async (manager) => {
      await manager.query('SELECT $1::text', [organizationId]);
      if (fail) throw ValidationError.field('fail', 'REFUSED', 'was asked to fail');
    });
    await probeStore.answer;
    return { id: '33333333-2222-4333-8444-555555555555' };
  }
}

/** What the probe's resolvers reach: its data source, and the moment it may answer. */
const probeStore: { dataSource: DataSource; answer: Promise<void> } = { dataSource: undefined as unknown as DataSource, answer: Promise.resolve() };

const AUDIT_LOG = `query($filter: AuditLogFilter, $first: Int, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id occurredAt service userId role region { code } keyId operation operationName targetIds outcome requestId } }
  }
}`;

interface AuditNode {
  id: string;
  service: string;
  userId: string | null;
  role: string | null;
  region: { code: string } | null;
  keyId: string | null;
  operation: string;
  operationName: string | null;
  targetIds: string[];
  outcome: string;
}
interface AuditLogResult {
  auditLog: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: AuditNode }[] };
}

describe('the audit log', () => {
  let h: IdentityHarness;
  let probe: RunningSubgraph<object>;

  beforeAll(async () => {
    h = await startIdentity();
    probe = await startSubgraph(
      {
        name: 'probe',
        defaultPort: 0,
        entities: [],
        migrations: [],
        buildSchema: () => buildFederatedSchema({ resolvers: [ProbeResolver], authChecker: roleAuthChecker, partnerScope: 'registry' }),
        createServices: () => ({}),
      },
      { DATABASE_URL: h.db.url, PORT: '0', LOG_LEVEL: 'silent', NODE_ENV: 'test' },
    );
    probeStore.dataSource = probe.dataSource;
  });
  afterAll(async () => {
    await probe?.stop();
    await h?.stop();
  });

  const log = async (filter: Record<string, unknown>, first = 50) => (await h.admin.data<AuditLogResult>(AUDIT_LOG, { filter, first })).auditLog;
  const waitFor = (filter: Record<string, unknown>, count = 1) =>
    eventually(async () => {
      const found = await log(filter);
      return found.edges.length >= count ? found.edges.map((e) => e.node) : undefined;
    }, 20000);

  it('records allowed and refused mutations of the identity subgraph itself, with who, what and the outcome', async () => {
    const created = await h.admin.data<{ createStaffAccount: { id: string } }>(CREATE, {
      input: { email: 'audited@example.kz', name: 'Audited Person', role: 'ANALYST', password: 'a-long-enough-password' },
    });
    const analyst = h.as({ userId: 'analyst-1', role: Role.ANALYST, regionCode: null });
    const refused = await analyst.request(`mutation Sneaky($id: ID!) { deactivateStaffAccount(id: $id) { id } }`, { id: created.createStaffAccount.id });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    // The record written with the change comes first; the one sent after the answer adds the ids it touched.
    const allowed = await eventually(async () => (await log({ operation: 'createStaffAccount' })).edges.find((e) => e.node.targetIds.length)?.node, 20000);
    expect(allowed).toMatchObject({ service: 'identity', userId: 'bootstrap-admin', role: 'REPUBLICAN_ADMIN', region: null, outcome: 'OK', operationName: 'Create' });
    expect(allowed.targetIds).toEqual([created.createStaffAccount.id]);
    const [forbidden] = await waitFor({ operation: 'deactivateStaffAccount', outcome: 'FORBIDDEN' });
    expect(forbidden).toMatchObject({ service: 'identity', userId: 'analyst-1', role: 'ANALYST', operationName: 'Sneaky', targetIds: [created.createStaffAccount.id] });
    // "Refused" means any outcome but OK, whatever the code.
    const refusedOnly = await log({ refused: true });
    expect(refusedOnly.edges.length).toBeGreaterThan(0);
    expect(refusedOnly.edges.every((e) => e.node.outcome !== 'OK')).toBe(true);
    expect(refusedOnly.edges.map((e) => e.node.operationName)).toContain('Sneaky');
    const allowedOnly = await log({ refused: false });
    expect(allowedOnly.edges.map((e) => e.node.outcome)).toEqual(allowedOnly.edges.map(() => 'OK'));
    expect(allowedOnly.edges.map((e) => e.node.operationName)).toContain('Create');
    // Passwords and other values never reach the log.
    const [row] = await h.subgraph.dataSource.query(`SELECT to_jsonb(a) AS a FROM identity.audit_entry a WHERE operation = 'createStaffAccount'`);
    expect(JSON.stringify(row)).not.toMatch(/a-long-enough-password|audited@example/);
  });

  it('records another subgraph’s allowed and refused mutations, sent as events through the kit', async () => {
    const staff = new GraphQLTestClient(probe.url, { identity: { userId: 'staff-7', role: Role.REGIONAL_STAFF, regionCode: ASTANA } });
    const analyst = new GraphQLTestClient(probe.url, { identity: { userId: 'analyst-7', role: Role.ANALYST, regionCode: null } });
    const partner = new GraphQLTestClient(probe.url, { identity: { userId: 'key-7', role: Role.PARTNER, regionCode: null, scopes: ['registry:write'], keyId: 'key-7' } });
    const organizationId = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
    const mutation = `mutation($input: ProbeInput!) { createProbe(input: $input) { id } }`;
    expect((await staff.data<{ createProbe: { id: string } }>(mutation, { input: { organizationId, name: 'Good' } })).createProbe.id).toBeDefined();
    expect((await staff.request(mutation, { input: { organizationId, name: '  ' } })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await analyst.request(mutation, { input: { organizationId, name: 'Good' } })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await partner.data(mutation, { input: { organizationId, name: 'By key' } });

    const entries = await waitFor({ operation: 'createProbe' }, 4);
    const summary = entries.map(({ service, userId, role, region, keyId, outcome, targetIds }) => ({ service, userId, role, region, keyId, outcome, targetIds }));
    expect(summary).toEqual(
      expect.arrayContaining([
        {
          service: 'probe',
          userId: 'staff-7',
          role: 'REGIONAL_STAFF',
          region: { code: ASTANA },
          keyId: null,
          outcome: 'OK',
          targetIds: [organizationId, '11111111-2222-4333-8444-555555555555'],
        },
        { service: 'probe', userId: 'staff-7', role: 'REGIONAL_STAFF', region: { code: ASTANA }, keyId: null, outcome: 'BAD_USER_INPUT', targetIds: [organizationId] },
        { service: 'probe', userId: 'analyst-7', role: 'ANALYST', region: null, keyId: null, outcome: 'FORBIDDEN', targetIds: [organizationId] },
        { service: 'probe', userId: 'key-7', role: 'PARTNER', region: null, keyId: 'key-7', outcome: 'OK', targetIds: [organizationId, '11111111-2222-4333-8444-555555555555'] },
      ]),
    );
    // Queries are not audited.
    await staff.data('{ probeReady }');
    expect((await log({ operation: 'probeReady' })).totalCount).toBe(0);
  });

  it('stores a mutation’s record in the transaction of its change, so it is kept even if no answer ever comes', async () => {
    const staff = new GraphQLTestClient(probe.url, { identity: { userId: 'staff-8', role: Role.REGIONAL_STAFF, regionCode: ASTANA } });
    const organizationId = 'bbbbbbbb-bbbb-4ccc-8ddd-eeeeeeeeeeee';
    let answer = () => undefined as void;
    probeStore.answer = new Promise<void>((resolve) => (answer = resolve));
    const pending = staff.data<{ commitProbe: { id: string } }>(`mutation Committed($id: ID!) { commitProbe(organizationId: $id) { id } }`, { id: organizationId });
    try {
      // The change is committed and the answer not yet sent: its record is there already.
      const [early] = await waitFor({ operation: 'commitProbe' });
      expect(early).toMatchObject({ service: 'probe', userId: 'staff-8', outcome: 'OK', operationName: 'Committed', targetIds: [organizationId] });
    } finally {
      answer();
    }
    const returned = (await pending).commitProbe.id;
    // The record sent after the answer joins it (the returned id), rather than being a second entry.
    const merged = await eventually(async () => {
      const entries = (await log({ operation: 'commitProbe' })).edges.map((e) => e.node);
      return entries.length === 1 && entries[0].targetIds.includes(returned) ? entries[0] : undefined;
    }, 20000);
    expect(merged).toMatchObject({ outcome: 'OK', targetIds: [organizationId, returned] });

    // A change rolled back: no record of success went with it, only the refusal.
    const refused = await staff.request(`mutation($id: ID!) { commitProbe(organizationId: $id, fail: true) { id } }`, { id: organizationId });
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    await waitFor({ operation: 'commitProbe', outcome: 'BAD_USER_INPUT' });
    const all = (await log({ operation: 'commitProbe' })).edges.map((e) => e.node.outcome);
    expect(all.sort()).toEqual(['BAD_USER_INPUT', 'OK']);
  });

  it('filters by caller, role, region, outcome and time, and pages with cursors', async () => {
    expect((await log({ role: 'ANALYST' })).edges.every((e) => e.node.role === 'ANALYST')).toBe(true);
    expect((await log({ regionCode: ASTANA })).edges.every((e) => e.node.region?.code === ASTANA)).toBe(true);
    expect((await log({ userId: 'staff-7', outcome: 'BAD_USER_INPUT' })).totalCount).toBe(1);
    expect((await log({ from: new Date(Date.now() + 60_000).toISOString() })).totalCount).toBe(0);
    expect((await log({ to: new Date(Date.now() - 3600_000).toISOString() })).totalCount).toBe(0);
    const first = (await h.admin.data<AuditLogResult>(AUDIT_LOG, { first: 2 })).auditLog;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await h.admin.data<AuditLogResult>(AUDIT_LOG, { first: 2, after: first.pageInfo.endCursor })).auditLog;
    expect(second.edges.map((e) => e.node.id)).not.toEqual(expect.arrayContaining(first.edges.map((e) => e.node.id)));
  });

  it('refuses an outcome and a refused flag that contradict each other, naming filter.refused', async () => {
    for (const filter of [
      { outcome: 'FORBIDDEN', refused: false },
      { outcome: 'OK', refused: true },
    ]) {
      const response = await h.admin.request(AUDIT_LOG, { filter });
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'filter.refused', code: 'CONTRADICTS_OUTCOME' }] });
    }
    // Agreeing ones are fine.
    expect((await h.admin.request(AUDIT_LOG, { filter: { outcome: 'FORBIDDEN', refused: true } })).errors).toBeUndefined();
    expect((await h.admin.request(AUDIT_LOG, { filter: { outcome: 'OK', refused: false } })).errors).toBeUndefined();
  });

  it('is for republican administrators only', async () => {
    for (const identity of [
      { userId: 's', role: Role.REGIONAL_STAFF, regionCode: ASTANA },
      { userId: 'a', role: Role.ANALYST, regionCode: null },
      { userId: 'p', role: Role.PARTNER, regionCode: null, scopes: ['registry:read'], keyId: 'p' },
    ]) {
      expect((await h.as(identity).request(AUDIT_LOG, {})).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect((await h.anonymous.request(AUDIT_LOG, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('stores the gateway’s own refusals, from the gateway only, once per record', async () => {
    const record = `mutation($entries: [GatewayAuditEntryInput!]!) { _recordGatewayAudit(entries: $entries) }`;
    const entries = [
      {
        sourceId: 'gw-1',
        operation: 'createOrganization',
        targetIds: [],
        outcome: 'RATE_LIMITED',
        occurredAt: new Date().toISOString(),
        role: 'PARTNER',
        userId: 'key-9',
        keyId: 'key-9',
      },
    ];
    expect((await h.admin.request(record, { entries })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const gateway = new GraphQLTestClient(h.subgraph.url, { identity: null, internalCaller: 'gateway' });
    expect(await gateway.data(record, { entries })).toEqual({ _recordGatewayAudit: 1 });
    expect(await gateway.data(record, { entries })).toEqual({ _recordGatewayAudit: 0 });
    const [entry] = (await log({ outcome: 'RATE_LIMITED' })).edges.map((e) => e.node);
    expect(entry).toMatchObject({ service: 'gateway', operation: 'createOrganization', role: 'PARTNER', keyId: 'key-9' });
  });

  it('stores a redelivered event once', async () => {
    const events = await TestEvents.start(h.db.url, h.subgraph.dataSource);
    try {
      const payload: AuditRecordedPayload = {
        service: 'assistance',
        userId: 'u-1',
        role: Role.REGIONAL_STAFF,
        regionCode: ASTANA,
        keyId: null,
        operation: 'submitAssistanceRequest',
        operationName: null,
        targetIds: ['x'],
        outcome: 'OK',
        occurredAt: new Date().toISOString(),
        requestId: 'r-1',
      };
      const envelope = await events.publish('audit.mutation-recorded', payload);
      await events.redeliver('identity.audit', envelope);
      await eventually(async () => ((await events.completed('identity.audit', envelope.eventId)) === 2 ? true : undefined), 20000);
      expect((await log({ operation: 'submitAssistanceRequest' })).totalCount).toBe(1);
    } finally {
      await events.stop();
    }
  });
});
