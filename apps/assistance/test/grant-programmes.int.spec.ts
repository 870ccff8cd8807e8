import { addCalendarDays, kazakhstanDay } from '@birge/shared-reference';
import { randomUUID } from 'node:crypto';
import { ALMATY, ANALYST, ASTANA, AssistanceHarness, staff } from './support/assistance-harness';

const FIELDS = `id title { kk ru en } funderKind funderName funderSponsor { id } funderStateBody { id } directions actorKinds regionCodes amountMin amountMax
  opensOn closesOn link ownerRegionCode announcedAt version documents { fileName mimeType sizeBytes }`;
const CREATE = `mutation($input: CreateGrantProgrammeInput!) { createGrantProgramme(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateGrantProgrammeInput!) { updateGrantProgramme(input: $input) { ${FIELDS} } }`;
const LIST = `query($filter: GrantProgrammeFilter, $first: Int, $after: String) {
  grantProgrammes(filter: $filter, first: $first, after: $after) { totalCount edges { node { title { en } } } pageInfo { hasNextPage endCursor } }
}`;
const ANNOUNCE = `mutation($input: AnnounceGrantProgrammeInput!) { announceGrantProgramme(input: $input) { announcedAt } }`;

/** A day counted from today in Kazakhstan, as the service counts them (after 19:00 UTC it is already tomorrow there). */
const day = (offset: number) => addCalendarDays(kazakhstanDay(new Date()), offset);
const title = (en: string) => ({ kk: `${en} kk`, ru: `${en} ru`, en });
const programme = (en: string, extra: Record<string, unknown> = {}) => ({
  title: title(en),
  funder: { kind: 'OTHER', name: 'Азаматтық альянс' },
  opensOn: day(-10),
  closesOn: day(30),
  ...extra,
});

