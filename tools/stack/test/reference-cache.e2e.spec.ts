import { GraphQLTestClient } from '@birge/server-testing';
import { startStack, type RunningStack } from '../src/stack';

jest.setTimeout(180_000);

const ABAI_REGION = '100000000';
const REGION = `query($code: ID!) { region(code: $code) { code name { kk } districts { code version name { kk ru en } } } }`;
const RENAME = `mutation($code: ID!, $version: Int!, $name: LocalizedTextInput!) { renameDistrict(code: $code, version: $version, name: $name) { code version name { kk } } }`;

type District = { code: string; version: number; name: { kk: string; ru: string; en: string } };
type RegionAnswer = { data?: { region: { districts: District[] } }; errors?: unknown[] };

/**
 * Reference data is answered from memory twice over: the registry holds regions and districts
 * (read again after an edit), and the gateway keeps whole public answers (cleared when a district
 * is edited through it). An edit must still be seen by the very next read.
 */
describe('reference data from memory, end to end', () => {
  let stack: RunningStack;
  let admin: GraphQLTestClient;

  /** A read of the region as anyone sends it, with the gateway's caching headers. */
  const readRegion = async (authorization?: string) => {
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify({ query: REGION, variables: { code: ABAI_REGION } }),
    });
    const body = (await response.json()) as RegionAnswer;
    expect(body.errors).toBeUndefined();
    return { districts: body.data?.region.districts ?? [], cacheControl: response.headers.get('cache-control'), age: response.headers.get('age') };
  };

  beforeAll(async () => {
    stack = await startStack({ logLevel: 'warn', env: { NODE_ENV: 'test' } });
    admin = new GraphQLTestClient(stack.gatewayUrl, { identity: null });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('marks the answer public, keeps it in the gateway, and shows an edited district at once', async () => {
    const first = await readRegion();
    expect(first.cacheControl).toMatch(/max-age=\d+, public/);
    // The second read is the gateway's kept answer (it says how old it is).
    const second = await readRegion();
    expect(second.age).not.toBeNull();
    expect(second.districts).toEqual(first.districts);

    const district = first.districts[0];
    const name = { kk: `${district.name.kk} (жаңа)`, ru: `${district.name.ru} (новый)`, en: `${district.name.en} (new)` };
    const renamed = await admin.data<{ renameDistrict: District }>(RENAME, { code: district.code, version: district.version, name });
    expect(renamed.renameDistrict.name.kk).toBe(name.kk);

    // At once: neither the gateway's kept answer nor the registry's memory is stale.
    const after = await readRegion();
    expect(after.age).toBeNull();
    expect(after.districts.find((d) => d.code === district.code)).toMatchObject({ version: renamed.renameDistrict.version, name });
    expect((await readRegion()).districts.find((d) => d.code === district.code)?.name).toEqual(name);
  });

  it('never keeps an answer that depends on who asks', async () => {
    const query = '{ me { id role } }';
    const first = await fetch(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    expect(first.headers.get('cache-control')).not.toMatch(/public/);
    const second = await fetch(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    expect(second.headers.get('age')).toBeNull();
  });
});
