import { readdirSync } from 'node:fs';
import { GraphQLTestClient, type GraphQLResponse } from '@birge/server-testing';
import { Role, type Identity } from '@birge/shared-reference';
import { ABAI_REGION, ASTANA, CREATE, ESIL, startRegistry, validBin, type RegistryHarness } from './support/registry-harness';

/** The callers every operation is tried with. */
const CALLERS = {
  admin: { userId: 'admin-1', role: Role.REPUBLICAN_ADMIN, regionCode: null },
  ownStaff: { userId: 'staff-astana', role: Role.REGIONAL_STAFF, regionCode: ASTANA },
  otherStaff: { userId: 'staff-abai', role: Role.REGIONAL_STAFF, regionCode: ABAI_REGION },
  analyst: { userId: 'analyst-1', role: Role.ANALYST, regionCode: null },
  partnerRead: { userId: 'key-read', role: Role.PARTNER, regionCode: null, scopes: ['registry:read'], keyId: 'key-read' },
  partnerWrite: { userId: 'key-write', role: Role.PARTNER, regionCode: null, scopes: ['registry:write'], keyId: 'key-write' },
  partnerNoScope: { userId: 'key-none', role: Role.PARTNER, regionCode: null, scopes: ['assistance:read'], keyId: 'key-none' },
  anonymous: null,
} satisfies Record<string, Identity | null>;
type Caller = keyof typeof CALLERS;

/** What a caller gets: allowed, or refused with this code and extensions.reason. */
type Outcome = 'ok' | ['UNAUTHENTICATED'] | ['FORBIDDEN', string];
const OK = 'ok' as const;
const UNAUTH: Outcome = ['UNAUTHENTICATED'];
const forbidden = (reason: string): Outcome => ['FORBIDDEN', reason];
const MISSING_SCOPE = forbidden('MISSING_SCOPE');

