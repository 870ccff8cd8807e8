/**
 * P2: each subgraph against the floor. The same answer from the subgraph (built, production mode,
 * alone on the subject core) and from a plain Node HTTP server with no GraphQL (p2/floor-server.cjs,
 * same core) that checks the same signed identity header, sends the very statements the subgraph
 * sent (captured with their parameters from a separate instance of the subgraph, p2/sql-capture.cjs)
 * and writes the same JSON. Three requests, as the gateway sends them to the subgraph:
 *  - reference: `{ regions { code name { kk } districts { code } } }` (registry);
 *  - list: the registry's part of the federated organization list, a page of 20;
 *  - board: the requests board's page of 50 (assistance), with the keys of its entities.
 * autocannon with warm-up, subgraph and floor alternating, answers compared with the captured one.
 * `ratio` = the worst of the three subgraph CPU-ms per request / the floor's (goal ≤ 2).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../stack/src/processes';
import type { BenchContext } from './figure';
import { figureLine, type FigureValue } from './method/format';
import { subgraphHeaders } from './method/identity';
import { measureLoad, type LoadResult } from './method/load';
import { alternate, median } from './method/rounds';
import { startService, type StartedService } from './method/service';

interface Subject {
  name: string;
  service: 'registry' | 'assistance';
  query: string;
  variables: Record<string, unknown>;
}

export const P2_SUBJECTS: Subject[] = [
  { name: 'reference', service: 'registry', query: '{ regions { code name { kk } districts { code } } }', variables: {} },
  {
    name: 'list',
    service: 'registry',
    query: `query($first: Int) { organizations(first: $first) { totalCount pageInfo { endCursor hasNextPage } edges { cursor node {
      __typename id name nameKk nameRu kind directions status verificationStatus createdAt
      region { code name { kk ru en } } district { code name { kk ru en } } } } } }`,
    variables: { first: 20 },
  },
  {
    name: 'board',
    service: 'assistance',
    query: `query($first: Int) { assistanceRequests(first: $first) { totalCount pageInfo { endCursor hasNextPage } edges { cursor node {
      __typename id type subtype status description personalDataHidden createdAt dueAt overdue assigneeId
      organization { __typename id } region { __typename code } } } } }`,
    variables: { first: 50 },
  },
];

interface Captured {
  statements: { text: string; values: unknown[] }[];
  answer: unknown;
}

/** Statements that belong to no request: the job queue's polling, the reference fingerprint check. */
const BACKGROUND = /pgboss|sum\(version\)/i;

function body(subject: Subject): string {
  return JSON.stringify({ query: subject.query, variables: subject.variables });
}

