import { EVENT_BUS_SCHEMA, startSubgraph, type RunningSubgraph } from '@birge/server-kit';
import { Role, type Identity } from '@birge/shared-reference';
import { createTestDatabase, GraphQLTestClient, type TestDatabase } from '@birge/server-testing';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AnalyticsServices } from '../src/analytics.context';
import { analyticsSubgraph } from '../src/analytics.subgraph';
import { refusal } from './refusal';
import { ABAI, ABAI_STAFF, ADMIN, ANALYST, ASTANA, ASTANA_STAFF } from './support/analytics-testbed';

const ADMIN_2: Identity = { ...ADMIN, userId: 'u-admin-2' };
const ABAI_STAFF_2: Identity = { ...ABAI_STAFF, userId: 'u-abai-2' };
const PARTNER: Identity = { userId: 'key-1', role: Role.PARTNER, regionCode: null, scopes: ['analytics:read', 'registry:read'], keyId: 'key-1' };

const THREAD_FIELDS = `id region { code } topic subject status createdBy messageCount unreadCount lastMessageAt statusChangedAt statusChangedBy
  links { kind targetId need { id theme } }
  messages(first: 50) { totalCount edges { node { id text authorId attachments { id fileName mimeType sizeBytes sha256 } } } }`;
const START = `mutation($input: StartFeedbackThreadInput!) { startFeedbackThread(input: $input) { ${THREAD_FIELDS} } }`;
const POST = `mutation($input: PostFeedbackInput!) { postFeedback(input: $input) { ${THREAD_FIELDS} } }`;
const CLOSE = `mutation($id: ID!) { closeFeedbackThread(id: $id) { ${THREAD_FIELDS} } }`;
const REOPEN = `mutation($id: ID!) { reopenFeedbackThread(id: $id) { ${THREAD_FIELDS} } }`;
const MARK_READ = `mutation($id: ID!) { markFeedbackThreadRead(id: $id) { ${THREAD_FIELDS} } }`;
const THREAD = `query($id: ID!) { feedbackThread(id: $id) { ${THREAD_FIELDS} } }`;
const UNREAD = '{ unreadFeedbackCount }';
const LIST = `query($filter: FeedbackThreadFilter, $first: Int, $after: String) {
  feedbackThreads(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id topic status unreadCount region { code } } } }
}`;
const DOWNLOAD = `query($id: ID!) { feedbackThread(id: $id) { messages { edges { node { attachments { fileName contentBase64 } } } } } }`;
const NEED = `mutation($input: RecordNeedInput!) { recordNeed(input: $input) { id } }`;

interface ThreadShape {
  id: string;
  region: { code: string };
  topic: string;
  subject: string | null;
  status: string;
  createdBy: string;
  messageCount: number;
  unreadCount: number;
  lastMessageAt: string;
  statusChangedAt: string | null;
  statusChangedBy: string | null;
  links: { kind: string; targetId: string; need: { id: string; theme: string } | null }[];
  messages: {
    totalCount: number;
    edges: { node: { id: string; text: string | null; authorId: string; attachments: { id: string; fileName: string; mimeType: string; sizeBytes: number; sha256: string }[] } }[];
  };
}
interface ListShape {
  feedbackThreads: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string; topic: string; status: string; unreadCount: number; region: { code: string } } }[];
  };
}

const PDF = Buffer.from('%PDF-1.4\n% Әкімдікке хат\n%%EOF\n');
const pdf = (fileName = 'хат.pdf', content = PDF) => ({ fileName, mimeType: 'application/pdf', contentBase64: content.toString('base64') });
const MAX_BYTES = 4096;

