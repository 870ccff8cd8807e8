import { GraphQLTestClient, type GraphQLResponse } from '@birge/server-testing';
import { Role } from '@birge/shared-reference';
import { ABAI_REGION, ASTANA, CREATE, ESIL, KURCHATOV, SEMEY, startRegistry, type RegistryHarness } from './support/registry-harness';

const ABAY_DISTRICT = '103200000';
const AKSUAT = '103400000';
const AYAGOZ = '103600000';

const DISTRICT_FIELDS = 'code kind name { kk ru en } abolishedOn version updatedBy region { code }';
const HISTORY_FIELDS = 'history { id kind changedBy changedAt reason before { kind name { kk ru en } abolishedOn } after { kind name { kk ru en } abolishedOn } }';

const RENAME = `mutation($code: ID!, $version: Int!, $name: LocalizedTextInput!, $reason: String) {
  renameDistrict(code: $code, version: $version, name: $name, reason: $reason) { ${DISTRICT_FIELDS} ${HISTORY_FIELDS} }
}`;
const ADD = `mutation($regionCode: ID!, $code: ID!, $kind: DistrictKind!, $name: LocalizedTextInput!) {
  addDistrict(regionCode: $regionCode, code: $code, kind: $kind, name: $name) { ${DISTRICT_FIELDS} ${HISTORY_FIELDS} }
}`;
const ABOLISH = `mutation($code: ID!, $version: Int!, $abolishedOn: String!, $reason: String!) {
  abolishDistrict(code: $code, version: $version, abolishedOn: $abolishedOn, reason: $reason) { ${DISTRICT_FIELDS} ${HISTORY_FIELDS} }
}`;
const REGION = `query($code: ID!) {
  region(code: $code) { districts { code } abolishedDistricts { code abolishedOn } }
}`;
const DISTRICT_ENTITY = `query($r: [_Any!]!) { _entities(representations: $r) { ... on District { ${DISTRICT_FIELDS} ${HISTORY_FIELDS} } } }`;
const UPDATE = `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id version district { code } } }`;
const LOG = `mutation($input: LogContactInput!) { logContact(input: $input) { id district { code } } }`;

type Name = { kk: string; ru: string; en: string };
type Values = { kind: string; name: Name; abolishedOn: string | null };
type Change = { id: string; kind: string; changedBy: string; changedAt: string; reason: string | null; before: Values | null; after: Values };
type DistrictView = { code: string; kind: string; name: Name; abolishedOn: string | null; version: number; updatedBy: string | null; region: { code: string }; history: Change[] };

const codes = (result: GraphQLResponse<unknown>) => ({
  code: result.errors?.[0]?.extensions?.code,
  fields: result.errors?.[0]?.extensions?.fields?.map((f) => `${f.field}:${f.code}`).sort(),
});

