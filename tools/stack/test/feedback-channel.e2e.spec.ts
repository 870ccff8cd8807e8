import { DEMO_FEEDBACK, loadDemoFeedback } from '../src/demo-feedback';
import { loadDemoData } from '../src/demo-data';
import { loadDemoNeeds } from '../src/demo-needs';
import { demoStack } from './support/demo-sign-ins';

jest.setTimeout(180_000);

const ASTANA = '710000000';

interface Threads {
  feedbackThreads: {
    totalCount: number;
    edges: { node: { id: string; subject: string; status: string; unreadCount: number; region: { code: string; name: { en: string } } } }[];
  };
}

const LIST = `{ feedbackThreads(first: 50) { totalCount edges { node { id subject status unreadCount region { code name { en } } } } } }`;

/**
 * The feedback channel through the gateway with every service running and real sign-ins: the demo
 * threads `npm start` writes from both sides, each side's unread counts, a region's name resolved
 * by the registry, a file downloaded, and the channel closed to analysts.
 */
describe('the feedback channel, end to end through the gateway', () => {
  const demo = demoStack();

  it('loads the demo threads once from both sides, unread where the other side wrote last, one closed', async () => {
    await loadDemoData(demo.stack.gatewayUrl, demo.adminToken);
    const asAdmin = <T>(query: string, variables?: Record<string, unknown>) => demo.admin.data<T>(query, variables);
    const asStaff = <T>(query: string, variables?: Record<string, unknown>) => demo.staff.data<T>(query, variables);
    await loadDemoNeeds(asAdmin);
    expect(await loadDemoFeedback(asAdmin, asStaff)).toEqual({ loaded: true, threads: DEMO_FEEDBACK.length });
    expect(await loadDemoFeedback(asAdmin, asStaff)).toEqual({ loaded: false, threads: DEMO_FEEDBACK.length });

    const all = (await demo.admin.data<Threads>(LIST)).feedbackThreads;
    expect(all.totalCount).toBe(DEMO_FEEDBACK.length);
    expect(new Set(all.edges.map((edge) => edge.node.region.code)).size).toBeGreaterThanOrEqual(3);
    expect(all.edges.find((edge) => edge.node.region.code === ASTANA)?.node.region.name.en).toBe('Astana');
    expect(all.edges.filter((edge) => edge.node.status === 'CLOSED')).toHaveLength(1);
    // The staff member wrote last in two Astana threads: unread for the republican office.
    const adminUnread = all.edges.filter((edge) => edge.node.unreadCount > 0).map((edge) => edge.node.subject);
    expect(adminUnread).toEqual(expect.arrayContaining(['Есіл ауданындағы топтарға жиналатын орын', 'Кеңсенің интернеті']));
    expect((await demo.admin.data<{ unreadFeedbackCount: number }>('{ unreadFeedbackCount }')).unreadFeedbackCount).toBe(adminUnread.length);

    // The staff member sees Astana's threads only; the administrator's question is unread for them.
    const own = (await demo.staff.data<Threads>(LIST)).feedbackThreads;
    expect(new Set(own.edges.map((edge) => edge.node.region.code))).toEqual(new Set([ASTANA]));
    expect(own.edges.find((edge) => edge.node.subject === 'Тоқсандық есептің жаңа нысаны')?.node.unreadCount).toBe(1);

    // The file the administrator sent, as it was sent.
    const thread = all.edges.find((edge) => edge.node.subject === 'Есіл ауданындағы топтарға жиналатын орын');
    const files = await demo.staff.data<{
      feedbackThread: { links: { need: { id: string } | null }[]; messages: { edges: { node: { attachments: { fileName: string; contentBase64: string }[] } }[] } };
    }>('query($id: ID!) { feedbackThread(id: $id) { links { need { id } } messages { edges { node { attachments { fileName contentBase64 } } } } } }', { id: thread?.node.id });
    const file = files.feedbackThread.messages.edges.flatMap((edge) => edge.node.attachments)[0];
    expect(file?.fileName).toBe('министрлікке-хат.txt');
    expect(Buffer.from(file?.contentBase64 ?? '', 'base64').toString('utf8')).toContain('Білім басқармасына');
    expect(files.feedbackThread.links[0]?.need).not.toBeNull();

    const refused = await demo.analyst.request(LIST);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PERSONAL_DATA_HIDDEN_FOR_ROLE' });
  });
});
