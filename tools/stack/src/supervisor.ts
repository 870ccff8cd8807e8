import { existsSync, readFileSync } from 'node:fs';
import type { ManagedProcess } from './processes';

export interface SupervisorOptions {
  name: string;
  /** Starts the service and resolves once it is ready. */
  start: () => Promise<ManagedProcess>;
  /** Told what happened, for the person running the stack. */
  report: (message: string) => void;
  /** The service's log file, whose last lines are shown when it exits. */
  logFile?: string;
  /** The first wait before a restart; it doubles after each restart that does not last. */
  initialBackoffMs?: number;
  maxBackoffMs?: number;
  /** A restart that stays up this long resets the backoff. */
  stableAfterMs?: number;
}

/** The last `count` lines of a file, or none when it cannot be read. */
export function lastLines(file: string | undefined, count: number): string[] {
  if (!file || !existsSync(file)) return [];
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
  return lines.slice(-count);
}

/**
 * Keeps one service running: when it exits without being asked to, it is started again after a
 * backoff (1 s, 2 s, 4 s … up to 30 s, back to 1 s once a run has lasted a minute), and the person
 * running the stack is told, with the service's last log lines.
 */
export class Supervisor {
  private process: ManagedProcess | null = null;
  private stopped = false;
  private backoffMs: number;
  private timer: NodeJS.Timeout | null = null;
  restarts = 0;

  constructor(private readonly options: SupervisorOptions) {
    this.backoffMs = options.initialBackoffMs ?? 1000;
  }

  get current(): ManagedProcess | null {
    return this.process;
  }

  async start(): Promise<ManagedProcess> {
    const process_ = await this.options.start();
    this.watch(process_);
    return process_;
  }

  private watch(process_: ManagedProcess): void {
    this.process = process_;
    const startedAt = Date.now();
    process_.child.once('exit', (code, signal) => {
      if (this.stopped || this.process !== process_) return;
      if (Date.now() - startedAt >= (this.options.stableAfterMs ?? 60_000)) this.backoffMs = this.options.initialBackoffMs ?? 1000;
      const wait = this.backoffMs;
      this.backoffMs = Math.min(this.backoffMs * 2, this.options.maxBackoffMs ?? 30_000);
      const how = signal ? `was killed (${signal})` : `exited with code ${code}`;
      const tail = lastLines(this.options.logFile, 10);
      this.options.report(
        [
          `Birge: ${this.options.name} ${how}; restarting it in ${(wait / 1000).toFixed(0)} s.`,
          ...(tail.length ? [`  last lines of its log:`, ...tail.map((line) => `    ${line}`)] : []),
        ].join('\n'),
      );
      this.timer = setTimeout(() => void this.restart(), wait);
    });
  }

  private async restart(): Promise<void> {
    if (this.stopped) return;
    try {
      const process_ = await this.options.start();
      this.restarts += 1;
      if (this.stopped) {
        await process_.stop();
        return;
      }
      this.options.report(`Birge: ${this.options.name} is running again (restart ${this.restarts}).`);
      this.watch(process_);
    } catch (error) {
      const wait = this.backoffMs;
      this.backoffMs = Math.min(this.backoffMs * 2, this.options.maxBackoffMs ?? 30_000);
      this.options.report(
        `Birge: ${this.options.name} could not be restarted (${error instanceof Error ? error.message : String(error)}); trying again in ${(wait / 1000).toFixed(0)} s.`,
      );
      this.timer = setTimeout(() => void this.restart(), wait);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.process?.stop();
  }
}
