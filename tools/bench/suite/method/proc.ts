/**
 * What Linux says about a process: CPU time from /proc/<pid>/stat (utime + stime), resident and
 * peak resident memory from /proc/<pid>/status (VmRSS, VmHWM).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's CPU times (`getconf CLK_TCK`, 100 nearly everywhere). */
export const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/**
 * utime and stime (ticks) from the text of /proc/<pid>/stat. The command name (field 2) is in
 * parentheses and may itself hold spaces and parentheses, so fields are counted after its last `)`.
 */
export function parseProcStat(text: string): { utime: number; stime: number } {
  const close = text.lastIndexOf(')');
  if (close < 0) throw new Error('not a /proc/<pid>/stat line');
  // After ")": field 3 (state) is index 0, so utime (field 14) is index 11 and stime (15) index 12.
  const fields = text
    .slice(close + 2)
    .trim()
    .split(/\s+/);
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  if (!Number.isFinite(utime) || !Number.isFinite(stime)) throw new Error('no utime/stime in /proc/<pid>/stat');
  return { utime, stime };
}

/** CPU milliseconds (user + system) a process has used so far. */
export function cpuMs(pid: number, ticksPerSecond = CLOCK_TICKS): number {
  const { utime, stime } = parseProcStat(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  return ((utime + stime) * 1000) / ticksPerSecond;
}

/** CPU-ms per request between two readings of cpuMs. */
export function cpuMsPerRequest(before: number, after: number, requests: number): number | null {
  return requests > 0 ? (after - before) / requests : null;
}

/** A `Vm...:  1234 kB` value from the text of /proc/<pid>/status, in KiB. */
export function statusKiB(text: string, field: 'VmRSS' | 'VmHWM'): number | null {
  const match = new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(text);
  return match ? Number(match[1]) : null;
}

function status(pid: number): string {
  return readFileSync(`/proc/${pid}/status`, 'utf8');
}

/** Resident memory now, MiB. */
export function rssMiB(pid: number): number {
  return (statusKiB(status(pid), 'VmRSS') ?? NaN) / 1024;
}

/** Peak resident memory since the process started, MiB. */
export function peakRssMiB(pid: number): number {
  return (statusKiB(status(pid), 'VmHWM') ?? NaN) / 1024;
}
