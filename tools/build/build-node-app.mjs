// Builds a Node app and the workspace libs it uses to CommonJS with swc (decorator metadata
// included, which esbuild would drop), rewriting the tsconfig path aliases to relative paths.
// Usage: node tools/build/build-node-app.mjs <app>   ->   dist/apps/<app>/apps/<app>/src/main.js
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const app = process.argv[2];
if (!app) {
  console.error('usage: node tools/build/build-node-app.mjs <app>');
  process.exit(2);
}
const { compilerOptions } = JSON.parse(readFileSync(path.join(root, 'tsconfig.base.json'), 'utf8'));
const swcrc = JSON.parse(readFileSync(path.join(root, '.swcrc'), 'utf8'));
swcrc.jsc.baseUrl = root;
swcrc.jsc.paths = compilerOptions.paths;
delete swcrc.$schema;
mkdirSync(path.join(root, 'tmp'), { recursive: true });
const config = path.join(root, 'tmp', `swcrc.${app}.json`);
writeFileSync(config, JSON.stringify(swcrc));
const out = path.join(root, 'dist/apps', app);
rmSync(out, { recursive: true, force: true });
const sources = [`apps/${app}/src`, 'libs/shared/reference/src', 'libs/server/kit/src', 'libs/server/exports/src'];
execFileSync(process.execPath, [path.join(root, 'node_modules/@swc/cli/bin/swc.js'), ...sources, '-d', out, '--config-file', config, '--copy-files', '--ignore', '**/*.spec.ts'], {
  cwd: root,
  stdio: 'inherit',
});
for (const file of ['supergraph.graphql', 'api-schema.graphql', 'schema.graphql']) {
  try {
    writeFileSync(path.join(out, 'apps', app, file), readFileSync(path.join(root, 'apps', app, file)));
  } catch {
    // not every app has both
  }
}
console.log(`built ${app} -> ${path.relative(root, out)}/apps/${app}/src/main.js`);
