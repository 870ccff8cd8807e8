/**
 * The architecture's first rule (subgraphs never import each other; no server library in the
 * dashboard; no framework in shared code) holds only while lint enforces it. These probes lint
 * code that breaks it, at paths inside each project, with the workspace's own ESLint config, and
 * expect @nx/enforce-module-boundaries to object; and lint legitimate code and expect silence.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const RULE = '@nx/enforce-module-boundaries';

interface Probe {
  /** Where the code pretends to live; the file need not exist. */
  file: string;
  code: string;
}

interface LintResult {
  file: string;
  messages: { ruleId: string | null; message: string; fatal: boolean }[];
}

const use = (name: string) => `\nexport const probe = ${name};\n`;

const forbidden: [string, Probe][] = [
  [
    'registry importing the assistance subgraph by a relative path',
    { file: 'apps/registry/src/boundary-probe.ts', code: `import { assistanceSubgraph } from '../../assistance/src/assistance.subgraph';${use('assistanceSubgraph')}` },
  ],
  [
    'a nested registry module reaching into the notifications subgraph',
    {
      file: 'apps/registry/src/modules/organization/boundary-probe.ts',
      code: `import { notificationsSubgraph } from '../../../../notifications/src/notifications.subgraph';${use('notificationsSubgraph')}`,
    },
  ],
  [
    'assistance importing a registry entity',
    {
      file: 'apps/assistance/src/boundary-probe.ts',
      code: `import { OrganizationEntity } from '../../registry/src/modules/organization/organization.entity';${use('OrganizationEntity')}`,
    },
  ],
  ['the dashboard importing typeorm', { file: 'apps/dashboard/src/boundary-probe.ts', code: `import { DataSource } from 'typeorm';${use('DataSource')}` }],
  ['the dashboard importing pg', { file: 'apps/dashboard/src/boundary-probe.ts', code: `import { Pool } from 'pg';${use('Pool')}` }],
  ['the dashboard importing type-graphql', { file: 'apps/dashboard/src/boundary-probe.ts', code: `import { ObjectType } from 'type-graphql';${use('ObjectType')}` }],
  ['a shared lib importing typeorm', { file: 'libs/shared/reference/src/boundary-probe.ts', code: `import { DataSource } from 'typeorm';${use('DataSource')}` }],
  ['a shared lib importing the server kit', { file: 'libs/shared/reference/src/boundary-probe.ts', code: `import { loadConfig } from '@birge/server-kit';${use('loadConfig')}` }],
];

const allowed: [string, Probe][] = [
  ['registry using the shared reference data', { file: 'apps/registry/src/boundary-probe.ts', code: `import { REGIONS } from '@birge/shared-reference';${use('REGIONS')}` }],
  ['registry using the server kit', { file: 'apps/registry/src/boundary-probe.ts', code: `import { loadConfig } from '@birge/server-kit';${use('loadConfig')}` }],
  [
    'registry importing its own module by a relative path',
    { file: 'apps/registry/src/boundary-probe.ts', code: `import { registrySubgraph } from './registry.subgraph';${use('registrySubgraph')}` },
  ],
  ['the dashboard using the shared reference data', { file: 'apps/dashboard/src/boundary-probe.ts', code: `import { REGIONS } from '@birge/shared-reference';${use('REGIONS')}` }],
];

/**
 * Lints every probe in one Node process (the Nx project graph is then computed once), with a
 * private Nx cache folder: the result depends on the project.json files as they are now, as on
 * a fresh clone, and never on (or races with) the cache other nx commands use.
 */
function lintProbes(probes: Probe[], nxCache: string): Promise<LintResult[]> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [path.join(__dirname, 'support/lint-probes.mjs')],
      // The rule builds the Nx project graph itself; no daemon in tests.
      { cwd: ROOT, env: { ...process.env, NX_DAEMON: 'false', NX_WORKSPACE_DATA_DIRECTORY: nxCache }, maxBuffer: 16 * 1024 * 1024, timeout: 110000 },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`ESLint probe process failed: ${error.message}\n${stderr}`));
        resolve(JSON.parse(stdout) as LintResult[]);
      },
    );
    child.stdin?.end(JSON.stringify(probes));
  });
}

describe('module boundaries (lint)', () => {
  const results = new Map<Probe, LintResult>();
  const nxCache = mkdtempSync(path.join(os.tmpdir(), 'birge-nx-graph-'));
  beforeAll(async () => {
    const probes = [...forbidden, ...allowed].map(([, probe]) => probe);
    const linted = await lintProbes(probes, nxCache);
    probes.forEach((probe, index) => results.set(probe, linted[index]));
  });
  afterAll(() => rmSync(nxCache, { recursive: true, force: true }));

  function boundaryMessages(probe: Probe): string[] {
    const result = results.get(probe);
    if (!result) throw new Error(`no lint result for ${probe.file}`);
    const fatal = result.messages.filter((message) => message.fatal);
    if (fatal.length) throw new Error(`ESLint could not parse the probe ${probe.file}: ${fatal.map((m) => m.message).join('; ')}`);
    return result.messages.filter((message) => message.ruleId === RULE).map((message) => message.message);
  }

  it.each(forbidden)('reports %s', (_name, probe) => {
    if (boundaryMessages(probe).length === 0) {
      throw new Error(`${RULE} let this through in ${probe.file}:\n${probe.code}\nCheck that project's tags in its project.json and the depConstraints in eslint.config.mjs.`);
    }
  });

  it.each(allowed)('allows %s', (_name, probe) => {
    expect(boundaryMessages(probe)).toEqual([]);
  });
});
