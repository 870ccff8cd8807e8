import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createScratchDatabase, startEmbeddedDatabase, type StackDatabase } from './database';
import { freePort } from './free-port';
import { startMailCatcher, type MailCatcher } from './mail-catcher';
import { ROOT, spawnNode, waitForAnnouncedUrl, waitForHttp, type ManagedProcess } from './processes';
import { Supervisor } from './supervisor';

export const SUBGRAPH_NAMES = ['registry', 'assistance', 'analytics', 'notifications', 'identity'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

export interface StackPorts {
  gateway: number;
  registry: number;
  assistance: number;
  analytics: number;
  notifications: number;
  identity: number;
  dashboard: number;
  postgres: number;
  /** The local mail catcher (SMTP) the notifications service sends to. */
  mail: number;
}

export const DEFAULT_PORTS: StackPorts = {
  gateway: 4000,
  registry: 4001,
  assistance: 4002,
  analytics: 4003,
  notifications: 4004,
  identity: 4005,
  dashboard: 4200,
  postgres: 54329,
  mail: 4025,
};

export interface StackOptions {
  /** Use this database; otherwise a scratch database on the test server, or an embedded server. */
  databaseUrl?: string;
  /** Fixed ports (npm start); by default every port is chosen free. */
  ports?: Partial<StackPorts>;
  withDashboard?: boolean;
  /** Keep the embedded server's data in this folder between runs (npm start); otherwise throw-away. */
  dataDir?: string;
  /** 'inherit' prints every line prefixed with its service; a folder collects `<service>.log`. */
  output?: string | 'inherit' | 'ignore';
  logLevel?: string;
  env?: NodeJS.ProcessEnv;
  /**
   * The gateway's DEV_IDENTITY_FALLBACK: true lets callers without a token act as a republican
   * administrator (tests that call the API without signing in), false makes them anonymous
   * (`npm start`, like production). Unset: the gateway's own default (on outside production).
   */
  devIdentityFallback?: boolean;
  /**
   * PostgreSQL settings (`name=value`) that need a server start, e.g. shared_preload_libraries for
   * pg_stat_statements. Given, the stack always runs its own throw-away embedded server with them.
   */
  postgresServerOptions?: string[];
  /** Run a PostgreSQL of the stack's own that `restartDatabase` can stop and start again. */
  restartableDatabase?: boolean;
  /**
   * BIRGE_HOME of the services: where they store files (evidence, attachments). npm start gives
   * its own; otherwise a throw-away folder, removed on stop.
   */
  home?: string;
  /**
   * Restart a service that exits without being asked to (npm start), telling this function what
   * happened; off by default, so a test sees a crash as a crash.
   */
  supervise?: (message: string) => void;
  /** The supervisor's first and longest wait before a restart (1 s and 30 s by default); fault runs that kill often wait less. */
  restartBackoffMs?: { initial: number; max: number };
  /**
   * Run each service from its build (`npm run build`: dist/apps/<name>/apps/<name>/src/main.js)
   * with `node` directly, as in production images, instead of compiling it on the fly (benchmarks).
   */
  built?: boolean;
  /** Extra Node flags for one service (e.g. `--cpu-prof` for a benchmark's profile). */
  nodeArgs?: Partial<Record<SubgraphName | 'gateway', string[]>>;
}

export interface RunningStack {
  gatewayUrl: string;
  dashboardUrl: string | null;
  databaseUrl: string;
  urls: Record<SubgraphName, string>;
  ports: StackPorts;
  /** Milliseconds from the call to every service ready. */
  readyInMs: number;
  processes: Map<string, ManagedProcess>;
  /** The local mail catcher: every email the notifications service sends lands in `mail.dir` as an .eml file. */
  mail: MailCatcher;
  /** Stops the stack's own PostgreSQL and starts it again after `downMs` (restartableDatabase only). */
  restartDatabase(downMs: number): Promise<void>;
  /** How many times each supervised service has been restarted. */
  restarts(name: SubgraphName | 'gateway'): number;
  stopService(name: SubgraphName | 'gateway'): Promise<void>;
  stop(): Promise<void>;
}

function assertPortFree(name: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', () => reject(new Error(`port ${port} for ${name} is already in use: stop what uses it, or choose another port (see README, configuration)`)));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve()));
  });
}

/**
 * The ports to use: the fixed ones (npm start), or else 0 for the services, which take a free port
 * when they listen and say which; the embedded PostgreSQL does the same (0). Only the dashboard
 * (Vite, started last and quickly) gets a port chosen free in advance.
 */
async function resolvePorts(fixed: Partial<StackPorts> | undefined): Promise<StackPorts> {
  const ports = {} as StackPorts;
  for (const key of Object.keys(DEFAULT_PORTS) as (keyof StackPorts)[]) {
    if (fixed) ports[key] = fixed[key] ?? DEFAULT_PORTS[key];
    else ports[key] = key === 'dashboard' ? await freePort() : 0; // the mail catcher, like the services, takes any free port
  }
  return ports;
}

/**
 * A server of the stack's own, kept in a throw-away folder but not thrown away on stop, so that it
 * can be stopped and started again with its data (the PostgreSQL restart fault run).
 */
