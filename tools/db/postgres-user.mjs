// PostgreSQL refuses to run as root. Started by root, the embedded server runs as the system user
// `postgres` (created when missing), and everything it touches must be within that user's reach.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chownSync, existsSync, lstatSync, mkdirSync, realpathSync, symlinkSync } from 'node:fs';
import path from 'node:path';

export const SYSTEM_USER = 'postgres';

/** Where root keeps a persistent cluster whose chosen folder the system user cannot enter. */
export const RELOCATED_DATA_ROOT = '/var/lib/birge';

export const runsAsRoot = () => process.getuid?.() === 0;

function idsOf(user) {
  try {
    return {
      uid: Number(execFileSync('id', ['-u', user], { encoding: 'utf8' }).trim()),
      gid: Number(execFileSync('id', ['-g', user], { encoding: 'utf8' }).trim()),
    };
  } catch {
    return null;
  }
}

/** The uid and gid of the system user, created (without a home or a shell) when missing. */
export function systemUserIds() {
  const existing = idsOf(SYSTEM_USER);
  if (existing) return existing;
  spawnSync('groupadd', ['--system', SYSTEM_USER]);
  execFileSync('useradd', ['--system', '--gid', SYSTEM_USER, '--no-create-home', '--shell', '/usr/sbin/nologin', SYSTEM_USER]);
  const created = idsOf(SYSTEM_USER);
  if (!created) throw new Error(`Could not create the system user ${SYSTEM_USER} that PostgreSQL runs as when started by root.`);
  return created;
}

/** Whether `ids` passes `test <flag> target` (e.g. `-x`: may run it, or enter it when a folder). */
export function userCan(ids, flag, target) {
  return spawnSync('/bin/sh', ['-c', `test ${flag} "$1"`, 'sh', target], { uid: ids.uid, gid: ids.gid, stdio: 'ignore' }).status === 0;
}

/**
 * The folder the server's data really lives in. When the system user cannot enter the folder
 * that should hold `dataDir` (a checkout under /root), a persistent cluster lives under
 * /var/lib/birge, named after the folder it stands for, and `dataDir` becomes a link to it (so
 * it is found again, and the owner sees where it went); a throw-away one lives in a private
 * temporary folder. `log` says which.
 */
export function reachableDataDir(dataDir, ids, { persistent, makeTemporary, log }) {
  if (existsSync(dataDir) && lstatSync(dataDir).isSymbolicLink()) return realpathSync(dataDir);
  const parent = path.dirname(dataDir);
  mkdirSync(parent, { recursive: true });
  if (userCan(ids, '-x', parent)) return dataDir;
  if (!persistent) {
    const temporary = makeTemporary();
    log(`PostgreSQL runs as the system user ${SYSTEM_USER}, which cannot enter ${parent}: this throw-away cluster lives in ${temporary}.`);
    return temporary;
  }
  const key = createHash('sha256').update(realpathSync(parent)).update('\0').update(path.basename(dataDir)).digest('hex').slice(0, 16);
  const relocated = path.join(RELOCATED_DATA_ROOT, `postgres-${key}`);
  mkdirSync(RELOCATED_DATA_ROOT, { recursive: true });
  if (!existsSync(relocated)) mkdirSync(relocated, { mode: 0o700 });
  chownSync(relocated, ids.uid, ids.gid);
  if (!existsSync(dataDir)) symlinkSync(relocated, dataDir, 'dir');
  log(`PostgreSQL runs as the system user ${SYSTEM_USER}, which cannot enter ${parent}: its data lives in ${relocated} (linked from ${dataDir}).`);
  return relocated;
}
