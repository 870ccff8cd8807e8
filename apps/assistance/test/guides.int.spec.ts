import { ALMATY, ANALYST, ASTANA, AssistanceHarness, staff } from './support/assistance-harness';

const GUIDE = `id title language subtypes directions ownerRegionCode latestVersionNumber version
  latestVersion { number fileName mimeType sizeBytes note } versions { number fileName }`;
const CREATE = `mutation($input: CreateGuideInput!) { createGuide(input: $input) { ${GUIDE} } }`;
const UPDATE = `mutation($input: UpdateGuideInput!) { updateGuide(input: $input) { ${GUIDE} } }`;
const ADD_VERSION = `mutation($input: AddGuideVersionInput!) { addGuideVersion(input: $input) { ${GUIDE} } }`;
const LIST = `query($filter: GuideFilter, $first: Int, $after: String) {
  guides(filter: $filter, first: $first, after: $after) { totalCount edges { node { title } } pageInfo { hasNextPage endCursor } }
}`;
const DOWNLOAD = `query($id: ID!) { guide(id: $id) { latestVersion { number contentBase64 } versions { number contentBase64 } } }`;
const ATTACH = `mutation($input: RequestGuideInput!) { attachGuideToRequest(input: $input) { id guides { id title } } }`;
const DETACH = `mutation($input: RequestGuideInput!) { detachGuideFromRequest(input: $input) { id guides { id } } }`;
const REQUEST_GUIDES = `query($id: ID!) { assistanceRequest(id: $id) { guides { id } suggestedGuides { title } } }`;

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const file = (text: string, extra: Record<string, unknown> = {}) => ({ fileName: 'shablon.txt', mimeType: 'text/plain', contentBase64: b64(text), ...extra });
const guide = (title: string, extra: Record<string, unknown> = {}) => ({
  title,
  language: 'RU',
  subtypes: ['ORGANIZATION_REGISTRATION'],
  file: file(`${title}: текст шаблона`),
  ...extra,
});

interface GuideShape {
  id: string;
  version: number;
  ownerRegionCode: string | null;
  latestVersionNumber: number;
  latestVersion: { number: number; fileName: string; note: string | null };
  versions: { number: number; fileName: string }[];
}

