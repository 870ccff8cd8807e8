/**
 * Static composition. Prints each subgraph's SDL (apps/<name>/schema.graphql), composes them
 * with @apollo/composition into apps/gateway/supergraph.graphql and the client-facing
 * apps/gateway/api-schema.graphql, and generates docs/api-reference.md from the latter. With
 * --check nothing is written: it fails when a committed file differs from what the code
 * produces, when composition fails, or on a governance problem (governance.ts): a new type,
 * field or argument without a description, or an undeclared breaking change against the last
 * released API schema.
 */
import { composeServices } from '@apollo/composition';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, printSchema } from 'graphql';
import {
  API_REFERENCE_FILE,
  breakingChanges,
  CHANGELOG_FILE,
  checkDescriptions,
  DESCRIPTION_GAPS_FILE,
  parseGapList,
  RELEASED_API_SCHEMA_FILE,
  renderApiReference,
  renderGapList,
  undeclaredBreakingChanges,
} from './governance';

export * from './governance';

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
  /** Governance failures: undescribed types or fields beyond the allow-list, stale allow-list lines, undeclared breaking changes. */
  problems: string[];
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
    return { stale, errors: (result.errors ?? []).map((error) => error.message), hints: [], problems: [] };
  }
  const apiSchemaSdl = printSchema(result.schema.toAPISchema().toGraphQLJSSchema()).trimEnd() + '\n';
  const apiSchema = buildSchema(apiSchemaSdl);
  const problems: string[] = [];
  // Descriptions: the allow-list of today's gaps may only shrink.
  const allowed = parseGapList(io.readCommitted(DESCRIPTION_GAPS_FILE));
  const descriptions = checkDescriptions(apiSchema, allowed);
  for (const gap of descriptions.added) problems.push(`${gap} has no description: describe it in its subgraph (partners read these descriptions)`);
  const outputs = [
    { file: SUPERGRAPH_FILE, content: result.supergraphSdl.trimEnd() + '\n' },
    { file: API_SCHEMA_FILE, content: apiSchemaSdl },
    { file: API_REFERENCE_FILE, content: renderApiReference(apiSchema) },
  ];
  // Described since: the list shrinks (compose rewrites it; the check asks for that).
  if (descriptions.fixed.length) outputs.push({ file: DESCRIPTION_GAPS_FILE, content: renderGapList(allowed.filter((gap) => !descriptions.fixed.includes(gap))) });
  for (const output of outputs) if (io.readCommitted(output.file) !== output.content) stale.push(output);
  // Breaking changes against the last released API schema must be declared in the changelog.
  const released = io.readCommitted(RELEASED_API_SCHEMA_FILE);
  if (!released) {
    problems.push(`${RELEASED_API_SCHEMA_FILE} is missing: commit the API schema of the last release there`);
  } else {
    for (const change of undeclaredBreakingChanges(breakingChanges(released, apiSchemaSdl), io.readCommitted(CHANGELOG_FILE))) {
      problems.push(`breaking change not declared in ${CHANGELOG_FILE} under "## Unreleased" / "### Breaking": ${change.description}`);
    }
  }
  const hints = (result.hints ?? []).filter((hint) => hint.definition.level.name !== 'INFO').map((hint) => hint.message);
  return { stale, errors: [], hints, problems };
}

function main(): void {
  const check = process.argv.includes('--check');
  const { stale, errors, hints, problems } = composeWorkspace();
  for (const hint of hints) console.warn(`hint: ${hint}`);
  if (errors.length) {
    console.error(`Composition failed:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
    process.exit(1);
  }
  for (const problem of problems) console.error(`schema ${check ? 'check' : 'governance'}: ${problem}`);
  if (check) {
    if (stale.length) {
      console.error(stale.map(({ file }) => `schema check: ${file} is out of date: run npm run schema:compose and commit the result`).join('\n'));
    }
    if (stale.length || problems.length) process.exit(1);
    console.log('schema check: subgraph SDLs, supergraph, API schema and API reference are up to date; descriptions and breaking changes checked');
    return;
  }
  for (const { file, content } of stale) {
    mkdirSync(path.dirname(path.join(ROOT, file)), { recursive: true });
    writeFileSync(path.join(ROOT, file), content);
  }
  console.log(`composed apps/gateway/supergraph.graphql, api-schema.graphql and ${API_REFERENCE_FILE}`);
  if (problems.length) process.exitCode = 1;
}

if (require.main === module) main();
