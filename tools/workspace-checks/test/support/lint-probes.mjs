// Lints code snippets with the workspace's ESLint config through the ESLint Node API, in a plain
// Node process: jest's module sandbox cannot load eslint.config.mjs (ESLint imports it with a
// dynamic import, which jest only allows under --experimental-vm-modules).
// The rule reads the *cached* Nx project graph and silently skips (or uses a stale graph) when the
// cache is missing or old, e.g. on a fresh clone or right after a project was added; so the
// graph is computed first, as `nx run-many -t lint` would.
// stdin: [{ "file": "apps/x/src/probe.ts", "code": "..." }, ...]
// stdout: [{ "file": ..., "messages": [{ "ruleId", "message", "fatal" }] }, ...]
import devkit from '@nx/devkit';
import { ESLint } from 'eslint';
import path from 'node:path';
import { text } from 'node:stream/consumers';

const root = process.cwd();
const probes = JSON.parse(await text(process.stdin));
await devkit.createProjectGraphAsync({ exitOnError: false });
const eslint = new ESLint({ cwd: root });
const results = [];
for (const probe of probes) {
  const [result] = await eslint.lintText(probe.code, { filePath: path.join(root, probe.file) });
  results.push({
    file: probe.file,
    messages: result.messages.map(({ ruleId, message, fatal }) => ({ ruleId, message, fatal: Boolean(fatal) })),
  });
}
process.stdout.write(JSON.stringify(results));
