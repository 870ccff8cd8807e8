/**
 * No single request can take a service down. Generated from the published schema: every cycle
 * of object types (regions → districts → region → …, organization → requests → organization → …)
 * is nested to the depth limit, once as deep and wide as the cost limit allows and once at the
 * deepest and widest the schema takes; each must be answered or refused with a code within 2 s,
 * and no service may grow past its memory bound meanwhile.
 */
import { listSizesOf, OperationCost } from '@birge/server-kit';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { astFromValue, buildSchema, getNamedType, isNonNullType, isObjectType, parse, print, type GraphQLField, type GraphQLInputType, type GraphQLObjectType } from 'graphql';
import { sampleValue } from '../../workspace-checks/test/support/sample-values';
import { ROOT } from '../src/processes';
import { startStack, type RunningStack } from '../src/stack';

jest.setTimeout(300_000);

/**
 * The gateway's limits (armor.ts maxDepth 12, where the leaf counts too: 11 nested object fields
 * and a `__typename`; gateway.config.ts MAX_OPERATION_COST default).
 */
const MAX_DEPTH = 11;
const MAX_COST = 20_000;
const ANSWER_WITHIN_MS = 2000;
/** Peak resident memory a service may reach: its 512 MiB heap and the rest of the process. */
const PEAK_RSS_BOUND_MB = 900;

const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const schema = buildSchema(read('apps/gateway/api-schema.graphql'));
const cost = new OperationCost(schema, listSizesOf(read('apps/gateway/supergraph.graphql')));

type AnyField = GraphQLField<unknown, unknown>;

/** Every cycle of object types reachable from Query: the fields that lead to it, and the fields that go round it. */
function cycles(): { lead: AnyField[]; loop: AnyField[] }[] {
  const found = new Map<string, { lead: AnyField[]; loop: AnyField[] }>();
  const walk = (type: GraphQLObjectType, path: AnyField[], types: string[]) => {
    for (const field of Object.values(type.getFields())) {
      const next = getNamedType(field.type);
      if (!isObjectType(next)) continue;
      const at = types.indexOf(next.name);
      if (at >= 0) {
        const loop = [...path.slice(at), field];
        const key = loop.map((f) => f.name).join('>');
        const lead = path.slice(0, at);
        if (!found.has(key) || found.get(key)!.lead.length > lead.length) found.set(key, { lead, loop });
        continue;
      }
      if (path.length < 6) walk(next, [...path, field], [...types, next.name]);
    }
  };
  walk(schema.getQueryType()!, [], ['Query']);
  return [...found.values()];
}

/** The argument's sample value written in the operation. */
const literal = (type: GraphQLInputType, name: string, first: number) => print(astFromValue(sampleValue(type, name, first), type)!);

/** The operation that follows `lead`, then goes round `loop` until `depth` fields are nested, each list asking `first`. */
function operation(lead: AnyField[], loop: AnyField[], depth: number, first: number): string {
  const fields: AnyField[] = [...lead];
  while (fields.length < depth) fields.push(loop[(fields.length - lead.length) % loop.length]);
  const call = (field: AnyField) => {
    const args = field.args.filter((arg) => isNonNullType(arg.type) || arg.name === 'first');
    return args.length ? `${field.name}(${args.map((arg) => `${arg.name}: ${literal(arg.type, arg.name, first)}`).join(', ')})` : field.name;
  };
  return fields
    .reduceRight((inner, field) => `${call(field)} { __typename ${inner} }`, '')
    .replace(/^/, '{ ')
    .concat(' }');
}

/** The costliest operation over this cycle that the cost limit still allows: as deep as it can go, then as wide. */
function costliestAllowed(lead: AnyField[], loop: AnyField[]): string | null {
  for (let depth = MAX_DEPTH; depth > lead.length; depth -= 1) {
    let best: string | null = null;
    for (const first of [100, 50, 20, 10, 5, 2, 1]) {
      const query = operation(lead, loop, depth, first);
      if (cost.of(parse(query), undefined, {}) <= MAX_COST) {
        best = query;
        break;
      }
    }
    if (best) return best;
  }
  return null;
}

function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
}