async function restartableDatabase(port: number): Promise<StackDatabase & { restart(downMs: number): Promise<void> }> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'birge-stack-pg-'));
  let server = await startEmbeddedDatabase(dataDir, port, false);
  const chosen = Number(new URL(server.url).port);
  return {
    url: server.url,
    embedded: true,
    async restart(downMs: number) {
      await server.stop();
      await new Promise((resolve) => setTimeout(resolve, downMs));
      server = await startEmbeddedDatabase(dataDir, chosen, false);
      if (Number(new URL(server.url).port) !== chosen) throw new Error(`PostgreSQL came back on port ${new URL(server.url).port}, not ${chosen}`);
    },
    async stop() {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function openDatabase(options: StackOptions, port: number): Promise<StackDatabase & { restart?(downMs: number): Promise<void> }> {
  if (options.restartableDatabase) return restartableDatabase(port);
  if (options.databaseUrl) return { url: options.databaseUrl, embedded: false, stop: () => Promise.resolve() };
  if (options.postgresServerOptions?.length) {
    return startEmbeddedDatabase(mkdtempSync(path.join(os.tmpdir(), 'birge-stack-pg-')), port, true, options.postgresServerOptions);
  }
  if (process.env.BIRGE_TEST_ADMIN_URL) return createScratchDatabase(process.env.BIRGE_TEST_ADMIN_URL);
  const dataDir = options.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'birge-stack-pg-'));
  return startEmbeddedDatabase(dataDir, port, !options.dataDir);
}

const NODE_TS = ['-r', '@swc-node/register'];

/** The Node arguments that run a service: its build, or its TypeScript compiled on the fly. */
function serviceScript(name: SubgraphName | 'gateway', built: boolean | undefined): string[] {
  return built ? [path.join(ROOT, 'dist/apps', name, 'apps', name, 'src/main.js')] : [...NODE_TS, path.join(ROOT, `apps/${name}/src/main.ts`)];
}

/** Builds the dashboard into `outDir` (vite build), failing with Vite's own words when it cannot. */
function buildDashboard(vite: string, config: string, outDir: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [vite, 'build', '--config', config, '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
      { cwd: ROOT, env, timeout: 180_000 },
      (error, _stdout, stderr) => (error ? reject(new Error(`the dashboard could not be built: ${stderr.trim() || error.message}`)) : resolve()),
    );
  });
}

/**
 * The V8 heap each service may use (MiB), BIRGE_SERVICE_HEAP_MB to change it: a service that
 * somehow grows past it stops alone (and is restarted by `npm start`) instead of pushing the
 * machine into swap and taking every other service with it.
 */
export function serviceHeapArgs(env: NodeJS.ProcessEnv = process.env): string[] {
  const megabytes = Number(env.BIRGE_SERVICE_HEAP_MB ?? 512);
  if (!Number.isInteger(megabytes) || megabytes < 128) throw new Error(`BIRGE_SERVICE_HEAP_MB must be a whole number of MiB, at least 128 (got "${env.BIRGE_SERVICE_HEAP_MB}")`);
  return [`--max-old-space-size=${megabytes}`];
}

/**
 * Starts the whole system as separate processes, the way it runs in production: PostgreSQL
 * (embedded unless a URL is given), the five subgraphs, the gateway and optionally the dashboard.
 */
