import {
  AssistanceRequestStatus,
  AssistanceSubtype,
  AssistanceType,
  Direction,
  type Identity,
  kazakhstanClock,
  OrganizationKind,
  type OrganizationMailingChangedPayload,
  Role,
} from '@birge/shared-reference';
import { assistanceRequestState, eventually, GraphQLTestClient } from '@birge/server-testing';
import { randomUUID } from 'node:crypto';
import { ALMATY, ANNOUNCEMENT_LINKS, ASTANA, accountCreated, notificationsTestbed } from './support/notifications-testbed';
import type { AnnouncementFigures } from '../src/modules/announcement/announcement.type';

const ESIL = '711210000';
const SARYARKA = '711310000';

const organization = (over: Partial<OrganizationMailingChangedPayload> & { organizationId: string }): OrganizationMailingChangedPayload => ({
  removed: false,
  name: 'Org',
  kind: OrganizationKind.NGO,
  regionCode: ASTANA,
  districtCode: null,
  directions: [Direction.AYALA],
  verificationStatus: 'VERIFIED',
  verifiedAt: null,
  status: 'ACTIVE',
  addresses: [],
  changedAt: new Date().toISOString(),
  ...over,
});

const AUDIENCE = `query($target: AnnouncementTargetInput!) { announcementAudience(target: $target) { organizations reachableOrganizations emails unsubscribed staff } }`;
const FIELDS = `id status version scheduledAt ownerRegionCode target { regionCodes directions } figures { audience sent failed pending unsubscribed staffNotified }`;
const CREATE = `mutation($input: CreateAnnouncementInput!) { createAnnouncement(input: $input) { ${FIELDS} } }`;
const SEND = `mutation($id: ID!) { sendAnnouncement(id: $id) { ${FIELDS} } }`;
const ONE = `query($id: ID!) { announcement(id: $id) { ${FIELDS} } }`;

interface AnnouncementShape {
  id: string;
  status: string;
  version: number;
  ownerRegionCode: string | null;
  target: { regionCodes: string[] };
  figures: AnnouncementFigures;
}