describe('bounded cost: the costliest operations the schema allows', () => {
  let stack: RunningStack;

  beforeAll(async () => {
    // Anonymous callers, as an attacker would be; the regions and districts are public.
    stack = await startStack({ logLevel: 'warn', env: { NODE_ENV: 'test' }, devIdentityFallback: false });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  const send = async (query: string) => {
    const started = performance.now();
    const response = await fetch(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const body = (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
    return { status: response.status, body, ms: performance.now() - started };
  };

  const found = cycles();

  it('finds the cycles of the schema', () => {
    expect(found.map(({ loop }) => loop.map((f) => f.name).join('>'))).toEqual(expect.arrayContaining(['districts>region']));
  });

  it.each(found.map(({ lead, loop }) => [loop.map((f) => f.name).join(' > '), lead, loop] as const))(
    '%s: answered or refused with a code within 2 s',
    async (_name, lead, loop) => {
      const deepest = operation(lead, loop, MAX_DEPTH, 100);
      const allowed = costliestAllowed(lead, loop);
      for (const query of [deepest, ...(allowed ? [allowed] : [])]) {
        const { status, body, ms } = await send(query);
        expect(ms).toBeLessThan(ANSWER_WITHIN_MS);
        expect(status).toBeLessThan(500);
        for (const error of body.errors ?? []) expect(error.extensions?.code).toEqual(expect.any(String));
        if (query === allowed) expect(body.errors?.map((e) => e.extensions?.code) ?? []).not.toContain('COST_ESTIMATED_TOO_EXPENSIVE');
      }
      // The deepest regions → districts cycle is the one that took the registry down: refused up front.
      if (loop.map((f) => f.name).join('>') === 'districts>region' && lead.length === 1) {
        const refused = await send(deepest);
        expect(refused.status).toBe(400);
        expect(refused.body.errors?.[0].extensions).toMatchObject({ code: 'COST_ESTIMATED_TOO_EXPENSIVE' });
      }
    },
  );

  it('kept every service within its memory bound and answering', async () => {
    for (const [name, service] of stack.processes) {
      expect([name, service.child.exitCode]).toEqual([name, null]);
      expect([name, peakRssMb(service.child.pid!)]).toEqual([name, expect.any(Number)]);
      expect(peakRssMb(service.child.pid!)).toBeLessThan(PEAK_RSS_BOUND_MB);
    }
    const { body } = await send('{ regions { code } }');
    expect((body.data as { regions: unknown[] }).regions).toHaveLength(20);
  });
});

describe('bounded cost where the cost model is wrong: the services stop what the gateway let through', () => {
  let stack: RunningStack;
  // The field budget (50,000) takes about a second of the registry's work on a quiet machine; the
  // deadline bounds it on a busy one. The answer may also take the gateway's own share.
  const STOPPED_BY_MS = 3000;
  const STOPPED_WITHIN_MS = STOPPED_BY_MS + 3000;

  beforeAll(async () => {
    // As if every list were priced far too low: the gateway lets anything through.
    stack = await startStack({
      logLevel: 'warn',
      env: { NODE_ENV: 'test', MAX_OPERATION_COST: String(Number.MAX_SAFE_INTEGER), REQUEST_DEADLINE_MS: String(STOPPED_BY_MS) },
      devIdentityFallback: false,
    });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('answers the deepest regions → districts cycle with REQUEST_TOO_LARGE (or its deadline) within seconds, and keeps answering', async () => {
    const cycle = cycles().find(({ lead, loop }) => lead.length === 1 && loop.map((f) => f.name).join('>') === 'districts>region')!;
    const started = performance.now();
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: operation(cycle.lead, cycle.loop, MAX_DEPTH, 100) }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string; service?: string } }[] };
    expect(performance.now() - started).toBeLessThan(STOPPED_WITHIN_MS);
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual([expect.stringMatching(/^REQUEST_(TOO_LARGE|DEADLINE_EXCEEDED)$/)]);
    expect(peakRssMb(stack.processes.get('registry')!.child.pid!)).toBeLessThan(PEAK_RSS_BOUND_MB);
    const after = await fetch(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ regions { code } }' }) });
    expect(((await after.json()) as { data: { regions: unknown[] } }).data.regions).toHaveLength(20);
  });
});
