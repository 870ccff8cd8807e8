/**
 * Static composition. Prints each subgraph's SDL (apps/<name>/schema.graphql), composes them
 * with @apollo/composition into apps/gateway/supergraph.graphql and the client-facing
 * apps/gateway/api-schema.graphql. With --check nothing is written: it fails when a committed
 * file differs from what the code produces, or when composition fails.
 */
import { composeServices } from '@apollo/composition';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, printSchema } from 'graphql';

const ROOT = path.resolve(__dirname, '../..');
export const SUBGRAPHS = [
  { name: 'registry', port: 4001 },
  { name: 'assistance', port: 4002 },
  { name: 'analytics', port: 4003 },
  { name: 'notifications', port: 4004 },
] as const;

const SUPERGRAPH = path.join(ROOT, 'apps/gateway/supergraph.graphql');
const API_SCHEMA = path.join(ROOT, 'apps/gateway/api-schema.graphql');

function printSubgraph(name: string): string {
  return execFileSync(process.execPath, ['-r', '@swc-node/register', path.join(ROOT, `apps/${name}/src/print-schema.ts`), '--stdout'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
}

function main(): void {
  const check = process.argv.includes('--check');
  const problems: string[] = [];
  const services = SUBGRAPHS.map(({ name, port }) => {
    const file = path.join(ROOT, `apps/${name}/schema.graphql`);
    const sdl = printSubgraph(name);
    const committed = existsSync(file) ? readFileSync(file, 'utf8') : '';
    if (committed !== sdl) {
      if (check) problems.push(`apps/${name}/schema.graphql is out of date with the code`);
      else writeFileSync(file, sdl);
    }
    return { name, url: `http://localhost:${port}/graphql`, typeDefs: parse(sdl) };
  });

  const result = composeServices(services);
  if (result.errors?.length || !result.supergraphSdl || !result.schema) {
    console.error('Composition failed:');
    for (const error of result.errors ?? []) console.error(`  - ${error.message}`);
    process.exit(1);
  }
  for (const hint of result.hints ?? []) {
    if (hint.definition.level.name !== 'INFO') console.warn(`hint: ${hint.message}`);
  }
  const outputs: [string, string][] = [
    [SUPERGRAPH, result.supergraphSdl.trimEnd() + '\n'],
    [API_SCHEMA, printSchema(result.schema.toAPISchema().toGraphQLJSSchema()).trimEnd() + '\n'],
  ];
  for (const [file, content] of outputs) {
    const committed = existsSync(file) ? readFileSync(file, 'utf8') : '';
    if (committed === content) continue;
    if (check) problems.push(`${path.relative(ROOT, file)} is out of date: run npm run schema:compose and commit the result`);
    else writeFileSync(file, content);
  }
  if (problems.length) {
    console.error(problems.map((p) => `schema check: ${p}`).join('\n'));
    process.exit(1);
  }
  console.log(check ? 'schema check: subgraph SDLs, supergraph and API schema are up to date' : 'composed apps/gateway/supergraph.graphql and api-schema.graphql');
}

main();
