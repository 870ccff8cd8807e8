import type { RunningHttpServer } from '@birge/server-kit';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { testGateways } from './support/stand-ins';

/**
 * Abuse is refused at the gateway, before any subgraph is asked: these run with every subgraph
 * unreachable, so an answer that needed one would fail differently.
 */
describe('gateway hardening', () => {
  const gateways = testGateways();
  let gateway: RunningHttpServer;

  beforeAll(async () => {
    gateway = await gateways.start({ SUBGRAPH_TIMEOUT_MS: '500' });
  });

  afterAll(() => gateways.closeAll());

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
    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(result.errors?.[0].message).toMatch(/depth/i);
  });

  it('refuses alias floods', async () => {
    const aliases = Array.from({ length: 50 }, (_, i) => `a${i}: regions { code }`).join(' ');
    const result = (await post({ query: `{ ${aliases} }` })).json();
    expect(result.errors?.[0].message).toMatch(/aliases/i);
    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('refuses documents with too many tokens and bodies over the caller’s limit (16 MiB for the development administrator)', async () => {
    const many = `{ ${Array.from({ length: 3100 }, () => '__typename').join(' ')} }`;
    const tokens = await post({ query: many });
    expect(tokens.status).toBe(400);
    expect(tokens.json().data).toBeUndefined();
    expect(tokens.json().errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    const huge = await post({ query: `{ __typename } #${'x'.repeat(17 * 1024 * 1024)}` });
    expect(huge.status).toBe(413);
    expect(JSON.parse(huge.body).errors[0].extensions).toEqual({ code: 'PAYLOAD_TOO_LARGE', limitBytes: 16 * 1024 * 1024 });
  });

  it('answers every malformed document with a 400 and a code, for JSON and graphql-response+json alike', async () => {
    const cases: [string, unknown, string][] = [
      ['syntax', { query: '{ regions { code ' }, 'GRAPHQL_PARSE_FAILED'],
      ['unknown field', { query: '{ regions { nope } }' }, 'GRAPHQL_VALIDATION_FAILED'],
      ['unknown operation name', { query: 'query A { regions { code } }', operationName: 'B' }, 'OPERATION_RESOLUTION_FAILURE'],
      ['several operations, none named', { query: 'query A { regions { code } } query B { __typename }' }, 'OPERATION_RESOLUTION_FAILURE'],
      ['a subscription', { query: 'subscription { regions { code } }' }, 'GRAPHQL_VALIDATION_FAILED'],
      ['introspection nested too deep', { query: '{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }' }, 'GRAPHQL_VALIDATION_FAILED'],
    ];
    for (const accept of ['application/json', 'application/graphql-response+json']) {
      for (const [name, body, code] of cases) {
        const result = await post(body, { 'content-type': 'application/json', accept });
        expect([name, accept, result.status, result.json().errors?.[0].extensions?.code]).toEqual([name, accept, 400, code]);
      }
    }
  });

  it('refuses a bad value before any subgraph is asked, naming the variable or argument', async () => {
    const audit = 'query($f: AuditLogFilter) { auditLog(filter: $f, first: 1) { totalCount } }';
    // The same document with good variables first: what was found fine for them is not taken for other variables.
    expect((await post({ query: audit, variables: { f: {} } })).json().errors?.[0].extensions?.code).not.toBe('BAD_USER_INPUT');
    for (let time = 0; time < 2; time += 1) {
      const variable = await post({ query: audit, variables: { f: { from: 'yesterday' } } });
      expect(variable.status).toBe(400);
      expect(variable.json().errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', variable: 'f' });
    }
    const literal = await post({ query: '{ auditLog(filter: { from: "yesterday" }, first: 1) { totalCount } }' });
    expect(literal.status).toBe(400);
    expect(literal.json().errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'auditLog.filter' });
    const create = 'mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }';
    const input = { kind: 'INITIATIVE_GROUP', regionCode: '710000000', directions: ['BILIM'] };
    for (const [name, reason] of [
      ['Жастар\u0000', 'INVALID_TEXT'],
      ['Жастар\ud800', 'INVALID_TEXT'],
      ['Ж'.repeat(20_001), 'TOO_LONG'],
    ] as const) {
      const refused = await post({ query: create, variables: { i: { ...input, name } } });
      expect(refused.status).toBe(400);
      expect(refused.json().errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason, argument: 'createOrganization.input.name' });
    }
    const literalNul = await post({ query: 'mutation { login(email: "a\\u0000@x.kz", password: "x") { accessToken } }' });
    expect(literalNul.json().errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_TEXT', argument: 'login.email' });
  });

  it('refuses an operation that costs too much before planning it, and lets the costliest allowed one through to planning', async () => {
    // Refused again when asked again (the price is kept per document and variables, the refusal follows it).
    expect((await post({ query: nested(4).replace('{ regions {', '{ regions { __typename') })).status).toBe(400);
    const refused = await post({ query: nested(4).replace('{ regions {', '{ regions { __typename') });
    expect(refused.status).toBe(400);
    expect(refused.json().errors?.[0].extensions).toMatchObject({ code: 'COST_ESTIMATED_TOO_EXPENSIVE', maxCost: 20_000 });
    expect((refused.json().errors?.[0].extensions as { cost: number }).cost).toBeGreaterThan(20_000);
    // 20 regions × 40 districts: within the limit, so it goes on to the (unreachable) registry.
    const allowed = (await post({ query: '{ regions { districts { code } } }' })).json();
    expect(allowed.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
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
