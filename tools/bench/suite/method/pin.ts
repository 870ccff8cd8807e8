/**
 * Cores: the subject of a figure alone on one core, everything else on the other, so that the
 * load generator and the database do not take the subject's CPU.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Whether `taskset` is here (util-linux); without it nothing is pinned and the figures say so. */
export const CAN_PIN = ['/usr/bin/taskset', '/bin/taskset'].some((file) => existsSync(file));

/** Pins a running process and every thread of it to `core` (`taskset -a -cp`). */
export function pinProcess(pid: number, core: number | string): void {
  if (!CAN_PIN) return;
  execFileSync('taskset', ['-a', '-cp', String(core), String(pid)], { stdio: 'ignore' });
}

/** Starts `node <args>` on `core` only (`taskset -c N node ...`, which becomes node: the same pid). */
export function spawnPinned(core: number | string, args: string[], env: NodeJS.ProcessEnv, cwd: string): ChildProcess {
  const command = CAN_PIN ? 'taskset' : process.execPath;
  const commandArgs = CAN_PIN ? ['-c', String(core), process.execPath, ...args] : args;
  return spawn(command, commandArgs, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** The cores to use: the subject on the first, the rest on the last (the same on a 1-core machine). */
export function chooseCores(count: number): { subject: number; rest: string } {
  if (count <= 1) return { subject: 0, rest: '0' };
  return { subject: 0, rest: count === 2 ? '1' : `1-${count - 1}` };
}