async function post(url: string, subject: Subject, headers: Record<string, string>): Promise<unknown> {
  const response = await fetch(url, { method: 'POST', headers, body: body(subject) });
  const text = await response.text();
  if (response.status !== 200 || text.includes('"errors"')) throw new Error(`${subject.name} answered ${response.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text);
}

/** Starts an instance of the service that writes down its SQL, and learns each subject's statements and answer. */
async function capture(ctx: BenchContext, service: Subject['service'], subjects: Subject[]): Promise<Map<string, Captured>> {
  const file = path.join(ctx.outDir, `p2-${service}-sql.jsonl`);
  const instance = await startService({
    name: service,
    core: ctx.cores.rest,
    env: { DATABASE_URL: ctx.databaseUrl, INTERNAL_SECRET: ctx.secrets.internalSecret, PORTAL_LINK_SECRET: ctx.secrets.portalLinkSecret, BENCH_SQL_CAPTURE_FILE: file },
    nodeArgs: ['--require', path.join(__dirname, 'p2/sql-capture.cjs')],
  });
  const captured = new Map<string, Captured>();
  try {
    for (const subject of subjects) {
      for (let i = 0; i < 3; i++) await post(instance.url, subject, subgraphHeaders(ctx.secrets)); // snapshots, caches, connections
      const from = Date.now();
      const answer = await post(instance.url, subject, subgraphHeaders(ctx.secrets));
      const to = Date.now();
      const lines = existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n') : [];
      const statements = lines
        .map((line) => JSON.parse(line) as { at: number; text: string; values: unknown[] })
        .filter((s) => s.at >= from && s.at <= to && !BACKGROUND.test(s.text))
        .map(({ text, values }) => ({ text, values }));
      captured.set(subject.name, { statements, answer });
    }
  } finally {
    await instance.stop();
  }
  return captured;
}

export async function run(ctx: BenchContext): Promise<string[]> {
  const captured = new Map<string, Captured>();
  for (const service of ['registry', 'assistance'] as const) {
    for (const [name, value] of await capture(
      ctx,
      service,
      P2_SUBJECTS.filter((s) => s.service === service),
    ))
      captured.set(name, value);
  }
  const specFile = path.join(ctx.outDir, 'p2-floor-spec.json');
  writeFileSync(specFile, JSON.stringify({ routes: Object.fromEntries(captured) }));
  const env = { DATABASE_URL: ctx.databaseUrl, INTERNAL_SECRET: ctx.secrets.internalSecret, PORTAL_LINK_SECRET: ctx.secrets.portalLinkSecret };
  const profile = process.env.BENCH_PROFILE === '1' ? ['--cpu-prof', '--cpu-prof-dir', path.join(ctx.outDir, 'profiles')] : [];
  const started: StartedService[] = [];
  const fields: Record<string, FigureValue> = {};
  const ratios: number[] = [];
  try {
    const floor = await startService({
      name: 'floor',
      script: path.join(__dirname, 'p2/floor-server.cjs'),
      core: ctx.cores.subject,
      env: { ...env, FLOOR_SPEC: specFile, KIT: path.join(ROOT, 'dist/apps/registry/libs/server/kit/src') },
      readyPath: null,
    });
    started.push(floor);
    const subgraphs: Record<string, StartedService> = {};
    for (const service of ['registry', 'assistance'] as const) {
      subgraphs[service] = await startService({ name: service, core: ctx.cores.subject, env, nodeArgs: profile });
      started.push(subgraphs[service]);
    }
    for (const subject of P2_SUBJECTS) {
      const expected = JSON.stringify(captured.get(subject.name)?.answer);
      const verify = (status: number, text: string) => {
        if (status !== 200 || JSON.stringify(JSON.parse(text)) !== expected)
          throw new Error(`${subject.name}: the answer differs from the captured one (${status}): ${text.slice(0, 200)}`);
      };
      const load = (url: string, pid: number) => () =>
        measureLoad(
          { url, body: body(subject), headers: subgraphHeaders(ctx.secrets), verify },
          { connections: 10, warmupSeconds: ctx.warmupSeconds, durationSeconds: ctx.durationSeconds, pid },
        );
      const subgraph = subgraphs[subject.service];
      const results = await alternate<LoadResult>(ctx.rounds, { birge: load(subgraph.url, subgraph.pid), floor: load(`${floor.url}/${subject.name}`, floor.pid) });
      const cpu = (side: string) => median(results[side].map((r) => r.cpuMsPerRequest ?? NaN));
      const ratio = cpu('birge') / cpu('floor');
      ratios.push(ratio);
      Object.assign(fields, {
        [`${subject.name}_ratio`]: ratio,
        [`${subject.name}_birge_cpu_ms`]: cpu('birge'),
        [`${subject.name}_floor_cpu_ms`]: cpu('floor'),
        [`${subject.name}_birge_rps`]: median(results.birge.map((r) => r.rps)),
        [`${subject.name}_floor_rps`]: median(results.floor.map((r) => r.rps)),
        [`${subject.name}_birge_p99_ms`]: median(results.birge.map((r) => r.p99)),
        [`${subject.name}_statements`]: captured.get(subject.name)?.statements.length,
      });
      const errors = [...results.birge, ...results.floor].reduce((sum, r) => sum + r.errors, 0);
      if (errors) fields[`${subject.name}_errors`] = errors;
      ctx.log(`  ${subject.name}: subgraph ${cpu('birge').toFixed(3)} CPU-ms/request, floor ${cpu('floor').toFixed(3)} (x${ratio.toFixed(2)})`);
    }
  } finally {
    for (const service of started.reverse()) await service.stop();
  }
  return [figureLine('P2', 'subgraph-vs-floor', Math.max(...ratios), { goal: '<=2', ...fields, data: ctx.dataSource })];
}