describe('registry: districts as reference data the republican office keeps', () => {
  let h: RegistryHarness;
  const admin = () => h.client; // the development identity is the demo republican administrator
  const as = (role: Role) =>
    new GraphQLTestClient(h.subgraph.url, { identity: { userId: `demo-${role.toLowerCase()}`, role, regionCode: role === Role.REGIONAL_STAFF ? ABAI_REGION : null } });
  const district = async (code: string) => (await admin().data<{ _entities: DistrictView[] }>(DISTRICT_ENTITY, { r: [{ __typename: 'District', code }] }))._entities[0];
  const districtRow = async (code: string) => (await h.subgraph.dataSource.query(`SELECT name_kk, version, abolished_on::text FROM registry.district WHERE code = $1`, [code]))[0];
  // The registry's domain events (audit records of the requests themselves are another matter).
  const jobCount = async () => Number((await h.subgraph.dataSource.query(`SELECT count(*) AS n FROM pgboss.job WHERE name LIKE 'analytics.%' OR name LIKE 'assistance.%'`))[0].n);

  beforeAll(async () => {
    h = await startRegistry();
  });
  afterAll(() => h?.stop());

  describe('only the republican office changes districts', () => {
    it('gives FORBIDDEN to regional staff, analysts and partners and UNAUTHENTICATED to anonymous callers, changing nothing', async () => {
      const historyBefore = await h.count('district_change');
      for (const client of [as(Role.REGIONAL_STAFF), as(Role.ANALYST), as(Role.PARTNER), new GraphQLTestClient(h.subgraph.url, { identity: null })]) {
        const results = [
          await client.request(RENAME, { code: AYAGOZ, version: 1, name: { kk: 'Аягөз ауданы', ru: 'Аягозский район', en: 'Ayagoz' } }),
          await client.request(ADD, { regionCode: ABAI_REGION, code: '105555000', kind: 'DISTRICT', name: { kk: 'Жаңа', ru: 'Новый', en: 'New' } }),
          await client.request(ABOLISH, { code: AYAGOZ, version: 1, abolishedOn: '2025-01-01', reason: 'test' }),
        ];
        for (const result of results) expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain(codes(result).code);
      }
      expect(codes(await as(Role.REGIONAL_STAFF).request(RENAME, { code: AYAGOZ, version: 1, name: { kk: 'Аа', ru: 'Аа', en: 'Aa' } })).code).toBe('FORBIDDEN');
      expect(
        codes(await new GraphQLTestClient(h.subgraph.url, { identity: null }).request(ABOLISH, { code: AYAGOZ, version: 1, abolishedOn: '2025-01-01', reason: 'x' })).code,
      ).toBe('UNAUTHENTICATED');
      expect(await h.count('district_change')).toBe(historyBefore);
      expect(await districtRow(AYAGOZ)).toMatchObject({ version: 1, abolished_on: null });
      expect(await districtRow('105555000')).toBeUndefined();
    });
  });

  describe('renameDistrict', () => {
    it('renames in three languages, bumps the version and keeps who, when and the names before and after in District.history', async () => {
      const before = await district(ABAY_DISTRICT);
      expect(before).toMatchObject({ version: 1, abolishedOn: null, updatedBy: null, history: [] });
      const data = await admin().data<{ renameDistrict: DistrictView }>(RENAME, {
        code: ABAY_DISTRICT,
        version: 1,
        name: { kk: '  Абай   ауданы ', ru: 'Абайский район', en: 'Abai District' },
        reason: 'Жаңа атау',
      });
      expect(data.renameDistrict).toMatchObject({
        code: ABAY_DISTRICT,
        name: { kk: 'Абай ауданы', ru: 'Абайский район', en: 'Abai District' },
        version: 2,
        updatedBy: 'demo-republican-admin',
        region: { code: ABAI_REGION },
      });
      expect(data.renameDistrict.history).toHaveLength(1);
      const [change] = data.renameDistrict.history;
      expect(change).toMatchObject({
        kind: 'UPDATED',
        changedBy: 'demo-republican-admin',
        reason: 'Жаңа атау',
        before: { kind: 'DISTRICT', name: before.name, abolishedOn: null },
        after: { kind: 'DISTRICT', name: { kk: 'Абай ауданы', ru: 'Абайский район', en: 'Abai District' }, abolishedOn: null },
      });
      expect(Math.abs(Date.parse(change.changedAt) - Date.now())).toBeLessThan(60_000);
    });

    it('refuses a stale version with CONFLICT (STALE_VERSION and the current version) and changes nothing', async () => {
      const historyBefore = await h.count('district_change');
      const stale = await admin().request(RENAME, { code: ABAY_DISTRICT, version: 1, name: { kk: 'Басқа', ru: 'Другой', en: 'Other' } });
      expect(codes(stale)).toEqual({ code: 'CONFLICT', fields: ['version:STALE_VERSION'] });
      expect(stale.errors?.[0].extensions?.currentVersion).toBe(2);
      expect(await districtRow(ABAY_DISTRICT)).toMatchObject({ name_kk: 'Абай ауданы', version: 2 });
      expect(await h.count('district_change')).toBe(historyBefore);
    });

    it('refuses empty or too long names field by field, an unknown district with NOT_FOUND', async () => {
      const bad = await admin().request(RENAME, { code: ABAY_DISTRICT, version: 2, name: { kk: ' ', ru: 'Я', en: 'x'.repeat(101) } });
      expect(codes(bad)).toEqual({ code: 'BAD_USER_INPUT', fields: ['name.en:OUT_OF_RANGE', 'name.kk:REQUIRED', 'name.ru:OUT_OF_RANGE'] });
      const unknown = await admin().request(RENAME, { code: '109999999', version: 1, name: { kk: 'Аа', ru: 'Аа', en: 'Aa' } });
      expect(codes(unknown).code).toBe('NOT_FOUND');
      expect(await districtRow(ABAY_DISTRICT)).toMatchObject({ version: 2 });
    });
  });

  describe('addDistrict', () => {
    it("refuses a code that is not nine digits, belongs to another region or is the region's own code (INVALID_KATO)", async () => {
      const name = { kk: 'Жаңа аудан', ru: 'Новый район', en: 'New District' };
      for (const code of ['10555500', '10555500a', '715555000', ABAI_REGION]) {
        const result = await admin().request(ADD, { regionCode: ABAI_REGION, code, kind: 'DISTRICT', name });
        expect(codes(result)).toEqual({ code: 'BAD_USER_INPUT', fields: ['code:INVALID_KATO'] });
      }
      const unknownRegion = await admin().request(ADD, { regionCode: '990000000', code: '995555000', kind: 'DISTRICT', name });
      expect(codes(unknownRegion).fields).toEqual(['regionCode:UNKNOWN_REGION']);
      expect(await h.count('district')).toBe(228);
    });

    it('refuses a code already taken, in any region, with CONFLICT (DUPLICATE_KATO) naming the district that has it', async () => {
      const result = await admin().request(ADD, { regionCode: ABAI_REGION, code: SEMEY, kind: 'CITY', name: { kk: 'Семей', ru: 'Семей', en: 'Semey' } });
      expect(codes(result)).toEqual({ code: 'CONFLICT', fields: ['code:DUPLICATE_KATO'] });
      expect(result.errors?.[0].extensions).toMatchObject({ reason: 'DUPLICATE_KATO', existingCode: SEMEY });
      expect(await h.count('district')).toBe(228);
    });

    it("adds a district at the end of its region's list, with an ADDED history entry", async () => {
      const data = await admin().data<{ addDistrict: DistrictView }>(ADD, {
        regionCode: ABAI_REGION,
        code: '104800000',
        kind: 'DISTRICT',
        name: { kk: 'Жаңа аудан', ru: 'Новый район', en: 'New District' },
      });
      expect(data.addDistrict).toMatchObject({ code: '104800000', kind: 'DISTRICT', version: 1, abolishedOn: null, region: { code: ABAI_REGION } });
      expect(data.addDistrict.history).toEqual([
        expect.objectContaining({ kind: 'ADDED', changedBy: 'demo-republican-admin', before: null, after: { kind: 'DISTRICT', name: data.addDistrict.name, abolishedOn: null } }),
      ]);
      const region = await admin().data<{ region: { districts: { code: string }[] } }>(REGION, { code: ABAI_REGION });
      expect(region.region.districts.at(-1)?.code).toBe('104800000');
      expect(region.region.districts).toHaveLength(13);
      // A new district is a place like the others: an organization can be registered in it.
      const created = await admin().request(CREATE, {
        input: { name: 'Жаңа аудан жастары', kind: 'INITIATIVE_GROUP', regionCode: ABAI_REGION, districtCode: '104800000', directions: ['BILIM'] },
      });
      expect(created.errors).toBeUndefined();
    });
  });

  describe('abolishDistrict', () => {
    let inKurchatov: { id: string; version: number };

    beforeAll(async () => {
      const created = await admin().data<{ createOrganization: { id: string; version: number } }>(CREATE, {
        input: { name: 'Курчатов еріктілері', kind: 'INITIATIVE_GROUP', regionCode: ABAI_REGION, districtCode: KURCHATOV, directions: ['BILIM'] },
      });
      inKurchatov = created.createOrganization;
    });

    it('checks the date, the reason and the version, changing nothing on a refusal', async () => {
      const bad = await admin().request(ABOLISH, { code: KURCHATOV, version: 1, abolishedOn: '2999-01-01', reason: '  ' });
      expect(codes(bad)).toEqual({ code: 'BAD_USER_INPUT', fields: ['abolishedOn:DATE_IN_FUTURE', 'reason:REQUIRED'] });
      const badDate = await admin().request(ABOLISH, { code: KURCHATOV, version: 1, abolishedOn: '2025-02-30', reason: 'Қаулы' });
      expect(codes(badDate).fields).toEqual(['abolishedOn:INVALID_DATE']);
      const stale = await admin().request(ABOLISH, { code: KURCHATOV, version: 7, abolishedOn: '2025-06-01', reason: 'Қаулы' });
      expect(codes(stale)).toEqual({ code: 'CONFLICT', fields: ['version:STALE_VERSION'] });
      expect(await districtRow(KURCHATOV)).toMatchObject({ version: 1, abolished_on: null });
    });

    it('keeps the district with its date and history, but leaves it out of Region.districts and lists it in abolishedDistricts', async () => {
      const data = await admin().data<{ abolishDistrict: DistrictView }>(ABOLISH, {
        code: KURCHATOV,
        version: 1,
        abolishedOn: '2025-06-01',
        reason: 'Семей қаласының құрамына кірді',
      });
      expect(data.abolishDistrict).toMatchObject({ code: KURCHATOV, abolishedOn: '2025-06-01', version: 2 });
      expect(data.abolishDistrict.history[0]).toMatchObject({
        kind: 'ABOLISHED',
        reason: 'Семей қаласының құрамына кірді',
        before: { abolishedOn: null },
        after: { abolishedOn: '2025-06-01' },
      });

      const region = await admin().data<{ region: { districts: { code: string }[]; abolishedDistricts: { code: string; abolishedOn: string }[] } }>(REGION, { code: ABAI_REGION });
      expect(region.region.districts.map((d) => d.code)).not.toContain(KURCHATOV);
      expect(region.region.districts.map((d) => d.code)).toContain(SEMEY);
      expect(region.region.abolishedDistricts).toEqual([{ code: KURCHATOV, abolishedOn: '2025-06-01' }]);
      // The record is kept: the organization still points to it, and the district resolves with its date.
      expect(await district(KURCHATOV)).toMatchObject({ abolishedOn: '2025-06-01', name: { en: 'Kurchatov' } });
      const org = await admin().data<{ organization: { district: { code: string; abolishedOn: string } } }>(
        `query($id: ID!) { organization(id: $id) { district { code abolishedOn } } }`,
        { id: inKurchatov.id },
      );
      expect(org.organization.district).toEqual({ code: KURCHATOV, abolishedOn: '2025-06-01' });
    });

    it('leaves the abolished district out of the representation analytics computes coverage from (Region.districts under @requires)', async () => {
      // The gateway resolves analytics' @requires(fields: "districts { code }") with this _entities call to the registry.
      const data = await admin().data<{ _entities: { code: string; districts: { code: string }[] }[] }>(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Region { code districts { code } } } }`,
        {
          r: [
            { __typename: 'Region', code: ABAI_REGION },
            { __typename: 'Region', code: ASTANA },
          ],
        },
      );
      const [abai, astana] = data._entities;
      expect(abai.districts.map((d) => d.code)).not.toContain(KURCHATOV);
      expect(abai.districts).toHaveLength(12); // 12 seeded − Kurchatov + the district added above
      expect(astana.districts.map((d) => d.code)).toContain(ESIL);
      const regions = await admin().data<{ regions: { districts: { code: string }[] }[] }>('{ regions { districts { code } } }');
      expect(regions.regions.flatMap((r) => r.districts.map((d) => d.code))).not.toContain(KURCHATOV);
    });

    it('refuses abolishing it again (ALREADY_ABOLISHED) but may still rename it for the record', async () => {
      const again = await admin().request(ABOLISH, { code: KURCHATOV, version: 2, abolishedOn: '2025-07-01', reason: 'Тағы' });
      expect(codes(again)).toEqual({ code: 'CONFLICT', fields: ['code:ALREADY_ABOLISHED'] });
      const renamed = await admin().data<{ renameDistrict: DistrictView }>(RENAME, {
        code: KURCHATOV,
        version: 2,
        name: { kk: 'Курчатов қ.', ru: 'г. Курчатов', en: 'Kurchatov' },
      });
      expect(renamed.renameDistrict).toMatchObject({ abolishedOn: '2025-06-01', version: 3 });
      expect(renamed.renameDistrict.history.map((c) => c.kind)).toEqual(['UPDATED', 'ABOLISHED']);
    });

    it('refuses an abolished district for a new organization and for a move, storing and sending nothing', async () => {
      const [organizations, jobs] = [await h.count(), await jobCount()];
      const created = await admin().request(CREATE, {
        input: { name: 'Жаңа топ', kind: 'INITIATIVE_GROUP', regionCode: ABAI_REGION, districtCode: KURCHATOV, directions: ['BILIM'] },
      });
      expect(codes(created)).toEqual({ code: 'BAD_USER_INPUT', fields: ['districtCode:DISTRICT_ABOLISHED'] });

      const elsewhere = await admin().data<{ createOrganization: { id: string; version: number } }>(CREATE, {
        input: { name: 'Ақсуат тобы', kind: 'INITIATIVE_GROUP', regionCode: ABAI_REGION, districtCode: AKSUAT, directions: ['BILIM'] },
      });
      const moved = await admin().request(UPDATE, { input: { id: elsewhere.createOrganization.id, version: elsewhere.createOrganization.version, districtCode: KURCHATOV } });
      expect(codes(moved)).toEqual({ code: 'BAD_USER_INPUT', fields: ['districtCode:DISTRICT_ABOLISHED'] });
      const row = (await h.subgraph.dataSource.query(`SELECT district_code, version FROM registry.organization WHERE id = $1`, [elsewhere.createOrganization.id]))[0];
      expect(row).toEqual({ district_code: AKSUAT, version: elsewhere.createOrganization.version });
      expect(await h.count()).toBe(organizations + 1);
      expect(await jobCount()).toBe(jobs + 2); // only the registration of the group in Aksuat
    });

    it('lets a record stay in its abolished district while it is edited, and move out of it', async () => {
      const kept = await admin().data<{ updateOrganization: { version: number; district: { code: string } } }>(UPDATE, {
        input: { id: inKurchatov.id, version: inKurchatov.version, name: 'Курчатов еріктілері қоғамы', regionCode: ABAI_REGION, districtCode: KURCHATOV },
      });
      expect(kept.updateOrganization.district.code).toBe(KURCHATOV);
      const moved = await admin().data<{ updateOrganization: { version: number; district: { code: string } } }>(UPDATE, {
        input: { id: inKurchatov.id, version: kept.updateOrganization.version, districtCode: SEMEY },
      });
      expect(moved.updateOrganization.district.code).toBe(SEMEY);
      inKurchatov = { id: inKurchatov.id, version: moved.updateOrganization.version };
    });

    it('refuses a contact in an abolished district, named or inherited from the organization, storing and sending nothing', async () => {
      const stillThere = await admin().data<{ createOrganization: { id: string } }>(CREATE, {
        input: { name: 'Абай тобы', kind: 'INITIATIVE_GROUP', regionCode: ABAI_REGION, districtCode: AYAGOZ, directions: ['BILIM'] },
      });
      const ayagoz = await district(AYAGOZ);
      await admin().data(ABOLISH, { code: AYAGOZ, version: ayagoz.version, abolishedOn: '2025-06-01', reason: 'Қаулы' });
      const [contacts, jobs] = [await h.count('contact'), await jobCount()];
      const named = await admin().request(LOG, {
        input: { organizationId: inKurchatov.id, kind: 'CALL', occurredOn: '2025-07-01', districtCode: KURCHATOV, toldAboutOffer: true },
      });
      expect(codes(named)).toEqual({ code: 'BAD_USER_INPUT', fields: ['districtCode:DISTRICT_ABOLISHED'] });
      const inherited = await admin().request(LOG, { input: { organizationId: stillThere.createOrganization.id, kind: 'CALL', occurredOn: '2025-07-01', toldAboutOffer: true } });
      expect(codes(inherited)).toEqual({ code: 'BAD_USER_INPUT', fields: ['districtCode:DISTRICT_ABOLISHED'] });
      expect(await h.count('contact')).toBe(contacts);
      expect(await jobCount()).toBe(jobs);
      // Naming the live district the contact took place in works.
      const ok = await admin().data<{ logContact: { district: { code: string } } }>(LOG, {
        input: { organizationId: stillThere.createOrganization.id, kind: 'CALL', occurredOn: '2025-07-01', districtCode: SEMEY, toldAboutOffer: true },
      });
      expect(ok.logContact.district.code).toBe(SEMEY);
    });
  });

  it('loads the history of a whole list of districts with one statement', async () => {
    const query = jest.spyOn(h.subgraph.dataSource, 'query');
    try {
      const data = await admin().data<{ region: { abolishedDistricts: { history: Change[] }[] } }>(
        `query($code: ID!) { region(code: $code) { abolishedDistricts { history { kind } } } }`,
        { code: ABAI_REGION },
      );
      expect(data.region.abolishedDistricts.map((d) => d.history.map((c) => c.kind))).toEqual([['UPDATED', 'ABOLISHED'], ['ABOLISHED']]);
      expect(query.mock.calls.filter(([sql]) => String(sql).includes('registry.district_change'))).toHaveLength(1);
    } finally {
      query.mockRestore();
    }
  });
});
