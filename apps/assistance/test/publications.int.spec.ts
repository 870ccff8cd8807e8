import { addCalendarDays, kazakhstanDay } from '@birge/shared-reference';
import { ALMATY, ANALYST, ASTANA, AssistanceHarness, CHANGE_STATUS, staff, type RequestShape } from './support/assistance-harness';

const FIELDS = `id outlet title publishedOn link reach directions regionCode districtCode source requestId organization { id } version`;
const CREATE = `mutation($input: CreatePublicationInput!) { createPublication(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdatePublicationInput!) { updatePublication(input: $input) { ${FIELDS} } }`;
const DELETE = `mutation($id: ID!, $version: Int!) { deletePublication(id: $id, version: $version) }`;
const LIST = `query($filter: PublicationFilter, $first: Int, $after: String) {
  publications(filter: $filter, first: $first, after: $after) { totalCount totalReach edges { node { ${FIELDS} } } pageInfo { hasNextPage endCursor } }
}`;

type Publication = { id: string; outlet: string; version: number; source: string; requestId: string | null; reach: number | null };
type Page = { publications: { totalCount: number; totalReach: number; edges: { node: Publication }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
/** A day counted from today in Kazakhstan, where publication dates are kept (after 19:00 UTC it is already tomorrow there). */
const day = (offset: number) => addCalendarDays(kazakhstanDay(new Date()), offset);

describe('assistance: publication log', () => {
  const h = new AssistanceHarness();
  const astana = () => h.client(staff('staff-astana', ASTANA));
  const almaty = () => h.client(staff('staff-almaty', ALMATY));
  beforeAll(() => h.start());
  afterAll(() => h.stop());

  it("adds a request's publication to its region's log when it is resolved with one", async () => {
    const organizationId = await h.organization(ASTANA);
    let request: RequestShape = await h.submit(organizationId, 'MEDIA_PUBLICITY', 'INFORMATIONAL');
    for (const status of ['TRIAGED', 'IN_PROGRESS']) {
      request = (await astana().data<{ changeAssistanceRequestStatus: RequestShape }>(CHANGE_STATUS, { input: { id: request.id, version: request.version, status } }))
        .changeAssistanceRequestStatus;
    }
    await astana().data(CHANGE_STATUS, {
      input: {
        id: request.id,
        version: request.version,
        status: 'RESOLVED',
        outcome: { result: 'PUBLICATION_MADE', link: 'https://www.tengrinews.kz/news/volunteers', note: 'Story about the cleanup' },
      },
    });
    const page = await astana().data<Page>(LIST, { filter: { source: 'REQUEST_OUTCOME' } });
    expect(page.publications.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({
        outlet: 'tengrinews.kz',
        title: 'Story about the cleanup',
        link: 'https://www.tengrinews.kz/news/volunteers',
        publishedOn: day(0),
        regionCode: ASTANA,
        source: 'REQUEST_OUTCOME',
        requestId: request.id,
        organization: { id: organizationId },
        reach: null,
      }),
    ]);
    const byOrganization = await h.admin.data<Page>(LIST, { filter: { organizationId } });
    expect(byOrganization.publications.totalCount).toBe(1);
  });

  it('keeps publications entered on their own, filtered, paged and added up, in their region', async () => {
    const made: Publication[] = [];
    for (const [i, offset] of [-30, -12, -2].entries()) {
      made.push(
        (
          await almaty().data<{ createPublication: Publication }>(CREATE, {
            input: {
              outlet: `Almaty TV ${i}`,
              publishedOn: day(offset),
              reach: 1000 * (i + 1),
              link: 'https://almaty.tv/story',
              directions: i ? ['BILIM'] : [],
              districtCode: i === 2 ? '751110000' : null,
            },
          })
        ).createPublication,
      );
    }
    expect(made[0]).toMatchObject({ regionCode: ALMATY, source: 'MANUAL', requestId: null, version: 1 });
    const analyst = h.client(ANALYST);
    const first = await analyst.data<Page>(LIST, { filter: { regionCode: ALMATY }, first: 2 });
    expect(first.publications).toMatchObject({ totalCount: 3, totalReach: 6000 });
    expect(first.publications.edges.map((edge) => edge.node.outlet)).toEqual(['Almaty TV 2', 'Almaty TV 1']);
    const rest = await analyst.data<Page>(LIST, { filter: { regionCode: ALMATY }, first: 2, after: first.publications.pageInfo.endCursor });
    expect(rest.publications.edges.map((edge) => edge.node.outlet)).toEqual(['Almaty TV 0']);
    expect((await analyst.data<Page>(LIST, { filter: { direction: 'BILIM', from: day(-20) } })).publications.totalCount).toBe(2);
    expect((await analyst.data<Page>(LIST, { filter: { districtCode: '751110000' } })).publications.edges.map((edge) => edge.node.outlet)).toEqual(['Almaty TV 2']);

    const updated = await almaty().data<{ updatePublication: Publication }>(UPDATE, { input: { id: made[0].id, version: 1, reach: 2500, outlet: 'Almaty TV evening' } });
    expect(updated.updatePublication).toMatchObject({ reach: 2500, outlet: 'Almaty TV evening', version: 2 });
    const foreign = await astana().request(UPDATE, { input: { id: made[0].id, version: 2, reach: 1 } });
    expect(foreign.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_REGION' });
    const otherList = await astana().request(LIST, { filter: { regionCode: ALMATY } });
    expect(otherList.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_REGION' });
    const write = await analyst.request(CREATE, { input: { outlet: 'Blog', publishedOn: day(0), regionCode: ALMATY } });
    expect(write.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'READ_ONLY_ROLE' });
    expect((await almaty().data<{ deletePublication: string }>(DELETE, { id: made[1].id, version: 1 })).deletePublication).toBe(made[1].id);
    expect((await analyst.data<Page>(LIST, { filter: { regionCode: ALMATY } })).publications.totalCount).toBe(2);
  });

  it('names each wrong field with its code', async () => {
    const codeOf = async (input: Record<string, unknown>) =>
      (await almaty().request(CREATE, { input: { outlet: 'Kazinform', publishedOn: day(-1), ...input } })).errors?.[0].extensions?.fields?.[0];
    expect(await codeOf({ outlet: 'K' })).toMatchObject({ field: 'outlet', code: 'INVALID_LENGTH' });
    expect(await codeOf({ publishedOn: day(3) })).toMatchObject({ field: 'publishedOn', code: 'IN_THE_FUTURE' });
    expect(await codeOf({ link: 'kazinform' })).toMatchObject({ field: 'link', code: 'INVALID_URL' });
    expect(await codeOf({ reach: -5 })).toMatchObject({ field: 'reach', code: 'NEGATIVE_REACH' });
    expect(await codeOf({ districtCode: '711210000' })).toMatchObject({ field: 'districtCode', code: 'DISTRICT_NOT_IN_REGION' });
    expect(await codeOf({ regionCode: '123' })).toMatchObject({ field: 'regionCode', code: 'UNKNOWN_REGION' });
  });
});
