/**
 * One built service (dist/, `node` directly, production mode) started alone, optionally pinned to
 * a core, with extra Node flags (a --require, --cpu-prof): for figures that measure one process.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, waitForAnnouncedUrl, waitForHttp, type ManagedProcess } from '../../../stack/src/processes';
import { spawnPinned } from './pin';

export interface StartedService {
  /** The service's GraphQL address (or the server's root for a plain one). */
  url: string;
  pid: number;
  stop(): Promise<void>;
}

export interface ServiceOptions {
  name: string;
  /** The script to run; the service's build when not given. */
  script?: string;
  core: number | string;
  env: NodeJS.ProcessEnv;
  nodeArgs?: string[];
  /** Wait for this path (relative to the announced URL's origin) to answer 200; `/readyz` by default, null for none. */
  readyPath?: string | null;
}

export async function startService(options: ServiceOptions): Promise<StartedService> {
  const dir = mkdtempSync(path.join(os.tmpdir(), `birge-bench-${options.name}-`));
  const readyFile = path.join(dir, 'ready.json');
  const script = options.script ?? path.join(ROOT, 'dist/apps', options.name, 'apps', options.name, 'src/main.js');
  const child = spawnPinned(
    options.core,
    [...(options.nodeArgs ?? []), script],
    {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: '0',
      BIRGE_HOME: dir,
      ...options.env,
      BIRGE_READY_FILE: readyFile,
    },
    ROOT,
  );
  let output = '';
  for (const stream of [child.stdout, child.stderr]) stream?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const managed: ManagedProcess = { name: options.name, child, stop };
  try {
    const url = await waitForAnnouncedUrl(readyFile, managed, 90_000);
    const readyPath = options.readyPath === undefined ? '/readyz' : options.readyPath;
    if (readyPath) await waitForHttp(new URL(readyPath, url).toString(), managed, 90_000);
    return { url, pid: child.pid as number, stop };
  } catch (error) {
    await stop();
    throw new Error(`${options.name} did not start: ${error instanceof Error ? error.message : String(error)}\n${output}`);
  }
}
