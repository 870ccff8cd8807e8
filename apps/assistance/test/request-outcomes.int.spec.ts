import { readdirSync } from 'node:fs';
import { ASTANA, AssistanceHarness, CHANGE_STATUS, GET, RATE, type RequestShape, staff } from './support/assistance-harness';

const ADD_ATTACHMENT = `mutation($input: AddAssistanceRequestAttachmentInput!) { addAssistanceRequestAttachment(input: $input) { id version attachments { id fileName mimeType sizeBytes contentBase64 } } }`;
const PDF = Buffer.from('%PDF-1.4\n% test permit\n').toString('base64');

describe('assistance requests: overdue, outcomes on the organization, attachments', () => {
  const h = new AssistanceHarness();
  const astanaStaff = () => h.client(staff('astana-1', ASTANA));
  let organizationId: string;

  beforeAll(async () => {
    await h.start();
    organizationId = await h.organization(ASTANA);
  });
  afterAll(() => h.stop());

  it('raises the overdue event exactly once per request, however often and concurrently the sweep runs', async () => {
    const late = await h.submit(organizationId, 'GRANTS_AND_PROGRAMMES', 'INFORMATIONAL'); // due in 5 days
    const onTime = await h.submit(organizationId, 'TRAINING', 'ADMINISTRATIVE'); // due in 30 days
    const sixDaysOn = new Date(Date.now() + 6 * 24 * 3600_000);
    expect(await h.services.overdue.run(new Date())).toBe(0);
    const runs = await Promise.all([h.services.overdue.run(sixDaysOn), h.services.overdue.run(sixDaysOn), h.services.overdue.run(sixDaysOn)]);
    expect(runs.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await h.services.overdue.run(new Date(sixDaysOn.getTime() + 3600_000))).toBe(0);
    expect(await h.jobs('notifications.request-overdue', late.id)).toBe(1);
    expect(await h.jobs('notifications.request-overdue', onTime.id)).toBe(0);
    // Raising it is not an edit: the version staff hold stays valid.
    const [row] = await h.query<{ version: number }>('SELECT version FROM assistance.assistance_request WHERE id = $1', [late.id]);
    expect(row.version).toBe(late.version);
  });

  it("shows a resolved request's outcome and rating through Organization.assistanceRequests, with its filters", async () => {
    let request = await h.submit(organizationId, 'ORGANIZATION_REGISTRATION', 'CONSULTATIVE');
    for (const status of ['TRIAGED', 'IN_PROGRESS']) {
      request = (await astanaStaff().data<{ changeAssistanceRequestStatus: RequestShape }>(CHANGE_STATUS, { input: { id: request.id, version: request.version, status } }))
        .changeAssistanceRequestStatus;
    }
    request = (
      await astanaStaff().data<{ changeAssistanceRequestStatus: RequestShape }>(CHANGE_STATUS, {
        input: { id: request.id, version: request.version, status: 'RESOLVED', outcome: { result: 'ORGANIZATION_REGISTERED', note: 'Registered by the Ministry of Justice' } },
      })
    ).changeAssistanceRequestStatus;
    await h.admin.data(RATE, { input: { id: request.id, version: request.version, score: 4, comment: 'Quick and clear' } });

    type Result = { _entities: { assistanceRequests: { totalCount: number; edges: { node: { id: string; status: string; outcome: unknown; rating: unknown } }[] } }[] };
    const result = await h.admin.data<Result>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Organization {
        assistanceRequests(first: 10, filter: { status: RESOLVED }) { totalCount edges { node { id status outcome { result note } rating { score comment } } } } } } }`,
      { r: [{ __typename: 'Organization', id: organizationId }] },
    );
    const page = result._entities[0].assistanceRequests;
    expect(page.totalCount).toBe(1);
    expect(page.edges[0].node).toEqual({
      id: request.id,
      status: 'RESOLVED',
      outcome: { result: 'ORGANIZATION_REGISTERED', note: 'Registered by the Ministry of Justice' },
      rating: { score: 4, comment: 'Quick and clear' },
    });

    const summary = await h.admin.data<{ _entities: { assistanceSummary: { resolvedCount: number; openCount: number; averageRating: number } }[] }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Region { assistanceSummary { resolvedCount openCount averageRating } } } }`,
      { r: [{ __typename: 'Region', code: ASTANA }] },
    );
    expect(summary._entities[0].assistanceSummary).toEqual({ resolvedCount: 1, openCount: 2, averageRating: 4 });
  });

  it('stores a good attachment and refuses bad ones with coded errors, storing nothing', async () => {
    const request = await h.submit(organizationId);
    const added = await astanaStaff().data<{ addAssistanceRequestAttachment: { version: number; attachments: { fileName: string; sizeBytes: number; contentBase64: string }[] } }>(
      ADD_ATTACHMENT,
      { input: { requestId: request.id, version: request.version, fileName: 'permit.pdf', mimeType: 'application/pdf', contentBase64: PDF } },
    );
    expect(added.addAssistanceRequestAttachment.version).toBe(request.version + 1);
    expect(added.addAssistanceRequestAttachment.attachments).toEqual([
      expect.objectContaining({ fileName: 'permit.pdf', mimeType: 'application/pdf', sizeBytes: Buffer.from(PDF, 'base64').length, contentBase64: PDF }),
    ]);
    const version = added.addAssistanceRequestAttachment.version;

    const state = async () => ({
      rows: (await h.query<{ n: number }>('SELECT count(*)::int AS n FROM assistance.request_attachment WHERE request_id = $1', [request.id]))[0].n,
      version: (await h.query<{ version: number }>('SELECT version FROM assistance.assistance_request WHERE id = $1', [request.id]))[0].version,
      files: readdirSync(h.attachmentsDir, { recursive: true }).filter((f) => String(f).includes('-')).length,
    });
    const before = await state();
    const cases: [Record<string, string>, string][] = [
      [{ mimeType: 'application/x-msdownload', contentBase64: Buffer.from('MZ....').toString('base64') }, 'ATTACHMENT_TYPE_NOT_ALLOWED'],
      [{ mimeType: 'application/pdf', contentBase64: Buffer.from('MZ not a pdf').toString('base64') }, 'ATTACHMENT_CONTENT_MISMATCH'],
      [{ mimeType: 'application/pdf', contentBase64: Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(5000)]).toString('base64') }, 'ATTACHMENT_TOO_LARGE'],
      [{ mimeType: 'application/pdf', contentBase64: 'not base64!' }, 'INVALID_BASE64'],
      [{ mimeType: 'application/pdf', contentBase64: '' }, 'REQUIRED'],
    ];
    for (const [input, reason] of cases) {
      const result = await astanaStaff().request(ADD_ATTACHMENT, { input: { requestId: request.id, version, fileName: 'x.pdf', ...input } });
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].extensions?.fields?.[0].code).toBe(reason);
    }
    const stale = await astanaStaff().request(ADD_ATTACHMENT, {
      input: { requestId: request.id, version: version - 1, fileName: 'late.pdf', mimeType: 'application/pdf', contentBase64: PDF },
    });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    expect(await state()).toEqual(before);
    const { assistanceRequest } = await h.admin.data<{ assistanceRequest: { timeline: { kind: string }[] } }>(GET, { id: request.id });
    expect(assistanceRequest.timeline.map((e) => e.kind)).toEqual(['ATTACHMENT_ADDED']);
  });
});