const PROFILE = `query($id: ID!) { organization(id: $id) {
  id name contactsHidden
  contactPeople { name role phones emails socialLinks personalDataHidden }
  contacts { totalCount edges { node { kind notes personalDataHidden } } }
  verification {
    checks { method notes personalDataHidden evidenceHidden evidence { mimeType sizeBytes fileName contentBase64 personalDataHidden } }
    history { kind reason personalDataHidden }
  }
} }`;
const ENTITIES = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Organization {
  id name contactsHidden contactPeople { name phones personalDataHidden } contacts { totalCount }
  verification { checks { notes evidence { fileName } evidenceHidden } }
} } }`;
const LIST = `query($filter: OrganizationFilter) { organizations(filter: $filter, first: 50) { totalCount edges { node { id name contactPeople { name } } } } }`;
const FACETS = `query($filter: OrganizationFilter) { organizationFacets(filter: $filter) { total contact { value count } } }`;
const DUPLICATES = `query($input: PossibleDuplicatesInput!) { possibleDuplicates(input: $input) { organization { id } } }`;
const REGIONS = `{ regions { code districts { code } } region(code: "${ASTANA}") { code } }`;
const UPDATE = `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id version regionCode: region { code } } }`;
const MERGE = `mutation($input: MergeOrganizationsInput!) { mergeOrganizations(input: $input) { id } }`;
const LOG = `mutation($input: LogContactInput!) { logContact(input: $input) { id notes personalDataHidden } }`;
const RECORD = `mutation($input: RecordVerificationCheckInput!) { recordVerificationCheck(input: $input) { id notes evidence { fileName } } }`;
const UPDATE_CHECK = `mutation($input: UpdateVerificationCheckInput!) { updateVerificationCheck(input: $input) { id outcome } }`;
const DECIDE = `mutation($input: DecideVerificationInput!) { decideVerification(input: $input) { status } }`;
const IMPORT = `mutation($csv: String!) { importOrganizations(csv: $csv) { ok created updated errorCount } }`;
const RENAME = `mutation($code: ID!, $version: Int!) { renameDistrict(code: $code, version: $version, name: { kk: "Есіл ауданы", ru: "район Есиль", en: "Esil District" }) { version } }`;

const PERSON = { name: 'Айгүл Серікқызы', role: 'Төраға', phones: ['+77012345678'], emails: ['aigul@example.kz'], socialLinks: ['https://t.me/aigul'] };
const PDF = Buffer.from('%PDF-1.4\n% Айгүлдің хаты\n').toString('base64');

type Profile = {
  id: string;
  name: string;
  contactsHidden: string | null;
  contactPeople: { name: string | null; role: string | null; phones: string[] | null; emails: string[] | null; socialLinks: string[] | null; personalDataHidden: string | null }[];
  contacts: { totalCount: number; edges: { node: { notes: string | null; personalDataHidden: string | null } }[] } | null;
  verification: {
    checks: {
      notes: string | null;
      personalDataHidden: string | null;
      evidenceHidden: string | null;
      evidence: { mimeType: string; sizeBytes: number; fileName: string | null; contentBase64: string | null; personalDataHidden: string | null }[] | null;
    }[];
    history: { kind: string; reason: string | null; personalDataHidden: string | null }[];
  };
};

function outcomeOf(result: GraphQLResponse<unknown>): Outcome {
  const error = result.errors?.[0];
  if (!error) return OK;
  if (error.extensions?.code === 'UNAUTHENTICATED') return UNAUTH;
  return [error.extensions?.code as 'FORBIDDEN', error.extensions?.reason as string];
}

describe('registry: who may read and change what', () => {
  let h: RegistryHarness;
  let astanaId: string;
  let abaiId: string;
  let checkId: string;
  const as = (caller: Caller) => new GraphQLTestClient(h.subgraph.url, { identity: CALLERS[caller] });
  const evidenceFiles = () => readdirSync(process.env.REGISTRY_EVIDENCE_DIR as string, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
  /** Everything a refused write could have touched. */
  const snapshot = async () => ({
    organizations: await h.subgraph.dataSource.query(`SELECT id, version, region_code, name FROM registry.organization ORDER BY id`),
    contacts: await h.count('contact'),
    checks: await h.subgraph.dataSource.query(`SELECT id, outcome, notes FROM registry.verification_check ORDER BY id`),
    events: await h.count('verification_event'),
    evidence: await h.count('evidence_file'),
    files: evidenceFiles(),
    districts: await h.subgraph.dataSource.query(`SELECT code, version, name_kk FROM registry.district WHERE code = $1`, [ESIL]),
  });

  beforeAll(async () => {
    h = await startRegistry();
    const admin = as('admin');
    const create = async (input: Record<string, unknown>) => (await admin.data<{ createOrganization: { id: string } }>(CREATE, { input })).createOrganization.id;
    astanaId = await create({ name: 'Қамқор қоры', kind: 'NGO', regionCode: ASTANA, districtCode: ESIL, directions: ['QAMQOR'], bin: validBin(1), contactPeople: [PERSON] });
    abaiId = await create({ name: 'Семей еріктілері', kind: 'INITIATIVE_GROUP', regionCode: ABAI_REGION, directions: ['BILIM'], qazvolunteerId: 'QV-ABAI-1' });
    const today = new Date().toISOString().slice(0, 10);
    await admin.data(LOG, { input: { organizationId: astanaId, kind: 'MEETING', occurredOn: today, notes: 'Айгүлмен кездестік', toldAboutOffer: true } });
    const check = await admin.data<{ recordVerificationCheck: { id: string } }>(RECORD, {
      input: {
        organizationId: astanaId,
        method: 'RECOMMENDATION_LETTER',
        outcome: 'PENDING',
        notes: 'Айгүл хат берді',
        evidence: [{ fileName: 'aigul-letter.pdf', mimeType: 'application/pdf', contentBase64: PDF }],
      },
    });
    checkId = check.recordVerificationCheck.id;
    await admin.data(DECIDE, { input: { organizationId: astanaId, decision: 'VERIFIED', reason: 'Айгүл Серікқызы растады' } });
  });
  afterAll(() => h?.stop());

  describe('reading', () => {
    const profile = async (caller: Caller) => as(caller).request<{ organization: Profile }>(PROFILE, { id: astanaId });

    it.each(['admin', 'ownStaff'] as const)('%s sees the whole record, personal data, contact log and evidence included', async (caller) => {
      const { data, errors } = await profile(caller);
      expect(errors).toBeUndefined();
      const organization = data!.organization;
      expect(organization.contactPeople).toEqual([{ ...PERSON, personalDataHidden: null }]);
      expect(organization.contactsHidden).toBeNull();
      expect(organization.contacts?.edges[0].node).toMatchObject({ notes: 'Айгүлмен кездестік', personalDataHidden: null });
      expect(organization.verification.checks[0]).toMatchObject({ notes: 'Айгүл хат берді', personalDataHidden: null, evidenceHidden: null });
      expect(organization.verification.checks[0].evidence?.[0]).toMatchObject({ fileName: 'aigul-letter.pdf', contentBase64: PDF, personalDataHidden: null });
      expect(organization.verification.history.find((e) => e.kind === 'DECISION')).toMatchObject({ reason: 'Айгүл Серікқызы растады', personalDataHidden: null });
    });

    it("another region's staff see the public record, without personal data, contact log or evidence, each with the reason", async () => {
      const { data, errors } = await profile('otherStaff');
      expect(errors).toBeUndefined();
      const organization = data!.organization;
      expect(organization.name).toBe('Қамқор қоры');
      expect(organization.contactPeople).toEqual([{ name: null, role: 'Төраға', phones: null, emails: null, socialLinks: null, personalDataHidden: 'OTHER_REGION' }]);
      expect(organization).toMatchObject({ contacts: null, contactsHidden: 'OTHER_REGION' });
      expect(organization.verification.checks[0]).toMatchObject({ notes: null, personalDataHidden: 'OTHER_REGION', evidence: null, evidenceHidden: 'OTHER_REGION' });
      expect(organization.verification.history.find((e) => e.kind === 'DECISION')).toMatchObject({ reason: null, personalDataHidden: 'OTHER_REGION' });
    });

    it.each(['analyst', 'partnerRead'] as const)("%s reads every region's records, contact log and evidence list, but no personal data", async (caller) => {
      const { data, errors } = await profile(caller);
      expect(errors).toBeUndefined();
      const organization = data!.organization;
      const hidden = 'PERSONAL_DATA_HIDDEN_FOR_ROLE';
      expect(organization.contactPeople).toEqual([{ name: null, role: 'Төраға', phones: null, emails: null, socialLinks: null, personalDataHidden: hidden }]);
      expect(organization.contactsHidden).toBeNull();
      expect(organization.contacts).toMatchObject({ totalCount: 1, edges: [{ node: { notes: null, personalDataHidden: hidden } }] });
      expect(organization.verification.checks[0]).toMatchObject({ notes: null, personalDataHidden: hidden, evidenceHidden: null });
      expect(organization.verification.checks[0].evidence).toEqual([
        { mimeType: 'application/pdf', sizeBytes: expect.any(Number), fileName: null, contentBase64: null, personalDataHidden: hidden },
      ]);
      expect(organization.verification.history.find((e) => e.kind === 'DECISION')).toMatchObject({ reason: null, personalDataHidden: hidden });
    });

    const reads: Record<string, (client: GraphQLTestClient) => Promise<GraphQLResponse<unknown>>> = {
      organization: (client) => client.request(PROFILE, { id: astanaId }),
      organizations: (client) => client.request(LIST, { filter: { regionCode: ASTANA } }),
      organizationFacets: (client) => client.request(FACETS, { filter: null }),
      possibleDuplicates: (client) => client.request(DUPLICATES, { input: { name: 'Қамқор', regionCode: ASTANA } }),
      _entities: (client) => client.request(ENTITIES, { representations: [{ __typename: 'Organization', id: astanaId }] }),
    };
    const readers: Record<Caller, Outcome> = {
      admin: OK,
      ownStaff: OK,
      otherStaff: OK,
      analyst: OK,
      partnerRead: OK,
      partnerWrite: OK,
      partnerNoScope: MISSING_SCOPE,
      anonymous: UNAUTH,
    };
    it.each(Object.keys(reads))('%s: every signed-in role reads public registry data; a key without the scope and anonymous callers are refused', async (operation) => {
      const outcomes = Object.fromEntries(await Promise.all(Object.keys(CALLERS).map(async (caller) => [caller, outcomeOf(await reads[operation](as(caller as Caller)))])));
      expect(outcomes).toEqual(readers);
    });

    it('the public reference data (regions and their districts) needs no sign-in', async () => {
      const { data, errors } = await as('anonymous').request<{ regions: { districts: unknown[] }[]; region: { code: string } }>(REGIONS);
      expect(errors).toBeUndefined();
      expect(data!.regions.length).toBe(20);
      expect(data!.region.code).toBe(ASTANA);
      expect(outcomeOf(await as('partnerNoScope').request(REGIONS))).toEqual(MISSING_SCOPE);
    });

    it('a federated reference follows the same field rules: no personal data, contact log or evidence of another region', async () => {
      const representations = [{ __typename: 'Organization', id: astanaId }];
      type Entities = {
        _entities: {
          contactsHidden: string | null;
          contactPeople: { name: string | null; personalDataHidden: string | null }[];
          contacts: unknown;
          verification: { checks: { notes: string | null; evidence: unknown; evidenceHidden: string | null }[] };
        }[];
      };
      const other = (await as('otherStaff').data<Entities>(ENTITIES, { representations }))._entities[0];
      expect(other).toMatchObject({ contactsHidden: 'OTHER_REGION', contacts: null, contactPeople: [{ name: null, personalDataHidden: 'OTHER_REGION' }] });
      expect(other.verification.checks[0]).toMatchObject({ notes: null, evidence: null, evidenceHidden: 'OTHER_REGION' });
      const analyst = (await as('analyst').data<Entities>(ENTITIES, { representations }))._entities[0];
      expect(analyst).toMatchObject({ contactsHidden: null, contacts: { totalCount: 1 }, contactPeople: [{ name: null, personalDataHidden: 'PERSONAL_DATA_HIDDEN_FOR_ROLE' }] });
      const own = (await as('ownStaff').data<Entities>(ENTITIES, { representations }))._entities[0];
      expect(own).toMatchObject({ contacts: { totalCount: 1 }, contactPeople: [{ name: PERSON.name, personalDataHidden: null }] });
    });

    it('personal data cannot be found through search or filters', async () => {
      type List = { organizations: { totalCount: number; edges: { node: { id: string } }[] } };
      for (const caller of ['admin', 'analyst', 'otherStaff', 'partnerRead'] as const) {
        for (const filter of [{ search: 'Айгүл Серікқызы' }, { search: 'aigul' }, { nameContains: '+7701' }, { nameContains: 'aigul@example.kz' }, { search: '77012345678' }]) {
          const found = await as(caller).data<List>(LIST, { filter });
          expect({ caller, filter, ids: found.organizations.edges.map((e) => e.node.id) }).toEqual({ caller, filter, ids: [] });
        }
      }
    });

    it("the contact filter and facet read the contact log: other regions' staff get their own region only, or FORBIDDEN when naming another", async () => {
      type List = { organizations: { totalCount: number; edges: { node: { id: string } }[] } };
      const recent = { contact: 'RECENT' };
      expect((await as('analyst').data<List>(LIST, { filter: recent })).organizations.edges.map((e) => e.node.id)).toEqual([astanaId]);
      expect((await as('otherStaff').data<List>(LIST, { filter: recent })).organizations.totalCount).toBe(0);
      expect((await as('otherStaff').data<List>(LIST, { filter: { contact: 'NEVER' } })).organizations.edges.map((e) => e.node.id)).toEqual([abaiId]);
      expect(outcomeOf(await as('otherStaff').request(LIST, { filter: { ...recent, regionCode: ASTANA } }))).toEqual(forbidden('OTHER_REGION'));
      expect(outcomeOf(await as('otherStaff').request(FACETS, { filter: { ...recent, regionCode: ASTANA } }))).toEqual(forbidden('OTHER_REGION'));
      // The region filter itself is public: Astana's records are listed, only the contact log is withheld.
      expect((await as('otherStaff').data<List>(LIST, { filter: { regionCode: ASTANA } })).organizations.edges.map((e) => e.node.id)).toEqual([astanaId]);

      type Facets = { organizationFacets: { total: number; contact: { value: string; count: number }[] } };
      for (const filter of [null, { kind: null }, { direction: 'QAMQOR' }]) {
        const otherStaff = (await as('otherStaff').data<Facets>(FACETS, { filter })).organizationFacets;
        const admin = (await as('admin').data<Facets>(FACETS, { filter })).organizationFacets;
        expect(admin.contact).toContainEqual({ value: 'RECENT', count: 1 });
        expect(otherStaff.total).toBe(admin.total);
        expect(otherStaff.contact.find((c) => c.value === 'RECENT')).toBeUndefined();
      }
      expect((await as('otherStaff').data<Facets>(FACETS, { filter: null })).organizationFacets.contact).toEqual([{ value: 'NEVER', count: 1 }]);
    });
  });

  describe('writing', () => {
    const writers = (own: Outcome, other: Outcome, partnerWrite: Outcome = OK): Record<Caller, Outcome> => ({
      admin: OK,
      ownStaff: own,
      otherStaff: other,
      analyst: forbidden('READ_ONLY_ROLE'),
      partnerRead: MISSING_SCOPE,
      partnerWrite,
      partnerNoScope: MISSING_SCOPE,
      anonymous: UNAUTH,
    });
    /** Tries every refused caller first and checks nothing changed, then the allowed ones. */
    async function expectWriters(expected: Record<Caller, Outcome>, attempt: (client: GraphQLTestClient, caller: Caller) => Promise<GraphQLResponse<unknown>>) {
      const callers = Object.keys(CALLERS) as Caller[];
      const refused = callers.filter((caller) => expected[caller] !== OK);
      const before = await snapshot();
      for (const caller of refused) expect({ caller, outcome: outcomeOf(await attempt(as(caller), caller)) }).toEqual({ caller, outcome: expected[caller] });
      expect(await snapshot()).toEqual(before);
      for (const caller of callers.filter((c) => expected[c] === OK)) expect({ caller, outcome: outcomeOf(await attempt(as(caller), caller)) }).toEqual({ caller, outcome: OK });
    }
    const version = async (id: string) => Number((await h.subgraph.dataSource.query(`SELECT version FROM registry.organization WHERE id = $1`, [id]))[0].version);

    it("createOrganization: in the caller's own region only", async () => {
      let n = 0;
      await expectWriters(writers(OK, forbidden('OTHER_REGION')), (client) =>
        client.request(CREATE, { input: { name: `Жаңа топ ${++n}`, kind: 'INITIATIVE_GROUP', regionCode: ASTANA, directions: ['BILIM'] } }),
      );
    });

    it("updateOrganization: the record's region, and the region it moves to", async () => {
      await expectWriters(writers(OK, forbidden('OTHER_REGION')), async (client) =>
        client.request(UPDATE, { input: { id: astanaId, version: await version(astanaId), volunteerCount: 10 + (await version(astanaId)) } }),
      );
      const before = await snapshot();
      const move = await as('ownStaff').request(UPDATE, { input: { id: astanaId, version: await version(astanaId), regionCode: ABAI_REGION } });
      expect(outcomeOf(move)).toEqual(forbidden('OTHER_REGION'));
      const takeOver = await as('otherStaff').request(UPDATE, { input: { id: astanaId, version: await version(astanaId), regionCode: ABAI_REGION } });
      expect(outcomeOf(takeOver)).toEqual(forbidden('OTHER_REGION'));
      expect(await snapshot()).toEqual(before);
    });

    it("mergeOrganizations: both records' regions", async () => {
      const create = async (name: string, regionCode: string) =>
        (await as('admin').data<{ createOrganization: { id: string } }>(CREATE, { input: { name, kind: 'INITIATIVE_GROUP', regionCode, directions: ['BILIM'] } }))
          .createOrganization.id;
      const abaiSecond = await create('Семей еріктілері 2', ABAI_REGION);
      const before = await snapshot();
      expect(outcomeOf(await as('ownStaff').request(MERGE, { input: { keepId: astanaId, mergeId: abaiSecond } }))).toEqual(forbidden('OTHER_REGION'));
      expect(outcomeOf(await as('otherStaff').request(MERGE, { input: { keepId: abaiSecond, mergeId: astanaId } }))).toEqual(forbidden('OTHER_REGION'));
      expect(await snapshot()).toEqual(before);
      const pairs: string[][] = [];
      for (let i = 0; i < 4; i++) pairs.push([await create(`Астана жұбы ${i}`, ASTANA), await create(`Астана жұбы ${i}б`, ASTANA)]);
      const expected = writers(OK, forbidden('OTHER_REGION'));
      let next = 0;
      // Refused callers all try the first pair; each allowed one merges a pair of its own.
      await expectWriters(expected, (client, caller) => {
        const [keepId, mergeId] = pairs[expected[caller] === OK ? next++ : 0];
        return client.request(MERGE, { input: { keepId, mergeId } });
      });
    });

    it("logContact: the organization's region", async () => {
      await expectWriters(writers(OK, forbidden('OTHER_REGION')), (client) =>
        client.request(LOG, { input: { organizationId: astanaId, kind: 'CALL', occurredOn: '2026-01-10', toldAboutOffer: false } }),
      );
    });

    it("recordVerificationCheck with evidence: the organization's region; a refusal stores no row and no file", async () => {
      await expectWriters(writers(OK, forbidden('OTHER_REGION')), (client) =>
        client.request(RECORD, {
          input: {
            organizationId: astanaId,
            method: 'VISIT',
            outcome: 'PENDING',
            notes: 'Барып көрдік',
            evidence: [{ fileName: 'visit.pdf', mimeType: 'application/pdf', contentBase64: PDF }],
          },
        }),
      );
    });

    it("updateVerificationCheck and decideVerification: the organization's region", async () => {
      await expectWriters(writers(OK, forbidden('OTHER_REGION')), (client) =>
        client.request(UPDATE_CHECK, { input: { checkId, outcome: 'PENDING', evidence: [{ fileName: 'more.pdf', mimeType: 'application/pdf', contentBase64: PDF }] } }),
      );
      await expectWriters(writers(OK, forbidden('OTHER_REGION')), (client) =>
        client.request(DECIDE, { input: { organizationId: astanaId, decision: 'VERIFIED', reason: 'Тексерілді' } }),
      );
    });

    it("importOrganizations: regional staff only rows of their region that match no other region's record", async () => {
      const header = 'name,kind,bin,qazvolunteer_id,region_code,directions';
      let n = 0;
      const own = () => `${header}\nИмпорт тобы ${++n},INITIATIVE_GROUP,,,${ASTANA},BILIM`;
      await expectWriters(writers(OK, forbidden('OTHER_REGION')), (client) => client.request(IMPORT, { csv: own() }));
      const before = await snapshot();
      const refusals = [
        `${header}\nМенің тобым,INITIATIVE_GROUP,,,${ASTANA},BILIM\nБасқа өңір,INITIATIVE_GROUP,,,${ABAI_REGION},BILIM`,
        // Matching another region's record by its Qazvolunteer.kz ID (in any case) would update, and move, that record.
        `${header}\nСемей еріктілері,INITIATIVE_GROUP,, qv-abai-1 ,${ASTANA},BILIM`,
      ];
      for (const csv of refusals) expect(outcomeOf(await as('ownStaff').request(IMPORT, { csv }))).toEqual(forbidden('OTHER_REGION'));
      expect(outcomeOf(await as('otherStaff').request(IMPORT, { csv: `${header}\nҚамқор қоры,NGO,${validBin(1)},,${ABAI_REGION},QAMQOR` }))).toEqual(forbidden('OTHER_REGION'));
      expect(await snapshot()).toEqual(before);
    });

    it('district edits: republican administrators only', async () => {
      const districtVersion = async () => Number((await h.subgraph.dataSource.query(`SELECT version FROM registry.district WHERE code = $1`, [ESIL]))[0].version);
      // No scope of a key reaches district administration, registry:write included.
      await expectWriters(writers(forbidden('ADMIN_ONLY'), forbidden('ADMIN_ONLY'), MISSING_SCOPE), async (client) =>
        client.request(RENAME, { code: ESIL, version: await districtVersion() }),
      );
    });
  });
});