describe('announcements, their audience, unsubscribing, scheduling; preferences and digests', () => {
  const bed = notificationsTestbed({
    settings: {
      ...ANNOUNCEMENT_LINKS,
      MAIL_POLL_MS: '50',
      // The scheduler's own timer stays out of the way: the tests run its steps with their own clock.
      ANNOUNCEMENT_POLL_MS: '3600000',
      DIGEST_HOUR: '8',
    },
    smtp: {},
  });
  const as = (identity: Identity) => new GraphQLTestClient(bed.subgraph.url, { identity });
  const admin = () => as({ userId: 'republic-1', role: Role.REPUBLICAN_ADMIN, regionCode: null });
  const aigerim = () => as({ userId: 'aigerim', role: Role.REGIONAL_STAFF, regionCode: ASTANA });
  const ivan = () => as({ userId: 'ivan', role: Role.REGIONAL_STAFF, regionCode: ASTANA });
  const analyst = () => as({ userId: 'analyst-1', role: Role.ANALYST, regionCode: null });
  const base = () => bed.subgraph.url.replace(/\/graphql$/, '');

  beforeAll(async () => {
    for (const payload of [
      accountCreated('republic-1', 'ru', Role.REPUBLICAN_ADMIN, null),
      accountCreated('aigerim', 'kk', Role.REGIONAL_STAFF, ASTANA),
      accountCreated('ivan', 'ru', Role.REGIONAL_STAFF, ASTANA),
      accountCreated('dana', 'kk', Role.REGIONAL_STAFF, ALMATY),
    ]) {
      await bed.events.publish('identity.account-created', payload);
    }
    const a = randomUUID();
    const snapshots = [
      organization({
        organizationId: a,
        name: 'Ayala Astana',
        districtCode: ESIL,
        directions: [Direction.AYALA, Direction.BILIM],
        addresses: [
          { email: 'info@ayala.kz', consentAt: '2026-01-01T00:00:00Z' },
          { email: 'chair@ayala.kz', consentAt: '2026-01-01T00:00:00Z' },
        ],
      }),
      organization({
        organizationId: randomUUID(),
        name: 'Taza',
        districtCode: SARYARKA,
        kind: OrganizationKind.INITIATIVE_GROUP,
        directions: [Direction.TAZA_ALEM],
        verificationStatus: 'UNVERIFIED',
        addresses: [{ email: 'taza@mail.kz', consentAt: '2026-01-01T00:00:00Z' }],
      }),
      organization({ organizationId: randomUUID(), name: 'Silent', districtCode: ESIL }),
      organization({ organizationId: randomUUID(), name: 'Almaty Ayala', regionCode: ALMATY, addresses: [{ email: 'hello@ayala-almaty.kz', consentAt: '2026-01-01T00:00:00Z' }] }),
      organization({ organizationId: randomUUID(), name: 'Closed', status: 'CLOSED', addresses: [{ email: 'closed@mail.kz', consentAt: '2026-01-01T00:00:00Z' }] }),
      // An older snapshot of the first, arriving late: ignored.
      organization({ organizationId: a, name: 'Ayala (old)', addresses: [{ email: 'old@ayala.kz', consentAt: '2025-01-01T00:00:00Z' }], changedAt: '2025-06-01T00:00:00Z' }),
    ];
    for (const snapshot of snapshots) await bed.events.publish('registry.organization-mailing-changed', snapshot);
    await eventually(async () => {
      const [r] = await bed.subgraph.dataSource.query(
        `SELECT (SELECT count(*) FROM notifications.recipient)::int AS r, (SELECT count(*) FROM notifications.processed_event WHERE consumer = 'notifications.organization-mailing')::int AS m`,
      );
      return r.r === 4 && r.m === 6 ? true : undefined;
    });
  });

  it('counts the audience of a target: active organizations, consenting addresses, staff; an older snapshot changes nothing', async () => {
    const count = async (target: Record<string, unknown>) => (await admin().data<{ announcementAudience: Record<string, number> }>(AUDIENCE, { target })).announcementAudience;
    expect(await count({})).toEqual({ organizations: 4, reachableOrganizations: 3, emails: 4, unsubscribed: 0, staff: 3 });
    expect(await count({ regionCodes: [ASTANA], directions: ['AYALA'] })).toEqual({ organizations: 2, reachableOrganizations: 1, emails: 2, unsubscribed: 0, staff: 2 });
    expect(await count({ regionCodes: [ASTANA], districtCodes: [SARYARKA] })).toMatchObject({ organizations: 1, emails: 1 });
    expect(await count({ organizationKinds: ['NGO'], verificationStatuses: ['VERIFIED'] })).toMatchObject({ organizations: 3, emails: 3 });
    expect(await count({ verificationStatuses: ['UNVERIFIED'] })).toMatchObject({ organizations: 1, emails: 1 });
    // Regional staff count their own region (an empty list means it) and may not look at another.
    expect((await aigerim().data<{ announcementAudience: Record<string, number> }>(AUDIENCE, { target: {} })).announcementAudience).toMatchObject({ organizations: 3, emails: 3 });
    const other = await aigerim().request(AUDIENCE, { target: { regionCodes: [ALMATY] } });
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_REGION' });
    const wrong = await admin().request(AUDIENCE, { target: { regionCodes: [ALMATY], districtCodes: [ESIL] } });
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(JSON.stringify(wrong.errors)).toContain('DISTRICT_OUTSIDE_REGIONS');
    const refused = await analyst().request(AUDIENCE, { target: {} });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('sends to consenting addresses by e-mail (in its language, with List-Unsubscribe) and to the region’s staff in the app; the link unsubscribes and is counted', async () => {
    const created = (
      await aigerim().data<{ createAnnouncement: AnnouncementShape }>(CREATE, {
        input: {
          topic: 'GRANT',
          language: 'kk',
          title: 'Жастар гранты',
          body: 'Өтінім қабылдау басталды.\n\nМерзімі: 20 желтоқсан.',
          link: 'https://grants.kz/youth',
          target: { directions: ['AYALA'] },
        },
      })
    ).createAnnouncement;
    expect(created).toMatchObject({ status: 'DRAFT', ownerRegionCode: ASTANA, target: { regionCodes: [ASTANA] } });
    const sent = (await aigerim().data<{ sendAnnouncement: AnnouncementShape }>(SEND, { id: created.id })).sendAnnouncement;
    expect(sent.status).toBe('SENT');
    expect(sent.figures).toMatchObject({ audience: 2, staffNotified: 1 });

    const mails = await eventually(async () => {
      const found = bed.smtp.messages.filter((m) => m.subject === 'Грант: Жастар гранты');
      return found.length === 2 ? found : undefined;
    });
    expect(mails.map((m) => (m.to as { text: string }).text).sort()).toEqual(['chair@ayala.kz', 'info@ayala.kz']);
    const mail = mails[0];
    expect(mail.headers.get('content-language')).toBe('kk');
    expect(mail.text).toContain('Құрметті Ayala Astana ұйымы');
    expect(mail.text).toContain('Мерзімі: 20 желтоқсан.');
    expect(mail.text).toContain('Астана өңірлік фронт-офисі');
    // mailparser folds List-* headers into one object: read the lines as they came.
    const line = (key: string) => mail.headerLines.find((h) => h.key === key)?.line ?? '';
    expect(line('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    const header = line('list-unsubscribe');
    const post = /<(https:\/\/api\.birge\.example\.kz\/unsubscribe\?token=[^>]+)>/.exec(header)?.[1];
    expect(post).toBeDefined();
    expect(mail.text).toContain('https://birge.example.kz/#/unsubscribe?token=');

    const figures = await eventually(async () => {
      const one = (await aigerim().data<{ announcement: AnnouncementShape }>(ONE, { id: created.id })).announcement;
      return one.figures.sent === 2 ? one.figures : undefined;
    });
    expect(figures).toMatchObject({ audience: 2, sent: 2, failed: 0, pending: 0, unsubscribed: 0 });

    // In the app: Ivan (the region's staff) has it, the author does not, Almaty's staff do not.
    const inbox = `{ notifications(first: 10, filter: { kind: ANNOUNCEMENT }) { totalCount } }`;
    expect((await ivan().data<{ notifications: { totalCount: number } }>(inbox)).notifications.totalCount).toBe(1);
    const told = await ivan().data<{ notifications: { edges: { node: { title: string; subjectId: string } }[] } }>(
      `{ notifications(first: 1, filter: { kind: ANNOUNCEMENT }) { edges { node { title subjectId } } } }`,
    );
    expect(told.notifications.edges[0].node).toEqual({ title: 'Жастар гранты', subjectId: created.id });
    expect((await aigerim().data<{ notifications: { totalCount: number } }>(inbox)).notifications.totalCount).toBe(0);
    expect((await as({ userId: 'dana', role: Role.REGIONAL_STAFF, regionCode: ALMATY }).data<{ notifications: { totalCount: number } }>(inbox)).notifications.totalCount).toBe(0);

    // The one-click unsubscribe the mail client posts, on this service's public route; a forged one is refused.
    const token = new URL(String(post)).searchParams.get('token') ?? '';
    expect(token).not.toBe('');
    const answer = await fetch(`${base()}/unsubscribe?token=${encodeURIComponent(token)}`, {
      method: 'POST',
      body: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(answer.status).toBe(200);
    expect(await answer.text()).toMatch(/Unsubscribed: [ic]\*\*\*@ayala\.kz/);
    const forged = await fetch(`${base()}/unsubscribe?token=${encodeURIComponent(token.slice(0, -2))}xx`, { method: 'POST' });
    expect(forged.status).toBe(400);
    const page = await fetch(`${base()}/unsubscribe?token=abc`, { redirect: 'manual' });
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe('https://birge.example.kz/#/unsubscribe?token=abc');

    const after = (await aigerim().data<{ announcement: AnnouncementShape }>(ONE, { id: created.id })).announcement;
    expect(after.figures.unsubscribed).toBe(1);
    const audience = (await aigerim().data<{ announcementAudience: Record<string, number> }>(AUDIENCE, { target: { directions: ['AYALA'] } })).announcementAudience;
    expect(audience).toMatchObject({ emails: 1, unsubscribed: 1 });

    // A sent announcement is not sent again.
    const again = await aigerim().request(SEND, { id: created.id });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ANNOUNCEMENT_SENT' });
  });

  it('keeps drafts private to their office, refuses a stale version, and sends a scheduled announcement when the scheduler reaches its time', async () => {
    const at = new Date(Date.now() + 3600_000).toISOString();
    const created = (
      await admin().data<{ createAnnouncement: AnnouncementShape & { scheduledAt: string } }>(CREATE, {
        input: { topic: 'EVENT', language: 'ru', title: 'Форум волонтёров', body: 'Приглашаем на форум.', target: { regionCodes: [ALMATY] }, scheduledAt: at },
      })
    ).createAnnouncement;
    expect(created).toMatchObject({ status: 'SCHEDULED', ownerRegionCode: null });
    const past = await admin().request(CREATE, { input: { topic: 'EVENT', language: 'ru', title: 'Прошлое', body: 'x', target: {}, scheduledAt: '2020-01-01T00:00:00Z' } });
    expect(JSON.stringify(past.errors)).toContain('IN_THE_PAST');
    expect((await aigerim().request(ONE, { id: created.id })).errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_REGION' });

    const UPDATE = `mutation($input: UpdateAnnouncementInput!) { updateAnnouncement(input: $input) { ${FIELDS} } }`;
    const updated = (await admin().data<{ updateAnnouncement: AnnouncementShape }>(UPDATE, { input: { id: created.id, version: created.version, title: 'Форум волонтёров 2027' } }))
      .updateAnnouncement;
    expect(updated.version).toBe(created.version + 1);
    const stale = await admin().request(UPDATE, { input: { id: created.id, version: created.version, title: 'Другое' } });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });

    // Not yet due: nothing; due: sent once, even if the step runs again.
    expect(await bed.subgraph.services.announcements.sendDue(new Date())).toBe(0);
    expect(await bed.subgraph.services.announcements.sendDue(new Date(Date.now() + 2 * 3600_000))).toBe(1);
    expect(await bed.subgraph.services.announcements.sendDue(new Date(Date.now() + 2 * 3600_000))).toBe(0);
    const done = (await admin().data<{ announcement: AnnouncementShape }>(ONE, { id: created.id })).announcement;
    expect(done).toMatchObject({ status: 'SENT', figures: { audience: 1, staffNotified: 1 } });
    const mail = await eventually(async () => bed.smtp.messages.find((m) => m.subject === 'Мероприятие: Форум волонтёров 2027'));
    expect((mail.to as { text: string }).text).toBe('hello@ayala-almaty.kz');
    expect(mail.text).toContain('Республиканский фронт-офис');

    // A cancelled one never goes.
    const draft = (await admin().data<{ createAnnouncement: AnnouncementShape }>(CREATE, { input: { topic: 'OTHER', language: 'en', title: 'Never sent', body: 'x', target: {} } }))
      .createAnnouncement;
    const cancelled = (await admin().data<{ cancelAnnouncement: AnnouncementShape }>(`mutation($id: ID!) { cancelAnnouncement(id: $id) { ${FIELDS} } }`, { id: draft.id }))
      .cancelAnnouncement;
    expect(cancelled.status).toBe('CANCELLED');
    expect((await admin().request(SEND, { id: draft.id })).errors?.[0].extensions?.reason).toBe('ANNOUNCEMENT_CANCELLED');

    const list = await aigerim().data<{ announcements: { totalCount: number; edges: { node: { status: string } }[] } }>(
      `{ announcements(first: 10) { totalCount edges { node { status } } } }`,
    );
    // Aigerim's office: its own sent one; not the republican office's for Almaty nor the cancelled draft.
    expect(list.announcements.totalCount).toBe(1);
  });

  it('honours preferences: an e-mail digest instead of immediate mail, built once at the local hour in Asia/Almaty, in the reader’s language', async () => {
    const PREFS = `mutation($p: [NotificationPreferenceInput!]!) { updateNotificationPreferences(preferences: $p) { kind channel mode } }`;
    const saved = await ivan().data<{ updateNotificationPreferences: { kind: string; channel: string; mode: string }[] }>(PREFS, {
      p: [{ kind: 'ASSISTANCE_REQUEST_SUBMITTED', channel: 'EMAIL', mode: 'DAILY' }],
    });
    expect(saved.updateNotificationPreferences.find((p) => p.kind === 'ASSISTANCE_REQUEST_SUBMITTED' && p.channel === 'EMAIL')?.mode).toBe('DAILY');
    expect(saved.updateNotificationPreferences.find((p) => p.kind === 'ASSISTANCE_REQUEST_SUBMITTED' && p.channel === 'IN_APP')?.mode).toBe('IMMEDIATE');
    const bad = await ivan().request(PREFS, { p: [{ kind: 'BOOKING_CONFIRMED', channel: 'IN_APP', mode: 'WEEKLY' }] });
    expect(JSON.stringify(bad.errors)).toContain('IN_APP_NO_DIGEST');

    const requestId = randomUUID();
    const request = { requestId, organizationId: randomUUID(), regionCode: ASTANA };
    const event = await bed.events.publish('assistance.request-submitted', {
      ...request,
      type: AssistanceType.CONSULTATIVE,
      subtype: AssistanceSubtype.GRANT_AND_REPORTING_DOCUMENTS,
      status: AssistanceRequestStatus.NEW,
      state: assistanceRequestState({ ...request, status: AssistanceRequestStatus.NEW }),
      actorId: 'partner-key',
    });
    // Aigerim gets it at once; Ivan does not.
    await eventually(async () => bed.smtp.messages.find((m) => m.messageId?.startsWith(`<${event.eventId}.`)));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(bed.smtp.messages.filter((m) => m.messageId?.startsWith(`<${event.eventId}.`)).map((m) => (m.to as { text: string }).text)).toEqual(['aigerim@front.birge.kz']);

    // The next 08:05 in Almaty after now, found through the time-zone database.
    let at = new Date(Math.ceil(Date.now() / 300_000) * 300_000);
    while (!(kazakhstanClock(at).hour === 8 && at.getUTCMinutes() % 60 === 5)) at = new Date(at.getTime() + 300_000);
    const before = new Date(at.getTime() - 10 * 60_000);
    expect(kazakhstanClock(before).hour).toBe(7);
    expect(await bed.subgraph.services.digests.run(before)).toBe(0);
    expect(await bed.subgraph.services.digests.run(at)).toBe(1);
    expect(await bed.subgraph.services.digests.run(new Date(at.getTime() + 3600_000))).toBe(0);
    const digest = await eventually(async () => bed.smtp.messages.find((m) => m.subject?.startsWith('Ежедневная сводка')));
    expect((digest.to as { text: string }).text).toBe('ivan@front.birge.kz');
    expect(digest.text).toContain('Здравствуйте, Name ivan!');
    expect(digest.text).toContain('• Новый запрос о помощи (Астана)');
    expect(digest.text).toContain('https://birge.example.kz/#/settings/notifications');
  });

  it('counts the records a bulk import created (no address: a file carries no consent) and follows those it moved', async () => {
    const count = async (target: Record<string, unknown>) => (await admin().data<{ announcementAudience: Record<string, number> }>(AUDIENCE, { target })).announcementAudience;
    const before = await count({ regionCodes: [ALMATY] });
    const [first, second] = [randomUUID(), randomUUID()];
    const batch = {
      importId: randomUUID(),
      batch: 0,
      organizationIds: [first, second],
      kinds: [OrganizationKind.NGO, OrganizationKind.INITIATIVE_GROUP],
      regionCodes: [ALMATY, ALMATY],
      districtCodes: [null, null],
      versions: [1, 1],
    };
    await bed.events.publish('registry.organizations-imported', {
      ...batch,
      change: 'REGISTERED',
      profiles: { legalForms: [null, null], directions: [[Direction.MEDIA], [Direction.UMIT]], categories: [[], []], modes: [[], []] },
    });
    await eventually(async () => ((await count({ regionCodes: [ALMATY] })).organizations === before.organizations + 2 ? true : undefined));
    expect(await count({ regionCodes: [ALMATY] })).toMatchObject({ emails: before.emails, reachableOrganizations: before.reachableOrganizations });
    expect((await count({ directions: ['UMIT'] })).organizations).toBe(1);

    await bed.events.publish('registry.organizations-imported', {
      ...batch,
      organizationIds: [second],
      kinds: [OrganizationKind.INITIATIVE_GROUP],
      regionCodes: [ASTANA],
      districtCodes: [ESIL],
      versions: [2],
      change: 'UPDATED',
    });
    await eventually(async () => ((await count({ regionCodes: [ASTANA], districtCodes: [ESIL], directions: ['UMIT'] })).organizations === 1 ? true : undefined));
    expect((await count({ regionCodes: [ALMATY] })).organizations).toBe(before.organizations + 1);
  });
});
