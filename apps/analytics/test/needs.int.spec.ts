import { EVENT_BUS_SCHEMA } from '@birge/server-kit';
import { kazakhstanDay, Role, type Identity } from '@birge/shared-reference';
import { GraphQLTestClient } from '@birge/server-testing';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { refusal } from './refusal';
import { ABAI, ABAI_STAFF, ADMIN, ANALYST, ASTANA, ASTANA_STAFF, KURCHATOV, SEMEY, analyticsTestbed } from './support/analytics-testbed';

const ESIL = '711210000';

const PARTNER: Identity = { userId: 'key-1', role: Role.PARTNER, regionCode: null, scopes: ['analytics:read'], keyId: 'key-1' };

const NEED_FIELDS = `id version status allowedTransitions theme kind narrative personalDataHidden firstNoticedOn
  region { code } district { code } createdBy updatedBy
  evidence { organizationIds organizations { id } contactIds assistanceRequestIds assistanceRequests { id } trainingIds trainings { id } }
  statusHistory { fromStatus toStatus comment personalDataHidden changedBy changedAt }
  comments { text personalDataHidden authorId createdAt }`;

const RECORD = `mutation($input: RecordNeedInput!) { recordNeed(input: $input) { ${NEED_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateNeedInput!) { updateNeed(input: $input) { ${NEED_FIELDS} } }`;
const CHANGE = `mutation($input: ChangeNeedStatusInput!) { changeNeedStatus(input: $input) { ${NEED_FIELDS} } }`;
const COMMENT = `mutation($input: CommentOnNeedInput!) { commentOnNeed(input: $input) { ${NEED_FIELDS} } }`;
const NEED = `query($id: ID!) { need(id: $id) { ${NEED_FIELDS} } }`;
const LIST = `query($filter: NeedFilter, $first: Int, $after: String) {
  needs(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id theme kind status region { code } district { code } narrative personalDataHidden } } }
}`;

interface NeedShape {
  id: string;
  version: number;
  status: string;
  allowedTransitions: string[];
  theme: string;
  kind: string;
  narrative: string | null;
  personalDataHidden: string | null;
  firstNoticedOn: string;
  region: { code: string };
  district: { code: string } | null;
  createdBy: string;
  updatedBy: string | null;
  evidence: Record<string, unknown>;
  statusHistory: { fromStatus: string | null; toStatus: string; comment: string | null; personalDataHidden: string | null; changedBy: string; changedAt: string }[];
  comments: { text: string | null; personalDataHidden: string | null; authorId: string; createdAt: string }[];
}
interface ListShape {
  needs: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: {
      cursor: string;
      node: {
        id: string;
        theme: string;
        kind: string;
        status: string;
        region: { code: string };
        district: { code: string } | null;
        narrative: string | null;
        personalDataHidden: string | null;
      };
    }[];
  };
}

