import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createScratchDatabase, startEmbeddedDatabase, type StackDatabase } from './database';
import { ROOT, spawnNode, waitForHttp, type ManagedProcess } from './processes';

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
  stopService(name: SubgraphName | 'gateway'): Promise<void>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function assertPortFree(name: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', () =>
      reject(new Error(`port ${port} for ${name} is already in use: stop what uses it, or choose another port (see README, configuration)`)),
    );
    server.listen(port, '127.0.0.1', () => server.close(() => resolve()));
  });
}

async function resolvePorts(fixed: Partial<StackPorts> | undefined): Promise<StackPorts> {
  const ports = {} as StackPorts;
  for (const key of Object.keys(DEFAULT_PORTS) as (keyof StackPorts)[]) {
    ports[key] = fixed?.[key] ?? (fixed ? DEFAULT_PORTS[key] : await freePort());
  }
  return ports;
}

async function openDatabase(options: StackOptions, port: number): Promise<StackDatabase> {
  if (options.databaseUrl) return { url: options.databaseUrl, embedded: false, stop: () => Promise.resolve() };
  if (options.postgresServerOptions?.length) {
    return startEmbeddedDatabase(mkdtempSync(path.join(os.tmpdir(), 'birge-stack-pg-')), port, true, options.postgresServerOptions);
  }
  if (process.env.BIRGE_TEST_ADMIN_URL) return createScratchDatabase(process.env.BIRGE_TEST_ADMIN_URL);
  const dataDir = options.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'birge-stack-pg-'));
  return startEmbeddedDatabase(dataDir, port, !options.dataDir);
}

const NODE_TS = ['-r', '@swc-node/register'];

/**
 * Starts the whole system as separate processes, the way it runs in production: PostgreSQL
 * (embedded unless a URL is given), the five subgraphs, the gateway and optionally the dashboard.
 */
export async function startStack(options: StackOptions = {}): Promise<RunningStack> {
  const started = Date.now();
  const ports = await resolvePorts(options.ports);
  if (options.ports) {
    const names = ['gateway', ...SUBGRAPH_NAMES, ...(options.withDashboard ? ['dashboard'] : [])] as (keyof StackPorts)[];
    for (const name of names) await assertPortFree(name, ports[name]);
  }
  const output = options.output ?? 'ignore';
  const database = await openDatabase(options, ports.postgres);
  const processes = new Map<string, ManagedProcess>();
  const baseEnv: NodeJS.ProcessEnv = {
    ...process.env,
    ...options.env,
    NODE_ENV: options.env?.NODE_ENV ?? process.env.NODE_ENV ?? 'development',
    LOG_LEVEL: options.logLevel ?? 'info',
    HOST: '127.0.0.1',
  };
  const stopAll = async () => {
    const order = ['dashboard', 'gateway', ...SUBGRAPH_NAMES];
    for (const name of order) await processes.get(name)?.stop();
    await database.stop();
  };
  try {
    const urls = {} as Record<SubgraphName, string>;
    await Promise.all(
      SUBGRAPH_NAMES.map(async (name) => {
        const proc = spawnNode({
          name,
          args: [...NODE_TS, path.join(ROOT, `apps/${name}/src/main.ts`)],
          env: { ...baseEnv, PORT: String(ports[name]), DATABASE_URL: database.url },
          output,
        });
        processes.set(name, proc);
        await waitForHttp(`http://127.0.0.1:${ports[name]}/readyz`, proc, 90000);
        urls[name] = `http://127.0.0.1:${ports[name]}/graphql`;
      }),
    );
    const gateway = spawnNode({
      name: 'gateway',
      args: [...NODE_TS, path.join(ROOT, 'apps/gateway/src/main.ts')],
      env: {
        ...baseEnv,
        PORT: String(ports.gateway),
        REGISTRY_URL: urls.registry,
        ASSISTANCE_URL: urls.assistance,
        ANALYTICS_URL: urls.analytics,
        NOTIFICATIONS_URL: urls.notifications,
        IDENTITY_URL: urls.identity,
        ...(options.devIdentityFallback === undefined ? {} : { DEV_IDENTITY_FALLBACK: String(options.devIdentityFallback) }),
      },
      output,
    });
    processes.set('gateway', gateway);
    // As long as a subgraph: on a busy machine compiling the gateway alone can take over a minute.
    await waitForHttp(`http://127.0.0.1:${ports.gateway}/readyz`, gateway, 90000);

    let dashboardUrl: string | null = null;
    if (options.withDashboard) {
      const dashboard = spawnNode({
        name: 'dashboard',
        args: [path.join(ROOT, 'node_modules/vite/bin/vite.js'), '--config', path.join(ROOT, 'apps/dashboard/vite.config.ts'), '--strictPort'],
        env: { ...baseEnv, DASHBOARD_PORT: String(ports.dashboard), GATEWAY_URL: `http://127.0.0.1:${ports.gateway}` },
        output,
      });
      processes.set('dashboard', dashboard);
      dashboardUrl = `http://127.0.0.1:${ports.dashboard}/`;
      await waitForHttp(dashboardUrl, dashboard);
    }

    return {
      gatewayUrl: `http://127.0.0.1:${ports.gateway}/graphql`,
      dashboardUrl,
      databaseUrl: database.url,
      urls,
      ports,
      readyInMs: Date.now() - started,
      processes,
      stopService: async (name) => processes.get(name)?.stop(),
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
