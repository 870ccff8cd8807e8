/** The Dockerfile docker-compose.yml builds from: its stages, and only files that exist. */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { dockerfile, nodeApps, read, ROOT, stageNames } from './support/deploy-files';

describe('Dockerfile', () => {
  it('has the stages docker-compose.yml builds', () => {
    expect([...stageNames]).toEqual(expect.arrayContaining(['deps', 'build', 'node-app', 'dashboard']));
  });

  it('copies and runs only files that exist in the repository', () => {
    const problems: string[] = [];
    for (const match of dockerfile.matchAll(/^(?:COPY|ADD)\s+(?!--from)((?:--\S+\s+)*)(.+)$/gim)) {
      const parts = match[2].trim().split(/\s+/);
      for (const source of parts.slice(0, -1)) {
        if (source !== '.' && !existsSync(path.join(ROOT, source))) problems.push(`COPY source ${source} does not exist`);
      }
    }
    for (const match of dockerfile.matchAll(/\bnode\s+((?:tools|apps|libs|node_modules)\/\S+)/g)) {
      const script = match[1];
      if (!existsSync(path.join(ROOT, script))) problems.push(`runs ${script}, which does not exist`);
    }
    for (const match of dockerfile.matchAll(/--config\s+(\S+)/g)) {
      if (!existsSync(path.join(ROOT, match[1]))) problems.push(`uses config ${match[1]}, which does not exist`);
    }
    expect(problems).toEqual([]);
  });

  it('builds with tools/build/build-node-app.mjs and starts the file that script writes', () => {
    const script = read('tools/build/build-node-app.mjs');
    const output = /->\s*(dist\/apps\/<app>\/\S+\.js)/.exec(script)?.[1];
    expect(output).toBe('dist/apps/<app>/apps/<app>/src/main.js');
    expect(dockerfile).toMatch(/RUN\s+node tools\/build\/build-node-app\.mjs\s+"?\$\{?APP\}?"?/);
    const started = output?.replaceAll('<app>', '$APP') ?? '';
    const cmd = /^CMD\s+(.+)$/m.exec(dockerfile.slice(dockerfile.search(/^FROM\s+\S+\s+AS\s+node-app\b/im)))?.[1] ?? '';
    expect(cmd).toContain(`node ${started}`);
    // the runtime stage copies what the build stage produced
    expect(dockerfile).toMatch(/COPY --from=build \/workspace\/dist\/apps\/\$\{APP\}/);
  });

  it('keeps sources in the build context and local state out of it (.dockerignore)', () => {
    const patterns = read('.dockerignore')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#') && !line.startsWith('!'));
    const toRegExp = (pattern: string) =>
      new RegExp(
        `^${pattern
          .replace(/^\//, '')
          .replace(/[.+^$()|[\]{}]/g, '\\$&')
          .split('**/')
          .map((part) => part.replace(/\*/g, '[^/]*'))
          .join('(?:.*/)?')}(?:/.*)?$`,
      );
    const ignored = (file: string) => patterns.some((pattern) => toRegExp(pattern).test(file));
    const walk = (dir: string): string[] =>
      readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(`${dir}/${entry.name}`) : [`${dir}/${entry.name}`]));
    // Every source file an image is built from: the apps, the libraries they compile with, the dashboard.
    const sources = [...nodeApps.map((app) => `apps/${app.name}/src`), 'libs/server/kit/src', 'libs/shared/reference/src', 'apps/dashboard/src']
      .filter((dir) => existsSync(path.join(ROOT, dir)))
      .flatMap(walk);
    const needed = [
      'package.json',
      'package-lock.json',
      'tsconfig.base.json',
      '.swcrc',
      'tools/build/build-node-app.mjs',
      'tools/deploy/nginx.conf',
      'apps/dashboard/vite.config.ts',
      'apps/dashboard/index.html',
      'apps/gateway/supergraph.graphql',
      ...sources,
    ];
    const problems = [
      ...needed.filter(ignored).map((file) => `.dockerignore excludes ${file}, which the image build needs`),
      ...['node_modules', 'dist', '.birge', '.git', 'apps/registry/node_modules'].filter((file) => !ignored(file)).map((file) => `.dockerignore must exclude ${file}`),
    ];
    expect(problems).toEqual([]);
  });
});
