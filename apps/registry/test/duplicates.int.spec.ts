import { ABAI_REGION, ASTANA, CREATE, ESIL, SEMEY, startRegistry, validBin, type RegistryHarness } from './support/registry-harness';

const SIMILAR = `query($input: PossibleDuplicatesInput!) { possibleDuplicates(input: $input) { similarity organization { id name } } }`;
const MERGE = `mutation($input: MergeOrganizationsInput!) {
  mergeOrganizations(input: $input) { id name nameRu bin qazvolunteerId directions version verificationStatus
    contacts { totalCount } verification { checks { method } history { kind } } }
}`;
const LOG = `mutation($input: LogContactInput!) { logContact(input: $input) { id } }`;
const CHECK = `mutation($input: RecordVerificationCheckInput!) { recordVerificationCheck(input: $input) { id } }`;

type Created = { createOrganization: { id: string } };

describe('registry: duplicates and merging', () => {
  let h: RegistryHarness;
  let meirim: string;
  beforeAll(async () => {
    h = await startRegistry();
    meirim = (
      await h.client.data<Created>(CREATE, {
        input: { name: 'Мейірім', nameRu: 'Общественный фонд «Мейирим»', kind: 'NGO', regionCode: ASTANA, districtCode: ESIL, directions: ['QAMQOR'], bin: validBin(11) },
      })
    ).createOrganization.id;
  });
  afterAll(() => h?.stop());

  it('finds similar names of the same region across scripts and legal-form words, not in other regions', async () => {
    const found = await h.client.data<{ possibleDuplicates: { similarity: number; organization: { id: string } }[] }>(SIMILAR, {
      input: { name: 'ҚҚ "Meyirim"', regionCode: ASTANA },
    });
    expect(found.possibleDuplicates.map((d) => d.organization.id)).toEqual([meirim]);
    expect(found.possibleDuplicates[0].similarity).toBeGreaterThanOrEqual(0.6);
    const latin = await h.client.data<{ possibleDuplicates: unknown[] }>(SIMILAR, { input: { name: 'Meirim', regionCode: ASTANA } });
    expect(latin.possibleDuplicates).toHaveLength(1);
    const elsewhere = await h.client.data<{ possibleDuplicates: unknown[] }>(SIMILAR, { input: { name: 'Мейірім', regionCode: ABAI_REGION } });
    expect(elsewhere.possibleDuplicates).toEqual([]);
    const different = await h.client.data<{ possibleDuplicates: unknown[] }>(SIMILAR, { input: { name: 'Жасыл Ел', regionCode: ASTANA } });
    expect(different.possibleDuplicates).toEqual([]);
    const excluded = await h.client.data<{ possibleDuplicates: unknown[] }>(SIMILAR, { input: { name: 'Meirim', regionCode: ASTANA, excludeId: meirim } });
    expect(excluded.possibleDuplicates).toEqual([]);
  });

  it('refuses an excludeId that is not a record id with BAD_USER_INPUT naming it', async () => {
    const refused = await h.client.request(SIMILAR, { input: { name: 'Meirim', regionCode: ASTANA, excludeId: '' } });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'excludeId', code: 'INVALID_ID' }] });
  });

  it('refuses a similar name on create when asked to check, naming the candidates, and creates after confirmation', async () => {
    const before = await h.count();
    const input = { name: 'Мейирим', kind: 'INITIATIVE_GROUP', regionCode: ASTANA, directions: ['QAMQOR'] };
    const refused = await h.client.request(CREATE, { input: { ...input, confirmNotDuplicate: false } });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'POSSIBLE_DUPLICATES', possibleDuplicates: [{ id: meirim, name: 'Мейірім' }] });
    expect(await h.count()).toBe(before);
    await h.client.data(CREATE, { input: { ...input, confirmNotDuplicate: true } });
    expect(await h.count()).toBe(before + 1);
  });

  it('merges two records of one actor keeping every contact, check and reference, and announces it', async () => {
    const keep = (
      await h.client.data<Created>(CREATE, {
        input: { name: 'Жарық', kind: 'NGO', regionCode: ASTANA, directions: ['BILIM'], bin: validBin(12) },
      })
    ).createOrganization.id;
    const gone = (
      await h.client.data<Created>(CREATE, {
        input: { name: 'Жарык', nameRu: 'Жарык', kind: 'NGO', regionCode: ASTANA, directions: ['MEDIA'], qazvolunteerId: 'QV-777' },
      })
    ).createOrganization.id;
    await h.client.data(LOG, { input: { organizationId: keep, kind: 'CALL', occurredOn: '2026-01-10', toldAboutOffer: true } });
    await h.client.data(LOG, { input: { organizationId: gone, kind: 'VISIT', occurredOn: '2026-02-10', toldAboutOffer: false } });
    await h.client.data(CHECK, { input: { organizationId: gone, method: 'QAZVOLUNTEER_ID', outcome: 'PASSED' } });

    const merged = await h.client.data<{ mergeOrganizations: Record<string, unknown> & { contacts: { totalCount: number } } }>(MERGE, { input: { keepId: keep, mergeId: gone } });
    expect(merged.mergeOrganizations).toMatchObject({
      id: keep,
      name: 'Жарық',
      nameRu: 'Жарык',
      bin: validBin(12),
      qazvolunteerId: 'QV-777',
      directions: ['BILIM', 'MEDIA'],
      verificationStatus: 'VERIFIED',
      contacts: { totalCount: 2 },
      verification: { checks: [{ method: 'QAZVOLUNTEER_ID' }] },
    });
    // The merged id still resolves, to the kept record, for references other subgraphs hold.
    const old = await h.client.data<{ organization: { id: string } }>(`query($id: ID!) { organization(id: $id) { id } }`, { id: gone });
    expect(old.organization.id).toBe(keep);
    const jobs = await h.subgraph.dataSource.query(`SELECT name FROM pgboss.job WHERE data->'payload'->>'mergedId' = $1 ORDER BY name`, [gone]);
    expect(jobs.map((j: { name: string }) => j.name)).toEqual(['analytics.organization-merges', 'assistance.organization-merges']);
  });

  it("fills the kept record's missing district from the merged one of the same region only, and says where the kept record is now", async () => {
    const create = async (name: string, regionCode: string, districtCode: string | null) =>
      (await h.client.data<Created>(CREATE, { input: { name, kind: 'INITIATIVE_GROUP', regionCode, districtCode, directions: ['BILIM'] } })).createOrganization.id;
    const district = async (id: string) =>
      (await h.client.data<{ organization: { district: { code: string } | null } }>(`query($id: ID!) { organization(id: $id) { district { code } } }`, { id })).organization
        .district;
    const sameRegion = await create('Көктем тобы', ASTANA, null);
    await h.client.data(MERGE, { input: { keepId: sameRegion, mergeId: await create('Коктем тобы', ASTANA, ESIL) } });
    expect(await district(sameRegion)).toEqual({ code: ESIL });
    const otherRegion = await create('Таң тобы', ASTANA, null);
    const semey = await create('Тан тобы', ABAI_REGION, SEMEY);
    await h.client.data(MERGE, { input: { keepId: otherRegion, mergeId: semey } });
    expect(await district(otherRegion)).toBeNull();
    const [event] = await h.subgraph.dataSource.query(
      `SELECT data->'payload' AS payload FROM pgboss.job WHERE name = 'analytics.organization-merges' AND data->'payload'->>'mergedId' = $1`,
      [semey],
    );
    expect(event.payload).toMatchObject({ keptId: otherRegion, regionCode: ASTANA, districtCode: null, keptKind: 'INITIATIVE_GROUP', keptVersion: expect.any(Number) });
  });

  it('refuses to merge records with different BINs, changing nothing', async () => {
    const a = (await h.client.data<Created>(CREATE, { input: { name: 'Алпха', kind: 'NGO', regionCode: ASTANA, directions: ['BILIM'], bin: validBin(13) } })).createOrganization.id;
    const b = (await h.client.data<Created>(CREATE, { input: { name: 'Алпха 2', kind: 'NGO', regionCode: ASTANA, directions: ['BILIM'], bin: validBin(14) } })).createOrganization
      .id;
    const before = await h.count();
    const refused = await h.client.request(MERGE, { input: { keepId: a, mergeId: b } });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'CONFLICTING_BIN' });
    const same = await h.client.request(MERGE, { input: { keepId: a, mergeId: a } });
    expect(same.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'mergeId', code: 'SAME_RECORD' });
    expect(await h.count()).toBe(before);
  });
});
