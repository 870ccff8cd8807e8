/**
 * docker-compose.yml cannot run here (no Docker engine), so this test keeps it honest instead:
 * every app has a service built from the right Dockerfile stage, ports and URLs agree with the
 * defaults in the code, the shared secret is the same everywhere, health checks hit /readyz and
 * really work, and the Dockerfile only names files that exist.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parse } from 'yaml';

import { described, dockerfile, nodeApps, read, ROOT, stageNames } from './support/deploy-files';
interface ComposeService {
  image?: string;
  build?: { context?: string; dockerfile?: string; target?: string; args?: Record<string, string> | string[] };
  environment?: Record<string, string | number | boolean | null> | string[];
  ports?: (string | { target: number; published?: string | number })[];
  expose?: (string | number)[];
  volumes?: (string | { target: string })[];
  healthcheck?: { test?: string | string[]; disable?: boolean };
  depends_on?: string[] | Record<string, { condition?: string }>;
}

interface ComposeFile {
  services?: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
}

const compose = parse(read('docker-compose.yml'), { merge: true }) as ComposeFile;
const services = compose.services ?? {};

/** `${NAME:-default}` as compose would resolve it with NAME unset; `${NAME}` alone becomes ''. */
function withDefaults(value: string): string {
  return value.replace(/\$\{(\w+)(?::?-([^}]*))?\}/g, (_match, _name: string, fallback?: string) => fallback ?? '');
}

function environment(service: ComposeService): Record<string, string> {
  const env = service.environment ?? {};
  if (Array.isArray(env)) {
    return Object.fromEntries(
      env.map((entry) => {
        const at = entry.indexOf('=');
        return at < 0 ? [entry, ''] : [entry.slice(0, at), entry.slice(at + 1)];
      }),
    );
  }
  return Object.fromEntries(Object.entries(env).map(([key, value]) => [key, value === null ? '' : String(value)]));
}

function buildArgs(service: ComposeService): Record<string, string> {
  const args = service.build?.args ?? {};
  if (!Array.isArray(args)) return args;
  return Object.fromEntries(args.map((entry) => entry.split('=', 2) as [string, string]));
}

function dependsOn(service: ComposeService): Record<string, string | undefined> {
  const deps = service.depends_on ?? {};
  if (Array.isArray(deps)) return Object.fromEntries(deps.map((name) => [name, undefined]));
  return Object.fromEntries(Object.entries(deps).map(([name, options]) => [name, options?.condition]));
}

function healthcheckText(service: ComposeService): string {
  const test = service.healthcheck?.test;
  return Array.isArray(test) ? test.join(' ') : (test ?? '');
}

function publishedPorts(service: ComposeService): { published: string; target: string }[] {
  return (service.ports ?? []).map((port) => {
    if (typeof port !== 'string') return { published: String(port.published ?? ''), target: String(port.target) };
    const parts = withDefaults(port).split(':');
    return { published: parts.at(-2) ?? '', target: parts.at(-1) ?? '' };
  });
}

const subgraphs = nodeApps.filter((app) => app.kind === 'subgraph');
const gateway = nodeApps.find((app) => app.kind === 'gateway');

/** Variable names the zod schemas know (shared, subgraph and gateway), to catch typos in compose. */
function configVariables(file: string): string[] {
  return [...read(file).matchAll(/^\s+([A-Z][A-Z0-9_]+):\s/gm)].map((match) => match[1]);
}
const sharedVariables = configVariables('libs/server/kit/src/config/load-config.ts');
const gatewayVariables = configVariables('apps/gateway/src/gateway.config.ts');
/** Variables a subgraph reads beyond the shared ones, from its own `<name>.config.ts` when it has one. */
const ownVariables = (app: string) => (existsSync(path.join(ROOT, `apps/${app}/src/${app}.config.ts`)) ? configVariables(`apps/${app}/src/${app}.config.ts`) : []);
const devSecret = /DEV_INTERNAL_SECRET\s*=\s*'([^']+)'/.exec(read('libs/server/kit/src/config/load-config.ts'))?.[1];
const devJwtSecret = /DEV_JWT_SECRET\s*=\s*'([^']+)'/.exec(read('libs/server/kit/src/auth/access-token.ts'))?.[1];

function serviceProblems(name: string, check: (service: ComposeService) => string[]): string[] {
  const service = services[name];
  if (!service) return [`docker-compose.yml has no service "${name}"`];
  return check(service).map((problem) => `service ${name}: ${problem}`);
}