describe('analytics subgraph: the needs and problems register', () => {
  const bed = analyticsTestbed();
  const as = (identity: Identity | null) => new GraphQLTestClient(bed.subgraph.url, { identity });

  const needCount = async () => Number((await bed.subgraph.dataSource.query('SELECT count(*) AS n FROM analytics.need'))[0].n);

  const record = async (identity: Identity, input: Record<string, unknown>): Promise<NeedShape> =>
    (
      await as(identity).data<{ recordNeed: NeedShape }>(RECORD, {
        input: { theme: 'NO_PLACE_TO_MEET', kind: 'MOVEMENT', narrative: 'Жастар тобына жиналатын орын жоқ', ...input },
      })
    ).recordNeed;

  const move = async (identity: Identity, need: { id: string; version: number }, status: string, comment = 'Себебі') =>
    (await as(identity).data<{ changeNeedStatus: NeedShape }>(CHANGE, { input: { id: need.id, version: need.version, status, comment } })).changeNeedStatus;

  describe('recording', () => {
    it("lets a region's staff record a need of a district of their region, opening its history", async () => {
      const organizationId = randomUUID();
      const requestId = randomUUID();
      const need = await record(ABAI_STAFF, {
        regionCode: ABAI,
        districtCode: SEMEY,
        theme: 'LOCAL_EXECUTIVE_RELATIONS',
        firstNoticedOn: '2026-09-15',
        evidence: { organizationIds: [organizationId], assistanceRequestIds: [requestId], contactIds: [], trainingIds: [] },
      });
      expect(need).toMatchObject({
        version: 1,
        status: 'OPEN',
        allowedTransitions: ['ESCALATED', 'BEING_ADDRESSED', 'NO_LONGER_RELEVANT'],
        theme: 'LOCAL_EXECUTIVE_RELATIONS',
        kind: 'MOVEMENT',
        narrative: 'Жастар тобына жиналатын орын жоқ',
        personalDataHidden: null,
        firstNoticedOn: '2026-09-15',
        region: { code: ABAI },
        district: { code: SEMEY },
        createdBy: 'u-abai',
        updatedBy: null,
        evidence: {
          organizationIds: [organizationId],
          organizations: [{ id: organizationId }],
          contactIds: [],
          assistanceRequestIds: [requestId],
          assistanceRequests: [{ id: requestId }],
          trainingIds: [],
          trainings: [],
        },
        comments: [],
      });
      expect(need.statusHistory).toEqual([{ fromStatus: null, toStatus: 'OPEN', comment: null, personalDataHidden: null, changedBy: 'u-abai', changedAt: expect.any(String) }]);
    });

    it('takes today (in Kazakhstan) as the first-noticed day when none is given, and a region-wide need without a district', async () => {
      const need = await record(ADMIN, { regionCode: ASTANA, kind: 'FRONT_OFFICE', theme: 'FUNDING' });
      expect(need.firstNoticedOn).toBe(kazakhstanDay(new Date()));
      expect(need.district).toBeNull();
    });

    it.each([
      ['a district of another region', { regionCode: ABAI, districtCode: ESIL }, ['districtCode:DISTRICT_NOT_IN_REGION']],
      ['an unknown district', { regionCode: ABAI, districtCode: '109999999' }, ['districtCode:UNKNOWN_DISTRICT']],
      ['an unknown region', { regionCode: '990000000' }, ['regionCode:UNKNOWN_REGION']],
      ['a day in the future', { regionCode: ABAI, firstNoticedOn: '2099-01-01' }, ['firstNoticedOn:IN_THE_FUTURE']],
      ['an impossible day', { regionCode: ABAI, firstNoticedOn: '2026-02-30' }, ['firstNoticedOn:INVALID_DATE']],
      ['a narrative of blanks', { regionCode: ABAI, narrative: '   ' }, ['narrative:REQUIRED']],
      ['a narrative over 8000 characters', { regionCode: ABAI, narrative: 'ә'.repeat(8001) }, ['narrative:TOO_LONG']],
      ['evidence that is not ids', { regionCode: ABAI, evidence: { organizationIds: ['not-an-id'] } }, ['evidence.organizationIds:ISUUID']],
      [
        'the same record twice',
        { regionCode: ABAI, evidence: { trainingIds: ['6f1c1c5e-8f43-4a8e-9d0a-4d3f9b1e2a77', '6f1c1c5e-8f43-4a8e-9d0a-4d3f9b1e2a77'] } },
        ['evidence.trainingIds:DUPLICATE_VALUES'],
      ],
    ])('refuses %s with BAD_USER_INPUT naming the field, and records nothing', async (_case, input, fields) => {
      const before = await needCount();
      const result = await as(ADMIN).request(RECORD, { input: { theme: 'OTHER', kind: 'MOVEMENT', narrative: 'Мәтін', ...input } });
      expect(refusal(result.errors)).toMatchObject({ code: 'BAD_USER_INPUT', fields });
      expect(await needCount()).toBe(before);
    });

    it.each([
      ['staff of another region', ASTANA_STAFF, { code: 'FORBIDDEN', reason: 'OTHER_REGION' }],
      ['an analyst', ANALYST, { code: 'FORBIDDEN', reason: 'READ_ONLY_ROLE' }],
      ['a partner key with analytics:read', PARTNER, { code: 'FORBIDDEN', reason: 'MISSING_SCOPE' }],
      ['an anonymous caller', null, { code: 'UNAUTHENTICATED' }],
    ])('refuses %s, before looking at the input, and records nothing', async (_case, identity, expected) => {
      const before = await needCount();
      // The analyst's and the partner's narrative is also too long: the role is refused first.
      const narrative = identity?.role === Role.REGIONAL_STAFF ? 'Мәтін' : 'ә'.repeat(9000);
      const result = await as(identity).request(RECORD, { input: { regionCode: ABAI, theme: 'OTHER', kind: 'MOVEMENT', narrative } });
      expect(refusal(result.errors)).toEqual(expected);
      expect(await needCount()).toBe(before);
    });
  });

  describe('status, history and thread', () => {
    it('moves along the allowed transitions with a comment each, and refuses the others on the status field', async () => {
      let need = await record(ABAI_STAFF, { regionCode: ABAI });
      const skipped = await as(ABAI_STAFF).request(CHANGE, { input: { id: need.id, version: need.version, status: 'RESOLVED', comment: 'Шешілді' } });
      expect(refusal(skipped.errors)).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_TRANSITION', fields: ['status:INVALID_TRANSITION'] });
      expect(skipped.errors?.[0]?.extensions).toMatchObject({ from: 'OPEN', to: 'RESOLVED', allowedTransitions: ['ESCALATED', 'BEING_ADDRESSED', 'NO_LONGER_RELEVANT'] });

      const silent = await as(ABAI_STAFF).request(CHANGE, { input: { id: need.id, version: need.version, status: 'ESCALATED', comment: ' ' } });
      expect(refusal(silent.errors)).toEqual({ code: 'BAD_USER_INPUT', reason: 'REQUIRED', fields: ['comment:REQUIRED'] });

      need = await move(ABAI_STAFF, need, 'ESCALATED', 'Әкімдікпен өзіміз шеше алмадық');
      // The republican office takes it up, from anywhere.
      need = await move(ADMIN, need, 'BEING_ADDRESSED', 'Министрлікпен кездесу жоспарланды');
      need = await move(ABAI_STAFF, need, 'RESOLVED', 'Орын берілді');
      expect(need).toMatchObject({ status: 'RESOLVED', allowedTransitions: [], version: 4, updatedBy: 'u-abai' });
      expect(need.statusHistory.map((step) => [step.fromStatus, step.toStatus, step.changedBy, step.comment])).toEqual([
        [null, 'OPEN', 'u-abai', null],
        ['OPEN', 'ESCALATED', 'u-abai', 'Әкімдікпен өзіміз шеше алмадық'],
        ['ESCALATED', 'BEING_ADDRESSED', 'u-admin', 'Министрлікпен кездесу жоспарланды'],
        ['BEING_ADDRESSED', 'RESOLVED', 'u-abai', 'Орын берілді'],
      ]);

      const final = await as(ADMIN).request(CHANGE, { input: { id: need.id, version: need.version, status: 'NO_LONGER_RELEVANT', comment: 'Кеш' } });
      expect(refusal(final.errors)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_TRANSITION' });
      const edit = await as(ADMIN).request(UPDATE, { input: { id: need.id, version: need.version, theme: 'FUNDING' } });
      expect(refusal(edit.errors)).toEqual({ code: 'CONFLICT', reason: 'NEED_CLOSED' });
    });

    it('publishes analytics.need-escalated with the change, once, and nothing for other moves', async () => {
      const jobs = async (needId: string) =>
        (await bed.subgraph.dataSource.query(`SELECT data FROM ${EVENT_BUS_SCHEMA}.job WHERE name = 'notifications.need-escalated' AND data->'payload'->>'needId' = $1`, [
          needId,
        ])) as {
          data: { name: string; payload: Record<string, unknown> };
        }[];
      let need = await record(ABAI_STAFF, { regionCode: ABAI, districtCode: KURCHATOV, theme: 'POPULATION_WARY' });
      need = await move(ABAI_STAFF, need, 'ESCALATED', 'Республикалық кеңсенің көмегі керек');
      const sent = await jobs(need.id);
      expect(sent).toHaveLength(1);
      expect(sent[0].data).toMatchObject({
        name: 'analytics.need-escalated',
        payload: { needId: need.id, regionCode: ABAI, districtCode: KURCHATOV, theme: 'POPULATION_WARY', kind: 'MOVEMENT', escalatedBy: 'u-abai' },
      });
      // Free text stays in analytics.
      expect(JSON.stringify(sent[0].data)).not.toContain('Республикалық кеңсенің');

      // A refused escalation (stale version) writes neither the change nor the event.
      const other = await record(ABAI_STAFF, { regionCode: ABAI });
      const stale = await as(ABAI_STAFF).request(CHANGE, { input: { id: other.id, version: other.version + 1, status: 'ESCALATED', comment: 'Қайта' } });
      expect(refusal(stale.errors)).toEqual({ code: 'CONFLICT', reason: 'STALE_VERSION' });
      expect(await jobs(other.id)).toHaveLength(0);
      await move(ABAI_STAFF, other, 'BEING_ADDRESSED');
      expect(await jobs(other.id)).toHaveLength(0);
    });

    it("keeps a comment thread; the region's staff and republican admins write in it, nobody else", async () => {
      const need = await record(ABAI_STAFF, { regionCode: ABAI });
      await as(ABAI_STAFF).data(COMMENT, { input: { id: need.id, text: 'Әкімдікке хат жаздық' } });
      const after = (await as(ADMIN).data<{ commentOnNeed: NeedShape }>(COMMENT, { input: { id: need.id, text: 'Келесі аптада қараймыз' } })).commentOnNeed;
      expect(after.comments.map((c) => [c.authorId, c.text])).toEqual([
        ['u-abai', 'Әкімдікке хат жаздық'],
        ['u-admin', 'Келесі аптада қараймыз'],
      ]);
      // A comment is no change of the entry.
      expect(after.version).toBe(need.version);

      for (const [identity, expected] of [
        [ASTANA_STAFF, { code: 'FORBIDDEN', reason: 'OTHER_REGION' }],
        [ANALYST, { code: 'FORBIDDEN', reason: 'READ_ONLY_ROLE' }],
        [PARTNER, { code: 'FORBIDDEN', reason: 'MISSING_SCOPE' }],
      ] as const) {
        const refused = await as(identity).request(COMMENT, { input: { id: need.id, text: 'Бөгде пікір' } });
        expect(refusal(refused.errors)).toEqual(expected);
        const moved = await as(identity).request(CHANGE, { input: { id: need.id, version: need.version, status: 'ESCALATED', comment: 'Бөгде' } });
        expect(refusal(moved.errors)).toEqual(expected);
      }
      const read = (await as(ADMIN).data<{ need: NeedShape }>(NEED, { id: need.id })).need;
      expect(read.comments).toHaveLength(2);
      expect(read.status).toBe('OPEN');

      const long = await as(ADMIN).request(COMMENT, { input: { id: need.id, text: 'а'.repeat(4001) } });
      expect(refusal(long.errors)).toEqual({ code: 'BAD_USER_INPUT', fields: ['text:TOO_LONG'] });
      const missing = await as(ADMIN).request(COMMENT, { input: { id: randomUUID(), text: 'Жоқ жазба' } });
      expect(refusal(missing.errors)).toEqual({ code: 'NOT_FOUND' });
    });

    it('edits the fields of an open entry within its region, with the version', async () => {
      const need = await record(ABAI_STAFF, { regionCode: ABAI, districtCode: SEMEY });
      const contactId = randomUUID();
      const updated = (
        await as(ABAI_STAFF).data<{ updateNeed: NeedShape }>(UPDATE, {
          input: { id: need.id, version: need.version, districtCode: null, theme: 'PROJECT_AND_GRANT_SKILLS', evidence: { contactIds: [contactId] } },
        })
      ).updateNeed;
      expect(updated).toMatchObject({ version: 2, district: null, theme: 'PROJECT_AND_GRANT_SKILLS', narrative: need.narrative, updatedBy: 'u-abai' });
      expect(updated.evidence).toMatchObject({ contactIds: [contactId], organizationIds: [] });

      const outside = await as(ABAI_STAFF).request(UPDATE, { input: { id: need.id, version: 2, districtCode: ESIL } });
      expect(refusal(outside.errors)).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['districtCode:DISTRICT_NOT_IN_REGION'] });
      const stale = await as(ABAI_STAFF).request(UPDATE, { input: { id: need.id, version: 1, kind: 'FRONT_OFFICE' } });
      expect(refusal(stale.errors)).toEqual({ code: 'CONFLICT', reason: 'STALE_VERSION' });
      const other = await as(ASTANA_STAFF).request(UPDATE, { input: { id: need.id, version: 2, kind: 'FRONT_OFFICE' } });
      expect(refusal(other.errors)).toEqual({ code: 'FORBIDDEN', reason: 'OTHER_REGION' });
      expect((await as(ADMIN).data<{ need: NeedShape }>(NEED, { id: need.id })).need).toMatchObject({ version: 2, kind: 'MOVEMENT' });
    });
  });

  describe('reading', () => {
    let abaiNeed: NeedShape;

    beforeAll(async () => {
      abaiNeed = await record(ABAI_STAFF, { regionCode: ABAI, districtCode: SEMEY, narrative: 'Айгүл Серікова (+77011234567) айтты: орын жоқ' });
      abaiNeed = await move(ABAI_STAFF, abaiNeed, 'ESCALATED', 'Айгүлдің өтініші бойынша');
      await as(ABAI_STAFF).data(COMMENT, { input: { id: abaiNeed.id, text: 'Нұрланмен сөйлестік' } });
    });

    it.each([
      ['an analyst', ANALYST],
      ['a partner key with analytics:read', PARTNER],
    ])('gives %s the entry without its narrative and comments, saying why', async (_case, identity) => {
      const need = (await as(identity).data<{ need: NeedShape }>(NEED, { id: abaiNeed.id })).need;
      expect(need).toMatchObject({ theme: 'NO_PLACE_TO_MEET', status: 'ESCALATED', region: { code: ABAI }, narrative: null, personalDataHidden: 'PERSONAL_DATA_HIDDEN_FOR_ROLE' });
      expect(need.statusHistory.map((step) => [step.toStatus, step.comment, step.personalDataHidden])).toEqual([
        ['OPEN', null, 'PERSONAL_DATA_HIDDEN_FOR_ROLE'],
        ['ESCALATED', null, 'PERSONAL_DATA_HIDDEN_FOR_ROLE'],
      ]);
      expect(need.comments).toEqual([{ text: null, personalDataHidden: 'PERSONAL_DATA_HIDDEN_FOR_ROLE', authorId: 'u-abai', createdAt: expect.any(String) }]);
      const listed = (await as(identity).data<ListShape>(LIST, { filter: { regionCode: ABAI }, first: 100 })).needs.edges.find((edge) => edge.node.id === abaiNeed.id);
      expect(listed?.node).toMatchObject({ narrative: null, personalDataHidden: 'PERSONAL_DATA_HIDDEN_FOR_ROLE' });
      expect(JSON.stringify(need)).not.toMatch(/Айгүл|Нұрлан|7701/);
    });

    it("shows the narrative and thread to the region's staff and the republican admin", async () => {
      for (const identity of [ABAI_STAFF, ADMIN]) {
        const need = (await as(identity).data<{ need: NeedShape }>(NEED, { id: abaiNeed.id })).need;
        expect(need).toMatchObject({ narrative: 'Айгүл Серікова (+77011234567) айтты: орын жоқ', personalDataHidden: null });
        expect(need.comments[0]).toMatchObject({ text: 'Нұрланмен сөйлестік', personalDataHidden: null });
      }
    });

    it("refuses another region's staff the entry, and a list filtered on that region", async () => {
      expect(refusal((await as(ASTANA_STAFF).request(NEED, { id: abaiNeed.id })).errors)).toEqual({ code: 'FORBIDDEN', reason: 'OTHER_REGION' });
      expect(refusal((await as(ASTANA_STAFF).request(LIST, { filter: { regionCode: ABAI } })).errors)).toEqual({ code: 'FORBIDDEN', reason: 'OTHER_REGION' });
      expect(refusal((await as(null).request(LIST, {})).errors)).toEqual({ code: 'UNAUTHENTICATED' });
      expect((await as(ADMIN).data<{ need: null }>(NEED, { id: randomUUID() })).need).toBeNull();
      expect(refusal((await as(ADMIN).request(NEED, { id: 'nope' })).errors)).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_ID', fields: ['id:INVALID_ID'] });
    });

    it("narrows a staff member's list to their region, and filters by region, district, theme, kind and status", async () => {
      const esil = await record(ASTANA_STAFF, { regionCode: ASTANA, districtCode: ESIL, theme: 'FUNDING', kind: 'FRONT_OFFICE' });
      const own = (await as(ASTANA_STAFF).data<ListShape>(LIST, { first: 100 })).needs;
      expect(own.edges.length).toBeGreaterThan(0);
      expect(new Set(own.edges.map((edge) => edge.node.region.code))).toEqual(new Set([ASTANA]));
      expect(own.totalCount).toBe(own.edges.length);

      const ids = async (filter: Record<string, unknown>) => (await as(ANALYST).data<ListShape>(LIST, { filter, first: 100 })).needs.edges.map((edge) => edge.node.id);
      expect(await ids({ regionCode: ASTANA, districtCode: ESIL })).toEqual([esil.id]);
      expect(await ids({ regionCode: ABAI, districtCode: SEMEY, status: 'ESCALATED', theme: 'NO_PLACE_TO_MEET' })).toEqual([abaiNeed.id]);
      expect(await ids({ kind: 'FRONT_OFFICE', theme: 'FUNDING', regionCode: ASTANA })).toContain(esil.id);
      expect(await ids({ kind: 'MOVEMENT', regionCode: ASTANA })).not.toContain(esil.id);
      expect(await ids({ status: 'RESOLVED', regionCode: ASTANA })).toEqual([]);

      const noRegion = await as(ANALYST).request(LIST, { filter: { districtCode: ESIL } });
      expect(refusal(noRegion.errors)).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['filter.districtCode:REGION_REQUIRED'] });
      const wrongDistrict = await as(ANALYST).request(LIST, { filter: { regionCode: ABAI, districtCode: ESIL } });
      expect(refusal(wrongDistrict.errors)).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['filter.districtCode:DISTRICT_NOT_IN_REGION'] });
      const unknownRegion = await as(ANALYST).request(LIST, { filter: { regionCode: '12' } });
      expect(refusal(unknownRegion.errors)).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['filter.regionCode:UNKNOWN_REGION'] });
    });

    it("loads a page with every entry's history and thread in four statements, whatever the page size", async () => {
      for (let i = 0; i < 4; i++) {
        const need = await record(ABAI_STAFF, { regionCode: ABAI, theme: 'FUNDING' });
        await move(ABAI_STAFF, need, 'BEING_ADDRESSED');
        await as(ABAI_STAFF).data(COMMENT, { input: { id: need.id, text: `Пікір ${i}` } });
      }
      const PAGE = `query($first: Int) { needs(first: $first, filter: { regionCode: "${ABAI}", theme: FUNDING }) {
        totalCount edges { node { id statusHistory { toStatus } comments { text } } } } }`;
      type Page = { needs: { totalCount: number; edges: { node: { statusHistory: unknown[]; comments: unknown[] } }[] } };
      for (const first of [2, 4]) {
        // Every statement any pg client of this process sends, kept when it reads the register's tables.
        const query = jest.spyOn(Client.prototype, 'query');
        try {
          const page = await as(ADMIN).data<Page>(PAGE, { first });
          expect(page.needs.edges).toHaveLength(first);
          for (const { node } of page.needs.edges) {
            expect(node.statusHistory).toHaveLength(2);
            expect(node.comments).toHaveLength(1);
          }
          const statements = query.mock.calls
            .map(([sql]: unknown[]) => (typeof sql === 'string' ? sql : String((sql as { text?: unknown } | null)?.text)))
            .filter((sql) => /analytics\.|"need/.test(sql));
          // The page, its count, the histories and the threads.
          expect(statements).toHaveLength(4);
        } finally {
          query.mockRestore();
        }
      }
    });

    it('pages the register newest first with cursors, without gaps or repeats', async () => {
      const all = (await as(ADMIN).data<ListShape>(LIST, { first: 100 })).needs;
      expect(all.totalCount).toBe(await needCount());
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: ListShape['needs'] = (await as(ADMIN).data<ListShape>(LIST, { first: 3, after })).needs;
        expect(page.totalCount).toBe(all.totalCount);
        seen.push(...page.edges.map((edge) => edge.node.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen).toEqual(all.edges.map((edge) => edge.node.id));
      expect(refusal((await as(ADMIN).request(LIST, { after: 'bogus' })).errors)).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['after:INVALID_CURSOR'] });
      expect(refusal((await as(ADMIN).request(LIST, { first: 101 })).errors)).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['first:OUT_OF_RANGE'] });
    });
  });
});
