import { FeedbackTopic, type EventName, type EventPayloads, NeedKind, NeedTheme, OrganizationKind, Role, VerificationStatus, type Identity } from '@birge/shared-reference';
import { eventually, GraphQLTestClient } from '@birge/server-testing';
import { randomUUID } from 'node:crypto';
import { ALMATY, ASTANA, notificationsTestbed } from './support/notifications-testbed';

const ESIL = '711210000';
const staff = (userId: string, regionCode: string): Identity => ({ userId, role: Role.REGIONAL_STAFF, regionCode });

const INBOX = `{ notifications(first: 100) { edges { node { kind region { code } subjectId districtCode daysLeft score period personal organization { id } } } } }`;
interface Node {
  kind: string;
  region: { code: string } | null;
  subjectId: string | null;
  districtCode: string | null;
  daysLeft: number | null;
  score: number | null;
  period: string | null;
  personal: boolean;
  organization: { id: string } | null;
}

describe('notifications from the registry, analytics and identity', () => {
  const bed = notificationsTestbed();
  const client = (identity: Identity) => new GraphQLTestClient(bed.subgraph.url, { identity });
  const inboxOf = async (identity: Identity): Promise<Node[]> =>
    (await client(identity).data<{ notifications: { edges: { node: Node }[] } }>(INBOX)).notifications.edges.map((e) => e.node);
  const admin: Identity = { userId: 'republic-1', role: Role.REPUBLICAN_ADMIN, regionCode: null };
  const analyst: Identity = { userId: 'analyst-1', role: Role.ANALYST, regionCode: null };

  /** Publishes an event as its source would, and waits until notifications has handled it. */
  const deliver = async <N extends EventName>(name: N, payload: EventPayloads[N]) => {
    const { eventId } = await bed.events.publish(name, payload);
    await eventually(async () => ((await bed.subgraph.dataSource.query(`SELECT 1 FROM notifications.processed_event WHERE event_id = $1`, [eventId])).length ? true : undefined));
  };

  it("tells the region's office of an organization registered, verified, its verification running out and a district gone stale; never the actor", async () => {
    const organizationId = randomUUID();
    await deliver('registry.organization-registered', {
      organizationId,
      name: 'Есіл жастары',
      kind: OrganizationKind.NGO,
      regionCode: ASTANA,
      districtCode: ESIL,
      actorId: 'astana-1',
    });
    const verified = { organizationId, regionCode: ASTANA, verifiedAt: new Date().toISOString(), changedAt: new Date().toISOString(), actorId: 'astana-1' };
    await deliver('registry.organization-verification-changed', { ...verified, status: VerificationStatus.IN_REVIEW, previousStatus: VerificationStatus.UNVERIFIED });
    await deliver('registry.organization-verification-changed', { ...verified, status: VerificationStatus.VERIFIED, previousStatus: VerificationStatus.IN_REVIEW });
    await deliver('registry.organization-verification-changed', { ...verified, status: VerificationStatus.VERIFIED, previousStatus: VerificationStatus.VERIFIED });
    await deliver('registry.verification-expiring', {
      organizationId,
      regionCode: ASTANA,
      districtCode: ESIL,
      verifiedAt: verified.verifiedAt,
      expiresAt: verified.verifiedAt,
      daysLeft: 12,
    });
    await deliver('registry.district-contacts-stale', { regionCode: ASTANA, districtCode: ESIL, lastContactOn: null, organizations: 3, windowMonths: 12 });

    const colleague = await inboxOf(staff('astana-2', ASTANA));
    expect(colleague.map((n) => n.kind).sort()).toEqual(['DISTRICT_CONTACTS_STALE', 'ORGANIZATION_REGISTERED', 'ORGANIZATION_VERIFIED', 'VERIFICATION_EXPIRING']);
    expect(colleague.find((n) => n.kind === 'VERIFICATION_EXPIRING')).toMatchObject({ daysLeft: 12, organization: { id: organizationId } });
    expect(colleague.find((n) => n.kind === 'DISTRICT_CONTACTS_STALE')).toMatchObject({ districtCode: ESIL, subjectId: ESIL, region: { code: ASTANA } });
    // The one who registered and verified it hears only of what the sweep found.
    expect((await inboxOf(staff('astana-1', ASTANA))).map((n) => n.kind).sort()).toEqual(['DISTRICT_CONTACTS_STALE', 'VERIFICATION_EXPIRING']);
    expect(await inboxOf(staff('almaty-1', ALMATY))).toEqual([]);
    expect((await inboxOf(admin)).length).toBe(4);
  });

  it('gives an escalated need and a region’s feedback to the republican office only, and the office’s answer to the region’s staff only', async () => {
    const needId = randomUUID();
    await deliver('analytics.need-escalated', {
      needId,
      regionCode: ALMATY,
      districtCode: null,
      theme: NeedTheme.FUNDING,
      kind: NeedKind.MOVEMENT,
      escalatedBy: 'almaty-1',
      escalatedAt: new Date().toISOString(),
    });
    const threadId = randomUUID();
    const post = (authorId: string, authorSide: 'REGION' | 'REPUBLICAN_OFFICE') =>
      deliver('analytics.feedback-posted', {
        threadId,
        messageId: randomUUID(),
        regionCode: ALMATY,
        topic: FeedbackTopic.QUESTION,
        authorId,
        authorSide,
        opensThread: authorSide === 'REGION',
        attachmentCount: 0,
        postedAt: new Date().toISOString(),
      });
    await post('almaty-1', 'REGION');
    await post('republic-1', 'REPUBLICAN_OFFICE');

    const office = (await inboxOf(admin)).filter((n) => n.kind === 'NEED_ESCALATED' || n.kind === 'FEEDBACK_POSTED');
    expect(office.map((n) => [n.kind, n.subjectId]).sort()).toEqual([
      ['FEEDBACK_POSTED', threadId],
      ['NEED_ESCALATED', needId],
    ]);
    // Another administrator hears of the region's message, not of the office's own answer.
    expect((await inboxOf({ ...admin, userId: 'republic-2' })).filter((n) => n.kind === 'FEEDBACK_POSTED')).toHaveLength(1);
    const colleague = await inboxOf(staff('almaty-2', ALMATY));
    expect(colleague.map((n) => n.kind)).toEqual(['FEEDBACK_POSTED']);
    expect((await inboxOf(staff('almaty-1', ALMATY))).map((n) => n.kind)).toEqual(['FEEDBACK_POSTED']);
    expect((await inboxOf(analyst)).filter((n) => n.kind === 'NEED_ESCALATED' || n.kind === 'FEEDBACK_POSTED')).toEqual([]);
  });

  it('tells the republican administrators of a new account and a key about to expire, and the owner alone of a changed password', async () => {
    const accountId = randomUUID();
    await deliver('identity.account-created', {
      accountId,
      email: 'new@front.birge.kz',
      name: 'Жаңа қызметкер',
      role: Role.REGIONAL_STAFF,
      regionCode: ASTANA,
      language: 'kk',
      actorId: 'republic-1',
      createdAt: new Date().toISOString(),
    });
    const apiKeyId = randomUUID();
    await deliver('identity.api-key-expiring', {
      apiKeyId,
      name: 'Qazvolunteer',
      prefix: 'bgk_0123456789ab',
      expiresAt: new Date().toISOString(),
      daysLeft: 7,
      createdBy: 'republic-1',
    });
    await deliver('identity.password-changed', { accountId, regionCode: ASTANA, actorId: accountId, changedAt: new Date().toISOString() });

    const other = await inboxOf({ ...admin, userId: 'republic-2' });
    expect(other.find((n) => n.kind === 'ACCOUNT_CREATED')).toMatchObject({ subjectId: accountId, region: { code: ASTANA } });
    expect(other.find((n) => n.kind === 'API_KEY_EXPIRING')).toMatchObject({ subjectId: apiKeyId, region: null, daysLeft: 7 });
    expect(other.some((n) => n.kind === 'PASSWORD_CHANGED')).toBe(false);
    // The creator is the actor; regional staff hear of neither.
    expect((await inboxOf(admin)).some((n) => n.kind === 'ACCOUNT_CREATED')).toBe(false);
    expect((await inboxOf(staff('astana-2', ASTANA))).some((n) => ['ACCOUNT_CREATED', 'API_KEY_EXPIRING', 'PASSWORD_CHANGED'].includes(n.kind))).toBe(false);
    const owner = await inboxOf(staff(accountId, ASTANA));
    expect(owner.filter((n) => n.kind === 'PASSWORD_CHANGED')).toEqual([expect.objectContaining({ personal: true, subjectId: accountId })]);
    const [recipient] = await bed.subgraph.dataSource.query(`SELECT email, language, region_code, role, active FROM notifications.recipient WHERE account_id = $1`, [accountId]);
    expect(recipient).toEqual({ email: 'new@front.birge.kz', language: 'kk', region_code: ASTANA, role: 'REGIONAL_STAFF', active: true });

    await deliver('identity.account-deactivated', { accountId, actorId: 'republic-1', deactivatedAt: new Date().toISOString() });
    expect((await bed.subgraph.dataSource.query(`SELECT active FROM notifications.recipient WHERE account_id = $1`, [accountId]))[0].active).toBe(false);
  });
});