describe('assistance: guides and templates', () => {
  const h = new AssistanceHarness();
  beforeAll(() => h.start());
  afterAll(() => h.stop());

  const create = async (input: Record<string, unknown>, client = h.admin) => (await client.data<{ createGuide: GuideShape }>(CREATE, { input })).createGuide;

  it('uploads a guide, adds a version that becomes the latest, and keeps the old one downloadable', async () => {
    const first = await create(guide('Устав общественного объединения', { directions: ['BILIM', 'AYALA', 'BILIM'] }));
    expect(first).toMatchObject({ ownerRegionCode: null, latestVersionNumber: 1, version: 1, latestVersion: { number: 1, fileName: 'shablon.txt' } });
    const next = (
      await h.admin.data<{ addGuideVersion: GuideShape }>(ADD_VERSION, {
        input: { guideId: first.id, version: 1, file: file('Редакция 2026 года', { fileName: 'ustav-2026.txt', note: 'Новые требования' }) },
      })
    ).addGuideVersion;
    expect(next).toMatchObject({ latestVersionNumber: 2, version: 2, latestVersion: { number: 2, fileName: 'ustav-2026.txt', note: 'Новые требования' } });
    expect(next.versions.map((v) => v.number)).toEqual([2, 1]);
    const stale = await h.admin.request(ADD_VERSION, { input: { guideId: first.id, version: 1, file: file('x') } });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    const downloaded = await h.admin.data<{ guide: { latestVersion: { contentBase64: string }; versions: { number: number; contentBase64: string }[] } }>(DOWNLOAD, {
      id: first.id,
    });
    expect(Buffer.from(downloaded.guide.latestVersion.contentBase64, 'base64').toString('utf8')).toBe('Редакция 2026 года');
    expect(Buffer.from(downloaded.guide.versions[1].contentBase64, 'base64').toString('utf8')).toBe('Устав общественного объединения: текст шаблона');
    const [{ n }] = await h.query<{ n: number }>(`SELECT count(*)::int AS n FROM assistance.guide_version WHERE guide_id = $1`, [first.id]);
    expect(n).toBe(2);
  });

  it('refuses a wrong file or field with its code and stores nothing', async () => {
    const before = await h.query<{ n: number }>(`SELECT count(*)::int AS n FROM assistance.guide`);
    const codeOf = async (input: Record<string, unknown>) => (await h.admin.request(CREATE, { input })).errors?.[0].extensions;
    expect(await codeOf(guide('Big', { file: file('x'.repeat(5000)) }))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ATTACHMENT_TOO_LARGE' });
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1]).toString('base64');
    expect(await codeOf(guide('Picture', { file: { fileName: 'a.png', mimeType: 'image/png', contentBase64: png } }))).toMatchObject({ reason: 'ATTACHMENT_TYPE_NOT_ALLOWED' });
    expect(await codeOf(guide('Fake pdf', { file: file('not a pdf', { mimeType: 'application/pdf' }) }))).toMatchObject({ reason: 'ATTACHMENT_CONTENT_MISMATCH' });
    expect((await codeOf(guide('ab')))?.fields?.[0]).toMatchObject({ field: 'title', code: 'INVALID_LENGTH' });
    expect((await codeOf(guide('Empty', { file: file('') })))?.fields?.[0]).toMatchObject({ field: 'file.contentBase64', code: 'ATTACHMENT_EMPTY' });
    expect(await h.query<{ n: number }>(`SELECT count(*)::int AS n FROM assistance.guide`)).toEqual(before);
  });

  it('lets a region keep its own guides only; analysts read but never write', async () => {
    const almaty = h.client(staff('staff-almaty', ALMATY));
    const own = await create(guide('Алматы: отчёт по гранту', { subtypes: ['GRANT_AND_REPORTING_DOCUMENTS'] }), almaty);
    expect(own.ownerRegionCode).toBe(ALMATY);
    const astana = h.client(staff('staff-astana', ASTANA));
    const foreign = await astana.request(UPDATE, { input: { id: own.id, version: 1, title: 'Чужой' } });
    expect(foreign.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_REGION' });
    const analyst = h.client(ANALYST);
    expect((await analyst.request(CREATE, { input: guide('Analyst guide') })).errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'READ_ONLY_ROLE' });
    const read = await analyst.data<{ guides: { totalCount: number } }>(LIST, { filter: { regionCode: ALMATY } });
    expect(read.guides.totalCount).toBeGreaterThanOrEqual(1);
    const updated = await almaty.data<{ updateGuide: { subtypes: string[]; version: number } }>(UPDATE, {
      input: { id: own.id, version: 1, subtypes: ['GRANT_AND_REPORTING_DOCUMENTS', 'ORGANIZATION_REGISTRATION'] },
    });
    expect(updated.updateGuide).toEqual(expect.objectContaining({ subtypes: ['ORGANIZATION_REGISTRATION', 'GRANT_AND_REPORTING_DOCUMENTS'], version: 2 }));
  });

  it('filters by sub-type, language, direction and region, and pages by title', async () => {
    await create(guide('Қоғамдық бірлестікті тіркеу', { language: 'KK', directions: ['QAMQOR'] }));
    await create(guide('Өтінім үлгісі', { language: 'KK', subtypes: ['GRANT_AND_REPORTING_DOCUMENTS'] }));
    const titles = async (filter: Record<string, unknown>) =>
      (await h.admin.data<{ guides: { edges: { node: { title: string } }[] } }>(LIST, { filter })).guides.edges.map((e) => e.node.title);
    expect(await titles({ language: 'KK', subtype: 'ORGANIZATION_REGISTRATION' })).toEqual(['Қоғамдық бірлестікті тіркеу']);
    expect(await titles({ language: 'KK', direction: 'AYALA' })).toEqual(['Өтінім үлгісі']);
    expect(await titles({ regionCode: ASTANA, subtype: 'GRANT_AND_REPORTING_DOCUMENTS' })).toEqual(['Өтінім үлгісі']);
    expect(await titles({ search: 'устав' })).toEqual(['Устав общественного объединения']);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { guides: { totalCount: number; edges: { node: { title: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } = await h.admin.data(LIST, {
        first: 2,
        after,
      });
      seen.push(...page.guides.edges.map((e) => e.node.title));
      if (!page.guides.pageInfo.hasNextPage) break;
      after = page.guides.pageInfo.endCursor;
    }
    const [{ n }] = await h.query<{ n: number }>(`SELECT count(*)::int AS n FROM assistance.guide`);
    expect(seen).toHaveLength(n);
    expect(new Set(seen).size).toBe(n);
    const bad = await h.admin.request(LIST, { filter: { regionCode: '123' } });
    expect(bad.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'filter.regionCode', code: 'UNKNOWN_REGION' });
  });

  it("attaches the guides a consultative request's sub-type suggests, and only to consultative help", async () => {
    const organization = await h.organization(ASTANA);
    const request = await h.submit(organization, 'ORGANIZATION_REGISTRATION', 'CONSULTATIVE');
    const suggested = await h.admin.data<{ assistanceRequest: { suggestedGuides: { title: string }[] } }>(REQUEST_GUIDES, { id: request.id });
    const titles = suggested.assistanceRequest.suggestedGuides.map((g) => g.title);
    expect(titles).toEqual(expect.arrayContaining(['Устав общественного объединения', 'Қоғамдық бірлестікті тіркеу']));
    expect(titles).not.toContain('Алматы: отчёт по гранту');
    const [target] = (await h.admin.data<{ guides: { edges: { node: { id: string } }[] } }>(`query { guides(filter: { search: "Устав" }) { edges { node { id } } } }`)).guides
      .edges;
    const guideId = target.node.id;
    const astana = h.client(staff('staff-astana', ASTANA));
    const attached = await astana.data<{ attachGuideToRequest: { guides: { id: string }[] } }>(ATTACH, { input: { requestId: request.id, guideId } });
    expect(attached.attachGuideToRequest.guides.map((g) => g.id)).toEqual([guideId]);
    await astana.data(ATTACH, { input: { requestId: request.id, guideId } });
    expect((await h.admin.data<{ assistanceRequest: { guides: { id: string }[] } }>(REQUEST_GUIDES, { id: request.id })).assistanceRequest.guides).toHaveLength(1);

    const [almatyGuide] = await h.query<{ id: string }>(`SELECT id FROM assistance.guide WHERE owner_region_code = $1`, [ALMATY]);
    const other = await h.admin.request(ATTACH, { input: { requestId: request.id, guideId: almatyGuide.id } });
    expect(other.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'guideId', code: 'GUIDE_OF_OTHER_REGION' });
    const permit = await h.submit(organization);
    const notConsultative = await h.admin.request(ATTACH, { input: { requestId: permit.id, guideId } });
    expect(notConsultative.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'requestId', code: 'NOT_CONSULTATIVE' });
    const foreign = await h.client(staff('staff-almaty', ALMATY)).request(ATTACH, { input: { requestId: request.id, guideId } });
    expect(foreign.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_REGION' });

    const detached = await astana.data<{ detachGuideFromRequest: { guides: unknown[] } }>(DETACH, { input: { requestId: request.id, guideId } });
    expect(detached.detachGuideFromRequest.guides).toEqual([]);
  });
});