describe('assistance: grant and support programmes', () => {
  const h = new AssistanceHarness();
  const sponsor = randomUUID();
  beforeAll(async () => {
    await h.start();
    await h.directoryEntry({ entryId: sponsor, entryKind: 'SPONSOR', regionCode: null, name: { kk: 'Ұлттық қор', ru: 'Национальный фонд', en: 'National Fund' } });
  });
  afterAll(() => h.stop());

  it('adds a programme funded by a directory sponsor, named by it', async () => {
    const data = await h.admin.data<{ createGrantProgramme: Record<string, unknown> }>(CREATE, {
      input: programme('Green grants', {
        funder: { kind: 'SPONSOR', id: sponsor },
        directions: ['TAZA_ALEM'],
        actorKinds: ['NGO'],
        amountMin: 500000,
        amountMax: 3000000,
        link: 'https://fund.kz/green',
      }),
    });
    expect(data.createGrantProgramme).toMatchObject({
      funderKind: 'SPONSOR',
      funderName: 'Ұлттық қор',
      funderSponsor: { id: sponsor },
      funderStateBody: null,
      ownerRegionCode: null,
      regionCodes: [],
      amountMax: 3000000,
      version: 1,
    });
  });

  it('names each wrong field with its code', async () => {
    const codeOf = async (input: Record<string, unknown>) => (await h.admin.request(CREATE, { input })).errors?.[0].extensions?.fields?.[0];
    expect(await codeOf(programme('Bad', { closesOn: day(-20) }))).toMatchObject({ field: 'closesOn', code: 'CLOSES_BEFORE_OPENS' });
    expect(await codeOf(programme('Bad', { amountMin: 10, amountMax: 5 }))).toMatchObject({ field: 'amountMax', code: 'AMOUNTS_REVERSED' });
    expect(await codeOf(programme('Bad', { funder: { kind: 'SPONSOR', id: randomUUID() } }))).toMatchObject({ field: 'funder.id', code: 'UNKNOWN_SPONSOR' });
    expect(await codeOf(programme('Bad', { funder: { kind: 'STATE_BODY', id: sponsor } }))).toMatchObject({ field: 'funder.id', code: 'UNKNOWN_STATE_BODY' });
    expect(await codeOf(programme('Bad', { link: 'fund.kz' }))).toMatchObject({ field: 'link', code: 'INVALID_URL' });
    expect(await codeOf(programme('Bad', { regionCodes: ['123'] }))).toMatchObject({ field: 'regionCodes.0' });
    expect(await codeOf({ ...programme('Bad'), title: { kk: 'x', ru: 'абв', en: 'abc' } })).toMatchObject({ field: 'title.kk', code: 'INVALID_LENGTH' });
  });

  it("lets a region keep its own region's programmes only; analysts read", async () => {
    const almaty = h.client(staff('staff-almaty', ALMATY));
    const own = await almaty.data<{ createGrantProgramme: { ownerRegionCode: string; regionCodes: string[]; id: string } }>(CREATE, { input: programme('Almaty youth') });
    expect(own.createGrantProgramme).toMatchObject({ ownerRegionCode: ALMATY, regionCodes: [ALMATY] });
    const wide = await almaty.request(CREATE, { input: programme('Everywhere', { regionCodes: [ASTANA] }) });
    expect(wide.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'regionCodes', code: 'REGION_NOT_OWN' });
    const astana = h.client(staff('staff-astana', ASTANA));
    const foreign = await astana.request(UPDATE, { input: { id: own.createGrantProgramme.id, version: 1, link: 'https://x.kz' } });
    expect(foreign.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_REGION' });
    const national = await astana.request(CREATE, { input: programme('National', { ownerRegionCode: null }) });
    expect(national.errors).toBeUndefined();
    const analyst = h.client(ANALYST);
    expect((await analyst.request(CREATE, { input: programme('No') })).errors?.[0].extensions?.reason).toBe('READ_ONLY_ROLE');
    expect((await analyst.data<{ grantProgrammes: { totalCount: number } }>(LIST)).grantProgrammes.totalCount).toBeGreaterThan(0);
  });

  it('filters: open now, closing soon, direction, actor kind, region, search; closed ones only when asked', async () => {
    await h.admin.data(CREATE, { input: programme('Closing soon', { closesOn: day(3), directions: ['BILIM'], regionCodes: [ASTANA] }) });
    await h.admin.data(CREATE, { input: programme('Not yet open', { opensOn: day(5), closesOn: day(60) }) });
    await h.admin.data(CREATE, { input: programme('Closed', { opensOn: day(-30), closesOn: day(-2) }) });
    const titles = async (filter: Record<string, unknown>) =>
      (await h.admin.data<{ grantProgrammes: { edges: { node: { title: { en: string } } }[] } }>(LIST, { filter, first: 50 })).grantProgrammes.edges.map((e) => e.node.title.en);
    expect(await titles({ closingWithinDays: 7 })).toEqual(['Closing soon']);
    expect(await titles({ openNow: true })).not.toContain('Not yet open');
    expect(await titles({})).toContain('Not yet open');
    expect(await titles({})).not.toContain('Closed');
    expect(await titles({ includeClosed: true })).toContain('Closed');
    expect(await titles({ direction: 'TAZA_ALEM' })).toEqual(expect.arrayContaining(['Green grants', 'Almaty youth']));
    expect(await titles({ direction: 'TAZA_ALEM' })).not.toContain('Closing soon');
    expect(await titles({ regionCode: ALMATY })).not.toContain('Closing soon');
    expect(await titles({ regionCode: ALMATY })).toContain('Almaty youth');
    expect(await titles({ actorKind: 'INITIATIVE_GROUP' })).not.toContain('Green grants');
    expect(await titles({ search: 'ұлттық' })).toEqual(['Green grants']);
    const first = await h.admin.data<{ grantProgrammes: { edges: unknown[]; pageInfo: { endCursor: string; hasNextPage: boolean }; totalCount: number } }>(LIST, { first: 2 });
    const rest = await h.admin.data<{ grantProgrammes: { edges: { node: { title: { en: string } } }[] } }>(LIST, { first: 50, after: first.grantProgrammes.pageInfo.endCursor });
    expect(first.grantProgrammes.edges.length + rest.grantProgrammes.edges.length).toBe(first.grantProgrammes.totalCount);
  });

  it('announces a programme to its audience through an event for notifications, and reminds once when it closes soon', async () => {
    const created = await h.admin.data<{ createGrantProgramme: { id: string } }>(CREATE, {
      input: programme('Announced', { closesOn: day(2), directions: ['SAGLYQ'], regionCodes: [ASTANA] }),
    });
    const { id } = created.createGrantProgramme;
    const announced = await h.admin.data<{ announceGrantProgramme: { announcedAt: string } }>(ANNOUNCE, { input: { id, language: 'ru' } });
    expect(announced.announceGrantProgramme.announcedAt).not.toBeNull();
    const jobs = async (name: string) =>
      h.query<{ data: { payload: Record<string, unknown> } }>(`SELECT data FROM pgboss.job WHERE name = $1 AND data->'payload'->>'programmeId' = $2`, [name, id]);
    expect((await jobs('notifications.grant-programme-announced'))[0].data.payload).toMatchObject({
      regionCodes: [ASTANA],
      directions: ['SAGLYQ'],
      language: 'ru',
      actorId: 'admin-1',
    });
    await h.services.programmeReminders.run();
    await h.services.programmeReminders.run();
    const reminders = await jobs('notifications.grant-programme-closing-soon');
    expect(reminders).toHaveLength(1);
    expect(reminders[0].data.payload).toMatchObject({ daysLeft: 2, closesOn: day(2) });
  });

  it('keeps documents in the file storage and removes them with the programme', async () => {
    const created = await h.admin.data<{ createGrantProgramme: { id: string; version: number } }>(CREATE, { input: programme('With rules') });
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF').toString('base64');
    const added = await h.admin.data<{ addGrantProgrammeDocument: { documents: { fileName: string; sizeBytes: number }[] } }>(
      `mutation($input: AddGrantProgrammeDocumentInput!) { addGrantProgrammeDocument(input: $input) { documents { fileName sizeBytes } } }`,
      { input: { programmeId: created.createGrantProgramme.id, fileName: 'rules.pdf', mimeType: 'application/pdf', contentBase64: pdf } },
    );
    expect(added.addGrantProgrammeDocument.documents).toEqual([{ fileName: 'rules.pdf', sizeBytes: Buffer.from(pdf, 'base64').length }]);
    const refused = await h.admin.request(`mutation($input: AddGrantProgrammeDocumentInput!) { addGrantProgrammeDocument(input: $input) { id } }`, {
      input: { programmeId: created.createGrantProgramme.id, fileName: 'x.exe', mimeType: 'application/x-msdownload', contentBase64: 'TVo=' },
    });
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    await h.admin.data(`mutation($id: ID!) { deleteGrantProgramme(id: $id, version: 1) }`, { id: created.createGrantProgramme.id });
    expect(await h.query(`SELECT 1 FROM assistance.grant_programme_document`)).toHaveLength(0);
  });
});
