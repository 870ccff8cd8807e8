import { type Identity, Role } from '@birge/shared-reference';
import { GraphQLTestClient } from '@birge/server-testing';
import { randomUUID } from 'node:crypto';
import { ALMATY, ANNOUNCEMENT_LINKS, ASTANA, notificationsTestbed } from './support/notifications-testbed';

const CREATE = `mutation($input: CreateAnnouncementInput!) { createAnnouncement(input: $input) { id version } }`;
const SET = `mutation($id: ID!, $version: Int!, $guideIds: [ID!]!) { setAnnouncementGuides(id: $id, version: $version, guideIds: $guideIds) { id version guides { id } } }`;
const ONE = `query($id: ID!) { announcement(id: $id) { version guides { id } } }`;
const CANCEL = `mutation($id: ID!) { cancelAnnouncement(id: $id) { version } }`;

describe('announcements link guides of the assistance library by id', () => {
  const bed = notificationsTestbed({
    settings: {
      ...ANNOUNCEMENT_LINKS,
      ANNOUNCEMENT_POLL_MS: '3600000',
      MAIL_POLL_MS: '60000',
    },
  });
  const as = (identity: Identity) => new GraphQLTestClient(bed.subgraph.url, { identity });
  const aigerim = () => as({ userId: 'aigerim', role: Role.REGIONAL_STAFF, regionCode: ASTANA });

  const draft = async () =>
    (
      await aigerim().data<{ createAnnouncement: { id: string; version: number } }>(CREATE, {
        input: { topic: 'OTHER', language: 'kk', title: 'Тіркеу бойынша нұсқаулық', body: 'Қоса берілген үлгілерді қараңыз.', target: { regionCodes: [ASTANA] } },
      })
    ).createAnnouncement;

  it('links guides in the order given, replaces them, and answers them as Guide references', async () => {
    const announcement = await draft();
    const [a, b] = [randomUUID(), randomUUID()];
    const set = await aigerim().data<{ setAnnouncementGuides: { version: number; guides: { id: string }[] } }>(SET, {
      id: announcement.id,
      version: announcement.version,
      guideIds: [b, a, b],
    });
    expect(set.setAnnouncementGuides.guides).toEqual([{ id: b }, { id: a }]);
    expect(set.setAnnouncementGuides.version).toBe(announcement.version + 1);
    const stale = await aigerim().request(SET, { id: announcement.id, version: announcement.version, guideIds: [] });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    await aigerim().data(SET, { id: announcement.id, version: set.setAnnouncementGuides.version, guideIds: [a] });
    const read = await aigerim().data<{ announcement: { guides: { id: string }[] } }>(ONE, { id: announcement.id });
    expect(read.announcement.guides).toEqual([{ id: a }]);
    // The gateway asks the assistance subgraph for the guides themselves: here they are references by key.
    const sdl = (await aigerim().data<{ _service: { sdl: string } }>(`{ _service { sdl } }`))._service.sdl;
    expect(sdl).toMatch(/type Guide\s+@key\(fields: "id", resolvable: false\)/);
  });

  it('refuses wrong ids, too many guides, another office and a cancelled announcement with their codes', async () => {
    const announcement = await draft();
    const fieldOf = async (guideIds: string[]) =>
      (await aigerim().request(SET, { id: announcement.id, version: announcement.version, guideIds })).errors?.[0].extensions?.fields?.[0];
    expect(await fieldOf([randomUUID(), 'guide-1'])).toMatchObject({ field: 'guideIds.1', code: 'INVALID_ID' });
    expect(await fieldOf(Array.from({ length: 6 }, () => randomUUID()))).toMatchObject({ field: 'guideIds', code: 'TOO_MANY_GUIDES' });
    const dana = as({ userId: 'dana', role: Role.REGIONAL_STAFF, regionCode: ALMATY });
    const foreign = await dana.request(SET, { id: announcement.id, version: announcement.version, guideIds: [] });
    expect(foreign.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    const analyst = as({ userId: 'analyst-1', role: Role.ANALYST, regionCode: null });
    expect((await analyst.request(SET, { id: announcement.id, version: announcement.version, guideIds: [] })).errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    const cancelled = await aigerim().data<{ cancelAnnouncement: { version: number } }>(CANCEL, { id: announcement.id });
    const late = await aigerim().request(SET, { id: announcement.id, version: cancelled.cancelAnnouncement.version, guideIds: [randomUUID()] });
    expect(late.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ANNOUNCEMENT_CANCELLED' });
  });
});