export async function startStack(options: StackOptions = {}): Promise<RunningStack> {
  const started = Date.now();
  const ports = await resolvePorts(options.ports);
  if (options.ports) {
    const names = ['gateway', ...SUBGRAPH_NAMES, 'mail', ...(options.withDashboard ? ['dashboard'] : [])] as (keyof StackPorts)[];
    for (const name of names) await assertPortFree(name, ports[name]);
  }
  const output = options.output ?? 'ignore';
  const database = await openDatabase(options, ports.postgres);
  // An embedded server started on port 0 took a free one: its URL says which.
  if (database.embedded) ports.postgres = Number(new URL(database.url).port);
  /** Where each service says where it listens (BIRGE_READY_FILE). */
  const announcements = mkdtempSync(path.join(os.tmpdir(), 'birge-stack-ready-'));
  const home = options.home ?? mkdtempSync(path.join(os.tmpdir(), 'birge-stack-home-'));
  const processes = new Map<string, ManagedProcess>();
  const supervisors = new Map<string, Supervisor>();
  const stopOne = async (name: string) => {
    const supervisor = supervisors.get(name);
    if (supervisor) await supervisor.stop();
    else await processes.get(name)?.stop();
  };
  const baseEnv: NodeJS.ProcessEnv = {
    ...process.env,
    ...options.env,
    NODE_ENV: options.env?.NODE_ENV ?? process.env.NODE_ENV ?? 'development',
    LOG_LEVEL: options.logLevel ?? 'info',
    HOST: '127.0.0.1',
    BIRGE_HOME: home,
  };
  let mail: MailCatcher | null = null;
  const stopAll = async () => {
    // The front first, so nothing new comes in; then the subgraphs all at once (each waits for its
    // requests and workers, up to its grace period: one after another that added up to a minute).
    for (const name of ['dashboard', 'gateway']) await stopOne(name);
    await Promise.all(SUBGRAPH_NAMES.map((name) => stopOne(name)));
    await mail?.stop();
    await database.stop();
    rmSync(announcements, { recursive: true, force: true });
    if (!options.home) rmSync(home, { recursive: true, force: true });
  };
  try {
    mail = await startMailCatcher(path.join(home, 'mail'), ports.mail);
    ports.mail = mail.port;
    const urls = {} as Record<SubgraphName, string>;
    /** Starts a service, which listens where it is told (PORT, 0 for any free port) and says where (BIRGE_READY_FILE), and waits until it is ready; gives its GraphQL address. */
    const startService = async (name: SubgraphName | 'gateway', env: NodeJS.ProcessEnv): Promise<string> => {
      const readyFile = path.join(announcements, `${name}.json`);
      let url = '';
      const launch = async () => {
        rmSync(readyFile, { force: true });
        // A restarted service takes the port it had, so the gateway finds it again by itself.
        const proc = spawnNode({
          name,
          args: [...serviceHeapArgs(baseEnv), ...(options.nodeArgs?.[name] ?? []), ...serviceScript(name, options.built)],
          env: { ...baseEnv, ...env, PORT: String(ports[name]), BIRGE_READY_FILE: readyFile },
          output,
        });
        processes.set(name, proc);
        try {
          // As long as 90 s: on a busy machine compiling a service alone can take over a minute.
          url = await waitForAnnouncedUrl(readyFile, proc, 90000);
          await waitForHttp(url.replace(/\/graphql$/, '/readyz'), proc, 90000);
        } catch (error) {
          await proc.stop();
          throw error;
        }
        ports[name] = Number(new URL(url).port);
        return proc;
      };
      if (!options.supervise) {
        await launch();
        return url;
      }
      const supervisor = new Supervisor({
        name,
        start: launch,
        report: options.supervise,
        initialBackoffMs: options.restartBackoffMs?.initial,
        maxBackoffMs: options.restartBackoffMs?.max,
        logFile: typeof output === 'string' && output !== 'inherit' && output !== 'ignore' ? path.join(output, `${name}.log`) : undefined,
      });
      supervisors.set(name, supervisor);
      await supervisor.start();
      return url;
    };
    await Promise.all(
      SUBGRAPH_NAMES.map(async (name) => {
        urls[name] = await startService(name, {
          DATABASE_URL: database.url,
          // Email of the notifications service goes to the local mail catcher (see README, "Where mail goes").
          ...(name === 'notifications'
            ? { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(ports.mail), SMTP_SECURE: 'false', DASHBOARD_URL: `http://localhost:${ports.dashboard}` }
            : {}),
          // Organizations' portal links open this stack's dashboard, whatever port it has.
          ...(name === 'registry' ? { PORTAL_PAGE_URL: baseEnv.PORTAL_PAGE_URL || `http://localhost:${ports.dashboard}/#/portal` } : {}),
        });
      }),
    );
    const gatewayUrl = await startService('gateway', {
      DATABASE_URL: database.url,
      REGISTRY_URL: urls.registry,
      ASSISTANCE_URL: urls.assistance,
      ANALYTICS_URL: urls.analytics,
      NOTIFICATIONS_URL: urls.notifications,
      IDENTITY_URL: urls.identity,
      ...(options.devIdentityFallback === undefined ? {} : { DEV_IDENTITY_FALLBACK: String(options.devIdentityFallback) }),
    });

    let dashboardUrl: string | null = null;
    if (options.withDashboard) {
      // The built dashboard, served as static files with /graphql forwarded to the gateway (Vite's
      // preview server): nothing outside the dashboard's own files can be read through it, unlike
      // the development server (`npm run dev`). Building takes a few seconds; each stack builds
      // into its own folder, so stacks starting at once do not overwrite each other's files.
      const vite = path.join(ROOT, 'node_modules/vite/bin/vite.js');
      const config = path.join(ROOT, 'apps/dashboard/vite.config.ts');
      const outDir = path.join(home, 'dashboard');
      await buildDashboard(vite, config, outDir, baseEnv);
      const dashboard = spawnNode({
        name: 'dashboard',
        args: [vite, 'preview', '--config', config, '--outDir', outDir, '--strictPort'],
        env: { ...baseEnv, DASHBOARD_PORT: String(ports.dashboard), GATEWAY_URL: `http://127.0.0.1:${ports.gateway}` },
        output,
      });
      processes.set('dashboard', dashboard);
      dashboardUrl = `http://127.0.0.1:${ports.dashboard}/`;
      await waitForHttp(dashboardUrl, dashboard);
    }

    return {
      gatewayUrl,
      dashboardUrl,
      databaseUrl: database.url,
      urls,
      ports,
      readyInMs: Date.now() - started,
      processes,
      mail,
      restarts: (name) => supervisors.get(name)?.restarts ?? 0,
      restartDatabase: async (downMs) => {
        if (!database.restart) throw new Error('this stack does not own a restartable PostgreSQL: start it with restartableDatabase');
        await database.restart(downMs);
      },
      stopService: stopOne,
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