describe('analytics subgraph: the continuous feedback channel', () => {
  let db: TestDatabase;
  let subgraph: RunningSubgraph<AnalyticsServices>;
  let files: string;
  const as = (identity: Identity | null) => new GraphQLTestClient(subgraph.url, { identity });

  beforeAll(async () => {
    files = mkdtempSync(path.join(os.tmpdir(), 'birge-feedback-'));
    process.env.ANALYTICS_FEEDBACK_FILES_DIR = files;
    process.env.ANALYTICS_FEEDBACK_FILE_MAX_BYTES = String(MAX_BYTES);
    db = await createTestDatabase();
    subgraph = await startSubgraph(analyticsSubgraph, { DATABASE_URL: db.url, PORT: '0', LOG_LEVEL: 'silent', NODE_ENV: 'test' });
  });

  afterAll(async () => {
    await subgraph?.stop();
    await db?.drop();
    delete process.env.ANALYTICS_FEEDBACK_FILES_DIR;
    delete process.env.ANALYTICS_FEEDBACK_FILE_MAX_BYTES;
    rmSync(files, { recursive: true, force: true });
  });

  const count = async (table: string) => Number((await subgraph.dataSource.query(`SELECT count(*) AS n FROM analytics.${table}`))[0].n);
  const storedFiles = () => readdirSync(files, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;
  const start = async (identity: Identity, input: Record<string, unknown>): Promise<ThreadShape> =>
    (await as(identity).data<{ startFeedbackThread: ThreadShape }>(START, { input: { regionCode: ABAI, topic: 'QUESTION', subject: 'Сұрақ', text: 'Сәлеметсіз бе', ...input } }))
      .startFeedbackThread;
  const post = async (identity: Identity, threadId: string, text: string, extra: Record<string, unknown> = {}): Promise<ThreadShape> =>
    (await as(identity).data<{ postFeedback: ThreadShape }>(POST, { input: { threadId, text, ...extra } })).postFeedback;
  const read = async (identity: Identity, id: string): Promise<ThreadShape> => (await as(identity).data<{ feedbackThread: ThreadShape }>(THREAD, { id })).feedbackThread;
  const unread = async (identity: Identity): Promise<number> => (await as(identity).data<{ unreadFeedbackCount: number }>(UNREAD)).unreadFeedbackCount;
  const events = async (threadId: string) =>
    (await subgraph.dataSource.query(
      `SELECT data FROM ${EVENT_BUS_SCHEMA}.job WHERE name = 'notifications.feedback-posted' AND data->'payload'->>'threadId' = $1 ORDER BY created_on`,
      [threadId],
    )) as {
      data: { name: string; payload: Record<string, unknown> };
    }[];

  it("lets a region's staff open a thread with a file and a linked need, publishing analytics.feedback-posted", async () => {
    const need = (await as(ABAI_STAFF).data<{ recordNeed: { id: string } }>(NEED, { input: { regionCode: ABAI, theme: 'FUNDING', kind: 'FRONT_OFFICE', narrative: 'Бюджет жоқ' } }))
      .recordNeed;
    const thread = await start(ABAI_STAFF, { topic: 'OFFICE_PROBLEM', subject: ' Кеңсенің бюджеті ', text: 'Іс-шараларға қаражат жоқ', needIds: [need.id], attachments: [pdf()] });
    expect(thread).toMatchObject({
      region: { code: ABAI },
      topic: 'OFFICE_PROBLEM',
      subject: 'Кеңсенің бюджеті',
      status: 'OPEN',
      createdBy: 'u-abai',
      messageCount: 1,
      unreadCount: 0,
      statusChangedAt: null,
      links: [{ kind: 'NEED', targetId: need.id, need: { id: need.id, theme: 'FUNDING' } }],
    });
    const [message] = thread.messages.edges.map((edge) => edge.node);
    expect(message).toMatchObject({
      text: 'Іс-шараларға қаражат жоқ',
      authorId: 'u-abai',
      attachments: [{ fileName: 'хат.pdf', mimeType: 'application/pdf', sizeBytes: PDF.length }],
    });

    // The republican office sees it unread, and downloads the file as it was sent.
    expect((await read(ADMIN, thread.id)).unreadCount).toBe(1);
    const download = (await as(ADMIN).data<{ feedbackThread: { messages: { edges: { node: { attachments: { contentBase64: string }[] } }[] } } }>(DOWNLOAD, { id: thread.id }))
      .feedbackThread;
    expect(Buffer.from(download.messages.edges[0].node.attachments[0].contentBase64, 'base64').equals(PDF)).toBe(true);

    const sent = await events(thread.id);
    expect(sent).toHaveLength(1);
    expect(sent[0].data).toMatchObject({
      name: 'analytics.feedback-posted',
      payload: {
        threadId: thread.id,
        messageId: message.id,
        regionCode: ABAI,
        topic: 'OFFICE_PROBLEM',
        authorId: 'u-abai',
        authorSide: 'REGION',
        opensThread: true,
        attachmentCount: 1,
      },
    });
    expect(JSON.stringify(sent[0].data)).not.toContain('қаражат');
  });

  it('counts unread messages per thread and person: own messages never, a read marker clears them', async () => {
    const thread = await start(ADMIN, { regionCode: ABAI, topic: 'REGION_OBSERVATION', subject: 'Семейдегі жағдай' });
    expect(thread.unreadCount).toBe(0);
    const before = await unread(ABAI_STAFF);
    expect((await read(ABAI_STAFF, thread.id)).unreadCount).toBe(1);
    expect((await read(ABAI_STAFF_2, thread.id)).unreadCount).toBe(1);
    await post(ADMIN, thread.id, 'Тағы бір сұрақ');
    expect((await read(ABAI_STAFF, thread.id)).unreadCount).toBe(2);
    // Another republican administrator has not read the first administrator's messages either.
    expect((await read(ADMIN_2, thread.id)).unreadCount).toBe(2);

    const marked = (await as(ABAI_STAFF).data<{ markFeedbackThreadRead: ThreadShape }>(MARK_READ, { id: thread.id })).markFeedbackThreadRead;
    expect(marked.unreadCount).toBe(0);
    expect(await unread(ABAI_STAFF)).toBe(before - 1);
    // The colleague's marker is their own.
    expect((await read(ABAI_STAFF_2, thread.id)).unreadCount).toBe(2);

    const answered = await post(ABAI_STAFF, thread.id, 'Жауабымыз');
    expect(answered.unreadCount).toBe(0);
    expect((await read(ADMIN, thread.id)).unreadCount).toBe(1);
    await post(ADMIN, thread.id, 'Рақмет');
    expect((await read(ABAI_STAFF, thread.id)).unreadCount).toBe(1);
    expect((await read(ADMIN, thread.id)).unreadCount).toBe(0);
    expect(await events(thread.id)).toHaveLength(4);
    const [, , reply] = (await events(thread.id)).map((job) => job.data.payload);
    expect(reply).toMatchObject({ authorSide: 'REGION', opensThread: false });
  });

  it('lets republican administrators open a thread to any region, seen only by that region and the republican office', async () => {
    const thread = await start(ADMIN, { regionCode: ASTANA, topic: 'MOVEMENT_PROBLEM', subject: 'Астанадағы топтар' });
    expect((await read(ASTANA_STAFF, thread.id)).unreadCount).toBe(1);
    expect(refusal((await as(ABAI_STAFF).request(THREAD, { id: thread.id })).errors)).toEqual({ code: 'FORBIDDEN', reason: 'OTHER_REGION' });
    const own = (await as(ABAI_STAFF).data<ListShape>(LIST, { first: 100 })).feedbackThreads;
    expect(new Set(own.edges.map((edge) => edge.node.region.code))).toEqual(new Set([ABAI]));
    expect(own.totalCount).toBe(own.edges.length);
    const other = await as(ABAI_STAFF).request(START, { input: { regionCode: ASTANA, topic: 'QUESTION', subject: 'Бөгде', text: 'Бөгде' } });
    expect(refusal(other.errors)).toEqual({ code: 'FORBIDDEN', reason: 'OTHER_REGION' });
  });

  it.each([
    ['staff of another region', ASTANA_STAFF, { code: 'FORBIDDEN', reason: 'OTHER_REGION' }],
    ['an analyst', ANALYST, { code: 'FORBIDDEN', reason: 'PERSONAL_DATA_HIDDEN_FOR_ROLE' }],
    ['a partner key with analytics:read', PARTNER, { code: 'FORBIDDEN', reason: 'MISSING_SCOPE' }],
    ['an anonymous caller', null, { code: 'UNAUTHENTICATED' }],
  ])('refuses %s every operation on a region’s threads, and changes nothing', async (_case, identity, expected) => {
    const thread = await start(ABAI_STAFF, { subject: 'Жабық тақырып' });
    const messages = await count('feedback_message');
    const attempts = [
      as(identity).request(THREAD, { id: thread.id }),
      as(identity).request(LIST, { filter: { regionCode: ABAI } }),
      as(identity).request(POST, { input: { threadId: thread.id, text: 'Бөгде' } }),
      as(identity).request(CLOSE, { id: thread.id }),
      as(identity).request(MARK_READ, { id: thread.id }),
      // A role is refused before the input is looked at: the analyst's and the partner's subject is too long.
      as(identity).request(START, { input: { regionCode: ABAI, topic: 'QUESTION', subject: identity?.role === Role.REGIONAL_STAFF ? 'Бөгде' : 'ә'.repeat(500), text: 'Бөгде' } }),
    ];
    for (const result of await Promise.all(attempts)) expect(refusal(result.errors)).toEqual(expected);
    if (identity?.role !== Role.REGIONAL_STAFF) expect(refusal((await as(identity).request(UNREAD)).errors)).toEqual(expected);
    if (identity?.role !== Role.REGIONAL_STAFF) expect(refusal((await as(identity).request(LIST, {})).errors)).toEqual(expected);
    expect(await count('feedback_message')).toBe(messages);
    expect(await read(ADMIN, thread.id)).toMatchObject({ status: 'OPEN', messageCount: 1 });
  });

  it('closes and reopens with who and when, from either side; a closed thread takes no message', async () => {
    const thread = await start(ABAI_STAFF, { subject: 'Жабылатын' });
    const closed = (await as(ADMIN).data<{ closeFeedbackThread: ThreadShape }>(CLOSE, { id: thread.id })).closeFeedbackThread;
    expect(closed).toMatchObject({ status: 'CLOSED', statusChangedBy: 'u-admin', statusChangedAt: expect.any(String) });
    expect(refusal((await as(ABAI_STAFF).request(CLOSE, { id: thread.id })).errors)).toEqual({ code: 'CONFLICT', reason: 'FEEDBACK_THREAD_CLOSED' });
    const refused = await as(ABAI_STAFF).request(POST, { input: { threadId: thread.id, text: 'Тағы', attachments: [pdf('тағы.pdf')] } });
    expect(refusal(refused.errors)).toEqual({ code: 'CONFLICT', reason: 'FEEDBACK_THREAD_CLOSED' });
    expect(await events(thread.id)).toHaveLength(1);

    const reopened = (await as(ABAI_STAFF).data<{ reopenFeedbackThread: ThreadShape }>(REOPEN, { id: thread.id })).reopenFeedbackThread;
    expect(reopened).toMatchObject({ status: 'OPEN', statusChangedBy: 'u-abai' });
    expect(refusal((await as(ADMIN).request(REOPEN, { id: thread.id })).errors)).toEqual({ code: 'CONFLICT', reason: 'FEEDBACK_THREAD_OPEN' });
    expect((await post(ABAI_STAFF, thread.id, 'Қайта ашылды')).messageCount).toBe(2);
    expect(refusal((await as(ADMIN).request(CLOSE, { id: randomUUID() })).errors)).toEqual({ code: 'NOT_FOUND' });
  });

  it('refuses bad files and input naming the field, leaving neither rows nor files', async () => {
    const thread = await start(ABAI_STAFF, { subject: 'Файлдар' });
    const astanaNeed = (await as(ADMIN).data<{ recordNeed: { id: string } }>(NEED, { input: { regionCode: ASTANA, theme: 'OTHER', kind: 'MOVEMENT', narrative: 'Басқа өңір' } }))
      .recordNeed;
    const filesBefore = storedFiles();
    const rows = { messages: await count('feedback_message'), attachments: await count('feedback_attachment'), threads: await count('feedback_thread') };
    const cases: [Record<string, unknown>, string][] = [
      [{ attachments: [{ ...pdf(), mimeType: 'application/x-msdownload' }] }, 'attachments.0.mimeType:ATTACHMENT_TYPE_NOT_ALLOWED'],
      [{ attachments: [pdf(), pdf('exe.pdf', Buffer.from('MZ not a pdf'))] }, 'attachments.1.contentBase64:ATTACHMENT_CONTENT_MISMATCH'],
      [{ attachments: [pdf('big.pdf', Buffer.concat([PDF, Buffer.alloc(MAX_BYTES)]))] }, 'attachments.0.contentBase64:ATTACHMENT_TOO_LARGE'],
      [{ attachments: [{ ...pdf(), contentBase64: 'не base64' }] }, 'attachments.0.contentBase64:INVALID_BASE64'],
      [{ attachments: [pdf('../up.pdf')] }, 'attachments.0.fileName:INVALID_FILE_NAME'],
      [{ attachments: [pdf('1.pdf'), pdf('2.pdf'), pdf('3.pdf'), pdf('4.pdf')] }, 'attachments:TOO_MANY'],
      [{ needIds: [astanaNeed.id], attachments: [pdf()] }, 'needIds:NEED_OF_OTHER_REGION'],
      [{ needIds: [randomUUID()] }, 'needIds:UNKNOWN_NEED'],
      [{ needIds: ['not-an-id'] }, 'needIds:ISUUID'],
      [{ text: '   ' }, 'text:REQUIRED'],
      [{ text: 'ә'.repeat(8001) }, 'text:TOO_LONG'],
    ];
    for (const [input, field] of cases) {
      const result = await as(ABAI_STAFF).request(POST, { input: { threadId: thread.id, text: 'Хат', ...input } });
      expect({ field, ...refusal(result.errors) }).toMatchObject({ field, code: 'BAD_USER_INPUT', fields: [field] });
    }
    const starts: [Record<string, unknown>, string][] = [
      [{ subject: 'ә'.repeat(201) }, 'subject:TOO_LONG'],
      [{ subject: '  ' }, 'subject:REQUIRED'],
      [{ regionCode: '990000000' }, 'regionCode:UNKNOWN_REGION'],
      [{ topic: 'GOSSIP' }, 'none'],
    ];
    for (const [input, field] of starts) {
      const result = await as(ADMIN).request(START, { input: { regionCode: ABAI, topic: 'QUESTION', subject: 'Тақырып', text: 'Хат', ...input } });
      if (field === 'none') expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      else expect(refusal(result.errors)).toMatchObject({ code: 'BAD_USER_INPUT', fields: [field] });
    }
    expect(refusal((await as(ADMIN).request(THREAD, { id: 'nope' })).errors)).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['id:INVALID_ID'] });
    expect((await as(ADMIN).data<{ feedbackThread: null }>(THREAD, { id: randomUUID() })).feedbackThread).toBeNull();
    expect(storedFiles()).toBe(filesBefore);
    expect({ messages: await count('feedback_message'), attachments: await count('feedback_attachment'), threads: await count('feedback_thread') }).toEqual(rows);
  });

  it('filters by region, status and topic, and pages the newest conversation first without gaps or repeats', async () => {
    const old = await start(ASTANA_STAFF, { regionCode: ASTANA, topic: 'MOVEMENT_PROBLEM', subject: 'Ескі' });
    await start(ASTANA_STAFF, { regionCode: ASTANA, topic: 'QUESTION', subject: 'Жаңа' });
    // A new message moves a thread to the top.
    await post(ADMIN, old.id, 'Жауап');
    const ids = async (filter: Record<string, unknown>, identity: Identity = ADMIN) =>
      (await as(identity).data<ListShape>(LIST, { filter, first: 100 })).feedbackThreads.edges.map((edge) => edge.node.id);
    expect((await ids({ regionCode: ASTANA }))[0]).toBe(old.id);
    expect(await ids({ regionCode: ASTANA, topic: 'MOVEMENT_PROBLEM' }, ASTANA_STAFF)).toContain(old.id);
    expect(await ids({ regionCode: ASTANA, topic: 'QUESTION' })).not.toContain(old.id);
    await as(ASTANA_STAFF).data(CLOSE, { id: old.id });
    expect(await ids({ status: 'CLOSED' })).toEqual([old.id]);
    expect(await ids({ status: 'OPEN', regionCode: ASTANA })).not.toContain(old.id);
    const listed = (await as(ASTANA_STAFF).data<ListShape>(LIST, { filter: { regionCode: ASTANA }, first: 100 })).feedbackThreads.edges.find((edge) => edge.node.id === old.id);
    expect(listed?.node.unreadCount).toBe(1);

    const all = (await as(ADMIN).data<ListShape>(LIST, { first: 100 })).feedbackThreads;
    expect(all.totalCount).toBe(await count('feedback_thread'));
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: ListShape['feedbackThreads'] = (await as(ADMIN).data<ListShape>(LIST, { first: 2, after })).feedbackThreads;
      seen.push(...page.edges.map((edge) => edge.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.edges.map((edge) => edge.node.id));
    expect(refusal((await as(ADMIN).request(LIST, { after: 'bogus' })).errors)).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['after:INVALID_CURSOR'] });
  });

  it("loads a page of threads with each one's linked needs in four statements, whatever the page size", async () => {
    const need = (
      await as(ABAI_STAFF).data<{ recordNeed: { id: string } }>(NEED, { input: { regionCode: ABAI, theme: 'POPULATION_WARY', kind: 'MOVEMENT', narrative: 'Сенімсіздік' } })
    ).recordNeed;
    for (let i = 0; i < 4; i++) await start(ABAI_STAFF, { subject: `Байланысты ${i}`, needIds: [need.id] });
    const PAGE = `query($first: Int) { feedbackThreads(first: $first, filter: { regionCode: "${ABAI}" }) { totalCount edges { node { id unreadCount links { need { id theme } } } } } }`;
    type Page = { feedbackThreads: { edges: { node: { links: { need: { id: string } | null }[] } }[] } };
    for (const first of [2, 4]) {
      const query = jest.spyOn(Client.prototype, 'query');
      try {
        const page = await as(ADMIN).data<Page>(PAGE, { first });
        expect(page.feedbackThreads.edges).toHaveLength(first);
        for (const { node } of page.feedbackThreads.edges) expect(node.links).toEqual([{ need: { id: need.id, theme: 'POPULATION_WARY' } }]);
        const statements = query.mock.calls
          .map(([sql]: unknown[]) => (typeof sql === 'string' ? sql : String((sql as { text?: unknown } | null)?.text)))
          .filter((sql) => /analytics\.|"feedback_|"need/.test(sql));
        // The page (with the caller's unread counts), its count, the links and the linked needs.
        expect(statements).toHaveLength(4);
      } finally {
        query.mockRestore();
      }
    }
  });
});