function checkBuild(service: ComposeService, expected: { target: string; app?: string }): string[] {
  const problems: string[] = [];
  const build = service.build;
  if (!build) return ['has no build section: it must build from the repository Dockerfile'];
  const context = path.resolve(ROOT, build.context ?? '.');
  if (context !== ROOT) problems.push(`build.context must be the repository root (the build needs the whole workspace), got "${build.context}"`);
  const dockerfilePath = path.join(context, build.dockerfile ?? 'Dockerfile');
  if (!existsSync(dockerfilePath)) problems.push(`build.dockerfile ${path.relative(ROOT, dockerfilePath)} does not exist`);
  if (build.target !== expected.target) problems.push(`build.target must be "${expected.target}", got "${build.target}"`);
  if (build.target && !stageNames.has(build.target)) problems.push(`build.target "${build.target}" is not a stage of the Dockerfile (${[...stageNames].join(', ')})`);
  if (expected.app !== undefined && buildArgs(service).APP !== expected.app) {
    problems.push(`build.args.APP must be "${expected.app}", got "${buildArgs(service).APP}"`);
  }
  return problems;
}

describe('docker-compose.yml against the apps', () => {
  it('finds the apps and their default ports in the code', () => {
    const unknown = described.filter((app): app is { name: string; problem: string } => 'problem' in app).map((app) => app.problem);
    expect(unknown).toEqual([]);
    expect(gateway).toBeDefined();
    expect(subgraphs.map((app) => app.name).sort()).toEqual(expect.arrayContaining(['assistance', 'registry']));
  });

  it('has a service for every app with src/main.ts, built from the Dockerfile stage for Node apps with APP set to it', () => {
    const problems = nodeApps.flatMap((app) => serviceProblems(app.name, (service) => checkBuild(service, { target: 'node-app', app: app.name })));
    expect(problems).toEqual([]);
  });

  it('sets PORT to the default port in each app’s code, listens on all interfaces and publishes only the gateway', () => {
    const problems = nodeApps.flatMap((app) =>
      serviceProblems(app.name, (service) => {
        const env = environment(service);
        const found: string[] = [];
        if (withDefaults(env.PORT ?? '') !== String(app.port)) found.push(`PORT is "${env.PORT}" but the code's default port is ${app.port}`);
        if (env.HOST !== '0.0.0.0') found.push(`HOST must be 0.0.0.0 in a container (the code defaults to 127.0.0.1), got "${env.HOST}"`);
        const targets = publishedPorts(service).map((port) => port.target);
        if (app.kind === 'subgraph' && targets.length) found.push(`a subgraph must not publish ports (it accepts the gateway only), got ${JSON.stringify(service.ports)}`);
        if (app.kind === 'gateway' && !targets.includes(String(app.port))) found.push(`must publish container port ${app.port}, got ${JSON.stringify(service.ports)}`);
        return found;
      }),
    );
    expect(problems).toEqual([]);
  });

  it('gives every subgraph a DATABASE_URL on the postgres service and waits for it to be healthy', () => {
    const postgres = services.postgres;
    expect(postgres).toBeDefined();
    const pgEnv = environment(postgres ?? {});
    const problems = subgraphs.flatMap((app) =>
      serviceProblems(app.name, (service) => {
        const found: string[] = [];
        const raw = environment(service).DATABASE_URL;
        if (!raw) return ['DATABASE_URL is missing'];
        const url = new URL(withDefaults(raw));
        if (!/^postgres(ql)?:$/.test(url.protocol)) found.push(`DATABASE_URL must be a postgres:// URL, got "${raw}"`);
        if (url.hostname !== 'postgres') found.push(`DATABASE_URL must point at the "postgres" service, got host "${url.hostname}"`);
        if (url.port && url.port !== '5432') found.push(`DATABASE_URL port ${url.port} is not PostgreSQL's 5432 inside the network`);
        if (decodeURIComponent(url.username) !== withDefaults(pgEnv.POSTGRES_USER ?? 'postgres')) found.push(`DATABASE_URL user "${url.username}" differs from POSTGRES_USER`);
        if (decodeURIComponent(url.password) !== withDefaults(pgEnv.POSTGRES_PASSWORD ?? '')) found.push('DATABASE_URL password differs from POSTGRES_PASSWORD');
        if (url.pathname.slice(1) !== withDefaults(pgEnv.POSTGRES_DB ?? pgEnv.POSTGRES_USER ?? 'postgres'))
          found.push(`DATABASE_URL database "${url.pathname.slice(1)}" differs from POSTGRES_DB`);
        if (dependsOn(service).postgres !== 'service_healthy') found.push('must depend on postgres with condition service_healthy');
        return found;
      }),
    );
    expect(problems).toEqual([]);
  });

  it('runs postgres:15 with a pg_isready health check and a named volume for its data', () => {
    const problems = serviceProblems('postgres', (service) => {
      const found: string[] = [];
      if (!/^postgres:15(\b|$)/.test(service.image ?? '')) found.push(`image must be postgres:15, got "${service.image}"`);
      if (!healthcheckText(service).includes('pg_isready')) found.push('health check must use pg_isready');
      const dataVolume = (service.volumes ?? [])
        .map((volume) => (typeof volume === 'string' ? volume : `:${volume.target}`))
        .find((volume) => volume.endsWith(':/var/lib/postgresql/data'));
      if (!dataVolume) found.push('needs a volume on /var/lib/postgresql/data');
      else if (!(dataVolume.split(':')[0] in (compose.volumes ?? {}))) found.push(`volume "${dataVolume.split(':')[0]}" is not declared under top-level volumes`);
      return found;
    });
    expect(problems).toEqual([]);
  });

  it('points the gateway at every subgraph by service name and default port', () => {
    expect(gateway).toBeDefined();
    // The subgraphs' addresses; DATABASE_URL is the gateway's shared rate-limit store.
    const urlVariables = gatewayVariables.filter((variable) => variable.endsWith('_URL') && variable !== 'DATABASE_URL');
    const problems = serviceProblems(gateway?.name ?? 'gateway', (service) => {
      const env = environment(service);
      const found: string[] = [];
      for (const app of subgraphs) {
        const variable = `${app.name.toUpperCase()}_URL`;
        const expected = `http://${app.name}:${app.port}/graphql`;
        if (!urlVariables.includes(variable)) found.push(`the gateway config has no ${variable} for subgraph ${app.name}`);
        if (env[variable] !== expected) found.push(`${variable} must be ${expected}, got "${env[variable]}"`);
        if (dependsOn(service)[app.name] !== 'service_healthy') found.push(`must depend on ${app.name} with condition service_healthy`);
      }
      for (const variable of urlVariables) {
        if (!env[variable]) found.push(`${variable} (known to gateway.config.ts) is not set`);
      }
      return found;
    });
    expect(problems).toEqual([]);
  });

  it('shares one INTERNAL_SECRET between the gateway and every subgraph, valid in production', () => {
    const secrets = new Map(nodeApps.map((app) => [app.name, environment(services[app.name] ?? {}).INTERNAL_SECRET]));
    const problems: string[] = [];
    for (const [name, secret] of secrets) if (!secret) problems.push(`service ${name}: INTERNAL_SECRET is missing`);
    if (new Set(secrets.values()).size > 1) problems.push(`INTERNAL_SECRET differs between services: ${JSON.stringify(Object.fromEntries(secrets))}`);
    const resolved = withDefaults([...secrets.values()][0] ?? '');
    if (resolved.length < 16) problems.push(`INTERNAL_SECRET without overrides ("${resolved}") is shorter than the 16 characters the config requires`);
    if (resolved === devSecret) problems.push('INTERNAL_SECRET without overrides is the development secret, which the config rejects in production');
    expect(problems).toEqual([]);
  });

  it('shares one JWT_SECRET between the gateway and the identity subgraph, valid in production, and never falls back to the development identity', () => {
    const readers = nodeApps.filter((app) => (app.kind === 'gateway' ? gatewayVariables : ownVariables(app.name)).includes('JWT_SECRET'));
    expect(readers.map((app) => app.name).sort()).toEqual(['gateway', 'identity']);
    const secrets = new Map(readers.map((app) => [app.name, environment(services[app.name] ?? {}).JWT_SECRET]));
    const problems: string[] = [];
    for (const [name, secret] of secrets) if (!secret) problems.push(`service ${name}: JWT_SECRET is missing`);
    if (new Set(secrets.values()).size > 1) problems.push(`JWT_SECRET differs between services: ${JSON.stringify(Object.fromEntries(secrets))}`);
    const resolved = withDefaults([...secrets.values()][0] ?? '');
    if (resolved.length < 32) problems.push(`JWT_SECRET without overrides ("${resolved}") is shorter than the 32 characters the config requires`);
    if (devJwtSecret && resolved === devJwtSecret) problems.push('JWT_SECRET without overrides is the development secret, which the config rejects in production');
    const gatewayEnv = environment(services[gateway?.name ?? 'gateway'] ?? {});
    if (withDefaults(gatewayEnv.DEV_IDENTITY_FALLBACK ?? 'false') !== 'false')
      problems.push('the gateway must set DEV_IDENTITY_FALLBACK to "false" (production refuses anything else)');
    expect(problems).toEqual([]);
  });

  it('sets only variables the configuration schemas know', () => {
    const problems = nodeApps.flatMap((app) => {
      const known = new Set(app.kind === 'gateway' ? [...sharedVariables, ...gatewayVariables] : [...sharedVariables, ...ownVariables(app.name)]);
      return Object.keys(environment(services[app.name] ?? {}))
        .filter((variable) => !known.has(variable))
        .map((variable) => `service ${app.name}: ${variable} is not read by the ${app.kind} configuration (typo, or a variable that was removed?)`);
    });
    expect(sharedVariables).toEqual(expect.arrayContaining(['NODE_ENV', 'HOST', 'PORT', 'DATABASE_URL', 'INTERNAL_SECRET']));
    expect(problems).toEqual([]);
  });

  it('health-checks every Node service on its own /readyz', () => {
    const problems = nodeApps.flatMap((app) =>
      serviceProblems(app.name, (service) => {
        const text = healthcheckText(service);
        return text.includes(`:${app.port}/readyz`) ? [] : [`health check must call /readyz on port ${app.port}, got "${text}"`];
      }),
    );
    expect(problems).toEqual([]);
  });

  describe('the Node health check command', () => {
    let server: Server;
    let status = 200;
    let port = 0;
    beforeAll(async () => {
      server = createServer((request, response) => {
        response.writeHead(request.url === '/readyz' ? status : 404).end();
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      port = (server.address() as AddressInfo).port;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    const runHealthcheck = (service: ComposeService, appPort: number) => {
      const test = service.healthcheck?.test;
      expect(Array.isArray(test) && test[0] === 'CMD' && test[1] === 'node' && test[2] === '-e').toBe(true);
      const script = (test as string[])[3].replace(`:${appPort}/`, `:${port}/`);
      // Asynchronous: the server answering it lives in this process.
      return new Promise<number | null>((resolve) => {
        execFile(process.execPath, ['-e', script], { timeout: 10000 }, (error) => resolve(error ? (typeof error.code === 'number' ? error.code : null) : 0));
      });
    };

    it('passes when /readyz answers 200 and fails on 503 (slim images have no curl, so it is node)', async () => {
      const app = gateway ?? nodeApps[0];
      const service = services[app.name];
      expect(service).toBeDefined();
      status = 200;
      expect(await runHealthcheck(service as ComposeService, app.port)).toBe(0);
      status = 503;
      expect(await runHealthcheck(service as ComposeService, app.port)).toBe(1);
    });
  });

  it('builds and serves the dashboard behind the gateway', () => {
    if (!existsSync(path.join(ROOT, 'apps/dashboard/vite.config.ts'))) return;
    const viteConfig = read('apps/dashboard/vite.config.ts');
    const dashboardPort = /DASHBOARD_PORT'?\]?\s*\?\?\s*(\d+)/.exec(viteConfig)?.[1];
    const outDir = /outDir:\s*path\.join\(workspaceRoot,\s*'([^']+)'\)/.exec(viteConfig)?.[1];
    const problems = serviceProblems('dashboard', (service) => {
      const found = checkBuild(service, { target: 'dashboard' });
      if (!publishedPorts(service).some((port) => port.published === dashboardPort))
        found.push(`must publish the dashboard on host port ${dashboardPort} (its default in vite.config.ts)`);
      if (dependsOn(service)[gateway?.name ?? 'gateway'] !== 'service_healthy') found.push('must depend on the gateway with condition service_healthy');
      if (!healthcheckText(service)) found.push('has no health check');
      const upstream = environment(service).GATEWAY_UPSTREAM;
      if (upstream !== `http://${gateway?.name}:${gateway?.port}`) found.push(`GATEWAY_UPSTREAM must be http://${gateway?.name}:${gateway?.port}, got "${upstream}"`);
      return found;
    });
    if (!outDir) problems.push('cannot find build.outDir in apps/dashboard/vite.config.ts');
    else if (!dockerfile.includes(`/workspace/${outDir} `)) problems.push(`the Dockerfile's dashboard stage must copy the Vite output ${outDir}`);
    const nginx = read('tools/deploy/nginx.conf');
    if (!/location\s+\/graphql\s*\{[^}]*proxy_pass\s+\$\{GATEWAY_UPSTREAM\}/.test(nginx)) problems.push('tools/deploy/nginx.conf must proxy /graphql to ${GATEWAY_UPSTREAM}');
    expect(problems).toEqual([]);
  });
});
