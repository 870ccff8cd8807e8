import { callGateway } from '../src/gateway-client';
import { loadDemoData } from '../src/demo-data';
import { DEMO_GUIDES, loadDemoGuides } from '../src/demo-guides';
import { startStack, type RunningStack } from '../src/stack';

jest.setTimeout(240_000);

const REGISTRATION = DEMO_GUIDES[1].title;
const CHARTER = DEMO_GUIDES[0].title;

/**
 * The guides library through the gateway with every service running, as `npm start` loads it: the
 * demo guides on a consultative request (assistance) and on a scheduled announcement, whose guides
 * the notifications subgraph names by id only and the gateway asks assistance for.
 */
describe('guides and templates, end to end through the gateway', () => {
  let stack: RunningStack;
  const call = <T>(query: string, variables: Record<string, unknown> = {}) => callGateway<T>(stack.gatewayUrl, null, query, variables);

  beforeAll(async () => {
    stack = await startStack({ logLevel: 'warn' });
    await loadDemoData(stack.gatewayUrl);
    const inThreeDays = new Date(Date.now() + 3 * 86_400_000).toISOString();
    await call('mutation($input: CreateAnnouncementInput!) { createAnnouncement(input: $input) { id } }', {
      input: { topic: 'EVENT', language: 'kk', title: 'ҮЕҰ тіркеу бойынша кеңес', body: 'Үлгілер қоса берілді.', target: { regionCodes: ['710000000'] }, scheduledAt: inThreeDays },
    });
    await loadDemoGuides(call);
  }, 300_000);

  afterAll(async () => {
    await stack?.stop();
  });

  it('shows the guide attached to a consultative request, and suggests the others of its sub-type', async () => {
    const data = await call<{
      assistanceRequests: { edges: { node: { guides: { title: string }[]; suggestedGuides: { title: string; latestVersion: { number: number } }[] } }[] };
    }>(
      `{ assistanceRequests(first: 5, filter: { subtype: ORGANIZATION_REGISTRATION }) { edges { node {
          guides { title } suggestedGuides { title latestVersion { number } } } } } }`,
    );
    const [request] = data.assistanceRequests.edges.map((edge) => edge.node);
    expect(request.guides.map((guide) => guide.title)).toEqual([REGISTRATION]);
    expect(request.suggestedGuides).toEqual(expect.arrayContaining([{ title: CHARTER, latestVersion: { number: 2 } }]));
  });

  it("answers an announcement's guides with the library's titles and versions, resolved by the assistance subgraph", async () => {
    const data = await call<{ announcements: { edges: { node: { title: string; guides: { title: string; versions: { number: number }[] }[] } }[] } }>(
      '{ announcements(first: 5, status: SCHEDULED) { edges { node { title guides { title versions { number } } } } } }',
    );
    const announcement = data.announcements.edges.map((edge) => edge.node).find((node) => node.title === 'ҮЕҰ тіркеу бойынша кеңес');
    expect(announcement?.guides).toEqual([
      { title: REGISTRATION, versions: [{ number: 1 }] },
      { title: CHARTER, versions: [{ number: 2 }, { number: 1 }] },
    ]);
  });
});
