/**
 * Static composition is what lets the gateway start without asking any subgraph: the committed
 * supergraph must be exactly what the committed subgraph SDLs compose to, name every subgraph,
 * and composition must refuse SDLs that do not fit together.
 */
import { composeServices } from '@apollo/composition';
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { composeWorkspace, SUBGRAPHS } from '@birge/schema-tools';
import { Kind, parse, type DocumentNode, type EnumTypeDefinitionNode, type ObjectTypeDefinitionNode, type StringValueNode } from 'graphql';
import { cachedWorkspaceIo } from './support/cached-workspace-io';

const ROOT = path.resolve(__dirname, '../../..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

/** Apps that define a subgraph, with the default port their code declares. */
const subgraphs = readdirSync(path.join(ROOT, 'apps'))
  .filter((name) => existsSync(path.join(ROOT, 'apps', name, `src/${name}.subgraph.ts`)))
  .map((name) => ({ name, port: Number(/defaultPort:\s*(\d+)/.exec(read(`apps/${name}/src/${name}.subgraph.ts`))?.[1]) }));

function committedServices() {
  return subgraphs.map(({ name, port }) => ({ name, url: `http://localhost:${port}/graphql`, typeDefs: parse(read(`apps/${name}/schema.graphql`)) }));
}

function runNode(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd: ROOT, maxBuffer: 16 * 1024 * 1024, timeout: 110000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

describe('static schema composition', () => {
  it('finds the five subgraphs, each with a committed schema.graphql and listed in tools/schema/compose.ts', () => {
    expect(subgraphs.map((s) => s.name).sort()).toEqual(['analytics', 'assistance', 'identity', 'notifications', 'registry']);
    expect(SUBGRAPHS.map((s) => s.name).sort()).toEqual(subgraphs.map((s) => s.name).sort());
    const missing = subgraphs.filter(({ name }) => !existsSync(path.join(ROOT, `apps/${name}/schema.graphql`))).map(({ name }) => `apps/${name}/schema.graphql`);
    expect(missing).toEqual([]);
  });

  it('npm run schema:check passes: the committed SDLs, supergraph and API schema match the code', async () => {
    const result = await runNode(['-r', '@swc-node/register', 'tools/schema/compose.ts', '--check']);
    if (result.code !== 0) {
      throw new Error(`tools/schema/compose.ts --check failed (exit ${result.code}); run npm run schema:compose and commit the result.\n${result.stderr}${result.stdout}`);
    }
    expect(result.stdout).toContain('up to date');
    // Builds every subgraph's schema in a child process: on a busy machine that takes minutes.
  }, 240_000);

  describe('the committed supergraph', () => {
    const supergraph: DocumentNode = parse(read('apps/gateway/supergraph.graphql'));
    const graphEnum = supergraph.definitions.find(
      (definition): definition is EnumTypeDefinitionNode => definition.kind === Kind.ENUM_TYPE_DEFINITION && definition.name.value === 'join__Graph',
    );
    const graphs = (graphEnum?.values ?? []).map((value) => {
      const directive = value.directives?.find((d) => d.name.value === 'join__graph');
      const argument = (name: string) => (directive?.arguments?.find((a) => a.name.value === name)?.value as StringValueNode | undefined)?.value;
      return { value: value.name.value, name: argument('name'), url: argument('url') };
    });

    it('names all five subgraphs in its join__Graph enum', () => {
      expect(graphs.map((graph) => graph.value).sort()).toEqual(['ANALYTICS', 'ASSISTANCE', 'IDENTITY', 'NOTIFICATIONS', 'REGISTRY']);
      expect(graphs.map((graph) => graph.name).sort()).toEqual(subgraphs.map((s) => s.name).sort());
    });

    it('gives each subgraph the default port its code declares (the gateway overrides the URL per environment)', () => {
      const drift = subgraphs
        .map(({ name, port }) => ({ name, port, url: graphs.find((graph) => graph.name === name)?.url }))
        .filter(({ port, url }) => !url || new URL(url).port !== String(port))
        .map(({ name, port, url }) => `${name}: supergraph URL ${url} but apps/${name} listens on ${port} by default (tools/schema/compose.ts SUBGRAPHS)`);
      expect(drift).toEqual([]);
    });

    it('is exactly what the committed subgraph SDLs compose to', () => {
      const result = composeServices(committedServices());
      expect(result.errors ?? []).toEqual([]);
      expect((result.supergraphSdl ?? '').trimEnd()).toBe(read('apps/gateway/supergraph.graphql').trimEnd());
    });
  });

  describe('composition refuses subgraphs that do not fit together', () => {
    const registry = subgraphs.find((s) => s.name === 'registry');
    const registryQuery = parse(read('apps/registry/schema.graphql')).definitions.find(
      (definition): definition is ObjectTypeDefinitionNode => definition.kind === Kind.OBJECT_TYPE_DEFINITION && definition.name.value === 'Query',
    );

    function composeWithAssistanceExtra(extraSdl: string) {
      return composeServices(
        committedServices().map((service) => (service.name === 'assistance' ? { ...service, typeDefs: parse(`${read('apps/assistance/schema.graphql')}\n${extraSdl}`) } : service)),
      );
    }

    it('when a second subgraph declares a root field the registry already owns', () => {
      expect(registry).toBeDefined();
      const owned = registryQuery?.fields?.find((field) => !field.arguments?.length) ?? registryQuery?.fields?.[0];
      expect(owned).toBeDefined();
      const result = composeWithAssistanceExtra(`extend type Query { ${owned?.name.value}: String }`);
      expect(result.errors?.length).toBeGreaterThan(0);
      expect(result.errors?.map((error) => error.extensions?.code)).toEqual(expect.arrayContaining([expect.stringMatching(/FIELD_TYPE_MISMATCH|INVALID_FIELD_SHARING/)]));
    });

    it('when an SDL refers to a type no subgraph defines', () => {
      const result = composeWithAssistanceExtra('extend type Query { orphan: TypeThatDoesNotExist }');
      expect(result.errors?.map((error) => error.message).join('\n')).toMatch(/TypeThatDoesNotExist/);
    });

    it('while an additive, shareable change composes and changes the supergraph (which the check would then report)', () => {
      const result = composeWithAssistanceExtra('extend type Query { compositionProbe: Boolean @shareable }');
      expect(result.errors ?? []).toEqual([]);
      expect(result.supergraphSdl).toContain('compositionProbe');
      expect(result.supergraphSdl?.trimEnd()).not.toBe(read('apps/gateway/supergraph.graphql').trimEnd());
    });
  });
});

describe('the schema check catches drift', () => {
  // The real check, with the committed files read through a seam so nothing in the tree changes.
  const io = cachedWorkspaceIo();

  it('reports nothing for the tree as committed', () => {
    expect(composeWorkspace(io)).toMatchObject({ stale: [], errors: [] });
  });

  it('reports a subgraph whose code changed without re-printing and re-composing', () => {
    const changed = {
      ...io,
      printSubgraph: (name: string) => (name === 'registry' ? io.printSubgraph(name).replace('type Query {', 'type Query {\n  newField: String') : io.printSubgraph(name)),
    };
    const result = composeWorkspace(changed);
    expect(result.errors).toEqual([]);
    expect(result.stale.map((s) => s.file).sort()).toEqual([
      'apps/gateway/api-schema.graphql',
      'apps/gateway/supergraph.graphql',
      'apps/registry/schema.graphql',
      'docs/api-reference.md',
    ]);
  });

  it('reports a composition error instead of writing a broken supergraph', () => {
    const broken = {
      ...io,
      printSubgraph: (name: string) => (name === 'analytics' ? io.printSubgraph(name).replace('type Query {', 'type Query {\n  regions: Int') : io.printSubgraph(name)),
    };
    expect(composeWorkspace(broken).errors.join('\n')).toMatch(/regions/);
  });
});
