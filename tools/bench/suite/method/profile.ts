/**
 * Where a process's CPU went, from a V8 profile (`node --cpu-prof`): self time by package (graphql,
 * type-graphql, Apollo, TypeORM, pg, pino, ...) and the busiest functions. Run on a profile:
 * `node -r @swc-node/register tools/bench/suite/method/profile.ts <file.cpuprofile>`.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The package or part a frame belongs to. */
export function bucketOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return modules[1];
  if (url.startsWith('node:')) return 'node core';
  const libs = /libs\/(server|shared)\/([^/]+)/.exec(url);
  if (libs) return `birge ${libs[1]}/${libs[2]}`;
  const apps = /apps\/([^/]+)\//.exec(url);
  if (apps) return `birge ${apps[1]}`;
  return url;
}

export function summarize(profile: CpuProfile): { buckets: [string, number][]; functions: [string, number][]; totalMs: number } {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const buckets = new Map<string, number>();
  const functions = new Map<string, number>();
  let totalMs = 0;
  for (const [id, ms] of selfMs) {
    const frame = (byId.get(id) as ProfileNode).callFrame;
    if (frame.functionName === '(idle)') continue;
    totalMs += ms;
    const bucket = bucketOf(frame.url, frame.functionName);
    buckets.set(bucket, (buckets.get(bucket) ?? 0) + ms);
    const name = `${frame.functionName || '(anonymous)'} ${bucket}${frame.url ? `:${frame.lineNumber + 1}` : ''}`;
    functions.set(name, (functions.get(name) ?? 0) + ms);
  }
  const sorted = (map: Map<string, number>) => [...map.entries()].sort((a, b) => b[1] - a[1]);
  return { buckets: sorted(buckets), functions: sorted(functions), totalMs };
}

if (require.main === module) {
  for (const file of process.argv.slice(2)) {
    const { buckets, functions, totalMs } = summarize(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile);
    console.log(`${file}: ${totalMs.toFixed(0)} ms busy`);
    for (const [name, ms] of buckets.slice(0, 20)) console.log(`  ${((ms / totalMs) * 100).toFixed(1).padStart(5)} %  ${name}`);
    console.log('  busiest functions (self time):');
    for (const [name, ms] of functions.slice(0, 25)) console.log(`  ${((ms / totalMs) * 100).toFixed(1).padStart(5)} %  ${name}`);
  }
}
