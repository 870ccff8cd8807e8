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
  { name: 'identity', port: 4005 },
] as const;

export const SUPERGRAPH_FILE = 'apps/gateway/supergraph.graphql';
export const API_SCHEMA_FILE = 'apps/gateway/api-schema.graphql';

export interface ComposeIo {
  /** The SDL the subgraph's code prints now. */
  printSubgraph(name: string): string;
  /** A committed file's content, '' when missing; paths are relative to the workspace root. */
  readCommitted(file: string): string;
}

export interface ComposeResult {
  /** Files whose committed content differs from what the code produces, with that content. */
  stale: { file: string; content: string }[];
  errors: string[];
  hints: string[];
}

export const workspaceIo: ComposeIo = {
  printSubgraph: (name) =>
    execFileSync(process.execPath, ['-r', '@swc-node/register', path.join(ROOT, `apps/${name}/src/print-schema.ts`), '--stdout'], {
      cwd: ROOT,
      encoding: 'utf8',
    }),
  readCommitted: (file) => (existsSync(path.join(ROOT, file)) ? readFileSync(path.join(ROOT, file), 'utf8') : ''),
};

/** Everything the check compares, without writing anything. */
export function composeWorkspace(io: ComposeIo = workspaceIo): ComposeResult {
  const stale: ComposeResult['stale'] = [];
  const services = SUBGRAPHS.map(({ name, port }) => {
    const file = `apps/${name}/schema.graphql`;
    const sdl = io.printSubgraph(name);
    if (io.readCommitted(file) !== sdl) stale.push({ file, content: sdl });
    return { name, url: `http://localhost:${port}/graphql`, typeDefs: parse(sdl) };
  });
  const result = composeServices(services);
  if (result.errors?.length || !result.supergraphSdl || !result.schema) {
    return { stale, errors: (result.errors ?? []).map((error) => error.message), hints: [] };
  }
  const outputs = [
    { file: SUPERGRAPH_FILE, content: result.supergraphSdl.trimEnd() + '\n' },
    { file: API_SCHEMA_FILE, content: printSchema(result.schema.toAPISchema().toGraphQLJSSchema()).trimEnd() + '\n' },
  ];
  for (const output of outputs) if (io.readCommitted(output.file) !== output.content) stale.push(output);
  const hints = (result.hints ?? []).filter((hint) => hint.definition.level.name !== 'INFO').map((hint) => hint.message);
  return { stale, errors: [], hints };
}

function main(): void {
  const check = process.argv.includes('--check');
  const { stale, errors, hints } = composeWorkspace();
  for (const hint of hints) console.warn(`hint: ${hint}`);
  if (errors.length) {
    console.error(`Composition failed:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
    process.exit(1);
  }
  if (check) {
    if (stale.length) {
      console.error(stale.map(({ file }) => `schema check: ${file} is out of date: run npm run schema:compose and commit the result`).join('\n'));
      process.exit(1);
    }
    console.log('schema check: subgraph SDLs, supergraph and API schema are up to date');
    return;
  }
  for (const { file, content } of stale) writeFileSync(path.join(ROOT, file), content);
  console.log('composed apps/gateway/supergraph.graphql and api-schema.graphql');
}

if (require.main === module) main();
