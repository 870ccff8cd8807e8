import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';

export const ROOT = path.resolve(__dirname, '../../..');

export interface ManagedProcess {
  name: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

export interface SpawnOptions {
  name: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  /** Where output goes: a folder for `<name>.log`, 'inherit' for a prefixed console, or 'ignore'. */
  output: string | 'inherit' | 'ignore';
}

/** Starts a Node process of the workspace and returns a handle that stops it (SIGTERM, then SIGKILL). */
export function spawnNode(options: SpawnOptions): ManagedProcess {
  const child = spawn(process.execPath, options.args, {
    cwd: ROOT,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const streams = [child.stdout, child.stderr].filter((stream) => stream !== null);
  if (options.output === 'inherit') {
    for (const stream of streams) {
      readline.createInterface({ input: stream }).on('line', (line) => process.stdout.write(`[${options.name}] ${line}\n`));
    }
  } else if (options.output !== 'ignore') {
    mkdirSync(options.output, { recursive: true });
    const file = createWriteStream(path.join(options.output, `${options.name}.log`), { flags: 'a' });
    for (const stream of streams) stream.pipe(file);
  } else {
    for (const stream of streams) stream.resume();
  }
  let exited = child.exitCode !== null;
  const exit = new Promise<void>((resolve) =>
    child.once('exit', () => {
      exited = true;
      resolve();
    }),
  );
  return {
    name: options.name,
    child,
    async stop() {
      if (exited) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 8000);
      await exit;
      clearTimeout(timer);
    },
  };
}

/** Polls `url` until it answers 200, the process dies, or the time runs out. */
export async function waitForHttp(url: string, process_: ManagedProcess, timeoutMs = 60000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exitCode: number | null = null;
  process_.child.once('exit', (code) => {
    exitCode = code ?? -1;
  });
  while (Date.now() < deadline) {
    if (exitCode !== null || process_.child.exitCode !== null) {
      throw new Error(`${process_.name} exited (code ${exitCode ?? process_.child.exitCode}) before it was ready`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`${process_.name} was not ready at ${url} within ${timeoutMs} ms`);
}

/**
 * Waits until the process writes `file` (BIRGE_READY_FILE: its server listens) and gives back the
 * address it wrote. The file must name this very process: an address is never taken from anyone
 * else, as it could be when a port chosen in advance is taken meanwhile by another program.
 */
export async function waitForAnnouncedUrl(file: string, process_: ManagedProcess, timeoutMs = 60000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (process_.child.exitCode !== null || process_.child.signalCode !== null) {
      throw new Error(`${process_.name} exited (code ${process_.child.exitCode ?? process_.child.signalCode}) before it was listening`);
    }
    if (existsSync(file)) {
      const { url, pid } = JSON.parse(readFileSync(file, 'utf8')) as { url: string; pid: number };
      if (pid !== process_.child.pid) throw new Error(`${file} names process ${pid}, not ${process_.name} (${process_.child.pid})`);
      return url;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${process_.name} was not listening within ${timeoutMs} ms`);
}
