import type { GraphQLErrorShape } from '@birge/server-testing';
import { ASTANA, CREATE, ESIL, startRegistry, UPDATE, validBin, type RegistryHarness } from './support/registry-harness';

type Created = { createOrganization: { id: string; version: number; bin: string | null } & Record<string, unknown> };

const ngo = (overrides: Record<string, unknown> = {}) => ({
  name: 'Қамқор',
  nameKk: 'Қамқор қоғамдық қоры',
  nameRu: 'Общественный фонд «Камкор»',
  nameLatin: 'Qamqor',
  kind: 'NGO',
  legalForm: 'PUBLIC_FOUNDATION',
  bin: validBin(1),
  qazvolunteerId: 'qv-1001',
  regionCode: ASTANA,
  districtCode: ESIL,
  directions: ['QAMQOR', 'OTHER_SOCIAL'],
  categories: ['SILVER', 'MIDDLE'],
  modes: ['OFFLINE', 'AUTO'],
  description: 'Қарттар үйлеріне көмек',
  contactPeople: [{ name: 'Айгүл Серікқызы', role: 'төраға', phones: ['8 (701) 234-56-78'], emails: ['Aigul@Example.kz'], socialLinks: ['https://instagram.com/qamqor'] }],
  volunteerCount: 40,
  foundedOn: '2015-03-20',
  ...overrides,
});

const fieldCodes = (error: GraphQLErrorShape | undefined) => (error?.extensions?.fields ?? []).map((f) => `${f.field}:${f.code}`);

describe('registry: actors with their full profile', () => {
  let h: RegistryHarness;
  beforeAll(async () => {
    h = await startRegistry();
  });
  afterAll(() => h?.stop());

  it('creates an NGO with names in three scripts, BIN, categories, modes and normalised contact people', async () => {
    const data = await h.client.data<Created>(CREATE, { input: ngo() });
    expect(data.createOrganization).toMatchObject({
      name: 'Қамқор',
      nameRu: 'Общественный фонд «Камкор»',
      legalForm: 'PUBLIC_FOUNDATION',
      bin: validBin(1),
      qazvolunteerId: 'QV-1001',
      categories: ['SILVER', 'MIDDLE'],
      modes: ['OFFLINE', 'AUTO'],
      contactPeople: [{ name: 'Айгүл Серікқызы', role: 'төраға', phones: ['+77012345678'], emails: ['aigul@example.kz'], socialLinks: ['https://instagram.com/qamqor'] }],
      volunteerCount: 40,
      foundedOn: '2015-03-20',
      status: 'ACTIVE',
      createdBy: 'demo-republican-admin',
      updatedBy: null,
      version: 1,
    });
  });

  it('refuses an invalid BIN, NGO-only fields on a group, bad contacts and dates: every field at once, nothing stored', async () => {
    const before = await h.count();
    const result = await h.client.request(CREATE, {
      input: ngo({
        kind: 'INITIATIVE_GROUP',
        bin: '971240001316',
        qazvolunteerId: 'no spaces allowed',
        foundedOn: '2999-01-01',
        volunteerCount: -3,
        contactPeople: [{ name: 'Ерлан', phones: ['12345'], emails: ['not-an-email'], socialLinks: ['instagram'] }],
      }),
    });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldCodes(result.errors?.[0]).sort()).toEqual(
      [
        'bin:INVALID_BIN',
        'bin:BIN_ONLY_FOR_NGO',
        'legalForm:LEGAL_FORM_ONLY_FOR_NGO',
        'qazvolunteerId:INVALID_QAZVOLUNTEER_ID',
        'foundedOn:DATE_IN_FUTURE',
        'volunteerCount:OUT_OF_RANGE',
        'contactPeople.0.phones.0:INVALID_PHONE',
        'contactPeople.0.emails.0:INVALID_EMAIL',
        'contactPeople.0.socialLinks.0:INVALID_URL',
      ].sort(),
    );
    expect(await h.count()).toBe(before);
  });

  it('refuses a second record with the same BIN or Qazvolunteer.kz ID, naming the existing one', async () => {
    const first = await h.client.data<Created>(CREATE, { input: ngo({ bin: validBin(2), qazvolunteerId: 'QV-2002', name: 'Мейірім' }) });
    const before = await h.count();
    const sameBin = await h.client.request(CREATE, { input: ngo({ bin: validBin(2), qazvolunteerId: null, name: 'Басқа атау' }) });
    expect(sameBin.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'DUPLICATE_BIN',
      existingId: first.createOrganization.id,
      fields: [{ field: 'bin', code: 'DUPLICATE_BIN' }],
    });
    const sameQv = await h.client.request(CREATE, { input: ngo({ bin: null, qazvolunteerId: 'qv-2002', name: 'Тағы біреу' }) });
    expect(sameQv.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'DUPLICATE_QAZVOLUNTEER_ID', existingId: first.createOrganization.id });
    expect(await h.count()).toBe(before);
  });

  it('updates with optimistic locking: the current version wins, a stale one is a CONFLICT that changes nothing', async () => {
    const created = await h.client.data<Created>(CREATE, { input: ngo({ bin: validBin(3), qazvolunteerId: null, name: 'Жас Өркен' }) });
    const { id } = created.createOrganization;
    const updated = await h.client.data<{ updateOrganization: { version: number; nameRu: string; status: string; updatedBy: string } }>(UPDATE, {
      input: { id, version: 1, nameRu: 'Жас Оркен', status: 'DORMANT' },
    });
    expect(updated.updateOrganization).toMatchObject({ version: 2, nameRu: 'Жас Оркен', status: 'DORMANT', updatedBy: 'demo-republican-admin' });

    const stale = await h.client.request(UPDATE, { input: { id, version: 1, nameRu: 'Перезапись', volunteerCount: 1 } });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION', currentVersion: 2 });
    const rows = await h.subgraph.dataSource.query('SELECT name_ru, volunteer_count, version FROM registry.organization WHERE id = $1', [id]);
    expect(rows[0]).toEqual({ name_ru: 'Жас Оркен', volunteer_count: 40, version: 2 });
  });

  it("validates updates like creates and refuses to take another record's BIN", async () => {
    const a = await h.client.data<Created>(CREATE, { input: ngo({ bin: validBin(4), qazvolunteerId: null, name: 'Алғыс' }) });
    const b = await h.client.data<Created>(CREATE, { input: ngo({ bin: validBin(5), qazvolunteerId: null, name: 'Бірлік' }) });
    const taken = await h.client.request(UPDATE, { input: { id: b.createOrganization.id, version: 1, bin: validBin(4) } });
    expect(taken.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'DUPLICATE_BIN', existingId: a.createOrganization.id });

    const bad = await h.client.request(UPDATE, { input: { id: b.createOrganization.id, version: 1, kind: 'INDEPENDENT_VOLUNTEER', districtCode: '101000000' } });
    expect(fieldCodes(bad.errors?.[0]).sort()).toEqual(['districtCode:DISTRICT_NOT_IN_REGION', 'kind:BIN_ONLY_FOR_NGO', 'kind:LEGAL_FORM_ONLY_FOR_NGO']);
    const row = await h.subgraph.dataSource.query('SELECT bin, kind, version FROM registry.organization WHERE id = $1', [b.createOrganization.id]);
    expect(row[0]).toEqual({ bin: validBin(5), kind: 'NGO', version: 1 });

    const missing = await h.client.request(UPDATE, { input: { id: '00000000-0000-0000-0000-000000000000', version: 1, name: 'Жоқ' } });
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
