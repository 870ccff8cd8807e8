/** The processes under a process (from /proc/<pid>/task/<pid>/children), with their command lines. */
import { readFileSync } from 'node:fs';

export interface ProcessInfo {
  pid: number;
  cmdline: string;
}

function children(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** Every descendant of `pid` (not `pid` itself). */
export function descendants(pid: number): ProcessInfo[] {
  const found: ProcessInfo[] = [];
  const queue = children(pid);
  while (queue.length) {
    const next = queue.shift() as number;
    try {
      found.push({ pid: next, cmdline: readFileSync(`/proc/${next}/cmdline`, 'utf8').split('\0').join(' ').trim() });
    } catch {
      continue; // gone meanwhile
    }
    queue.push(...children(next));
  }
  return found;
}

/** The Birge service a command line runs (apps/<name>/src/main.ts or its build), or null. */
export function serviceOf(cmdline: string): string | null {
  return /apps\/([a-z-]+)\/src\/main\.(ts|js)\b/.exec(cmdline)?.[1] ?? null;
}
