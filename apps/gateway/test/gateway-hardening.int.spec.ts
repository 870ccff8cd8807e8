import type { RunningHttpServer } from '@birge/server-kit';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startGateway } from '../src/start-gateway';

/**
 * Abuse is refused at the gateway, before any subgraph is asked: these run with every subgraph
 * unreachable, so an answer that needed one would fail differently.
 */
describe('gateway hardening', () => {
  let gateway: RunningHttpServer;

  beforeAll(async () => {
    const nowhere = 'http://127.0.0.1:9/graphql';
    gateway = await startGateway({
      PORT: '0',
      LOG_LEVEL: 'silent',
      NODE_ENV: 'test',
      REGISTRY_URL: nowhere,
      ASSISTANCE_URL: nowhere,
      ANALYTICS_URL: nowhere,
      NOTIFICATIONS_URL: nowhere,
      IDENTITY_URL: nowhere,
      SUBGRAPH_TIMEOUT_MS: '500',
    });
  });

  afterAll(() => gateway?.close());

  const post = async (body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) => {
    const response = await fetch(gateway.url, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
    const text = await response.text();
    return { status: response.status, body: text, json: () => JSON.parse(text) as { errors?: { message: string; extensions?: { code?: string } }[]; data?: unknown } };
  };

  const nested = (depth: number) => {
    let selection = 'code';
    for (let i = 0; i < depth; i++) selection = `region { districts { ${selection} } }`;
    return `{ regions { districts { ${selection} } } }`;
  };

  it('refuses deep nesting', async () => {
    const result = (await post({ query: nested(6) })).json();
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0].message).toMatch(/depth/i);
  });

  it('refuses alias floods', async () => {
    const aliases = Array.from({ length: 50 }, (_, i) => `a${i}: regions { code }`).join(' ');
    const result = (await post({ query: `{ ${aliases} }` })).json();
    expect(result.errors?.[0].message).toMatch(/aliases/i);
    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses documents with too many tokens and bodies over the caller’s limit (16 MiB for the development administrator)', async () => {
    const many = `{ ${Array.from({ length: 2000 }, () => '__typename').join(' ')} }`;
    const tokens = (await post({ query: many })).json();
    expect(tokens.data).toBeUndefined();
    expect(tokens.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const huge = await post({ query: `{ __typename } #${'x'.repeat(17 * 1024 * 1024)}` });
    expect(huge.status).toBe(413);
    expect(JSON.parse(huge.body).errors[0].extensions).toEqual({ code: 'PAYLOAD_TOO_LARGE', limitBytes: 16 * 1024 * 1024 });
  });

  it('refuses batched arrays of operations', async () => {
    const result = await post([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(result.status).toBe(400);
    expect(result.body).toMatch(/batch/i);
  });

  it('refuses GET queries and form posts without a CSRF-safe header', async () => {
    const get = await fetch(`${gateway.url}?query=${encodeURIComponent('{ __typename }')}`);
    expect(get.status).toBe(400);
    expect(await get.text()).toMatch(/CSRF/i);
    const form = await post('query=%7B__typename%7D', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(400);
  });

  it('suggests no field names and reveals no stack trace', async () => {
    const result = (await post({ query: '{ regionz { code } }' })).json();
    expect(result.errors?.[0].message).not.toMatch(/Did you mean/);
    expect(JSON.stringify(result)).not.toMatch(/stacktrace|at .*\.ts:/);
  });

  it('masks an unreachable subgraph and still answers what needs none', async () => {
    const result = (await post({ query: '{ __typename regions { code } }' })).json();
    expect(result.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(JSON.stringify(result.errors)).not.toMatch(/127\.0\.0\.1|:9\b/);
  });

  it('serves the published API schema as a file for partners', async () => {
    const response = await fetch(gateway.url.replace(/\/graphql$/, '/schema.graphql'));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(readFileSync(path.resolve(__dirname, '../api-schema.graphql'), 'utf8'));
  });
});
