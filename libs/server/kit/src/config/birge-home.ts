import path from 'node:path';

/**
 * The folder where Birge keeps what it stores on disk (`BIRGE_HOME`, `.birge` in the working
 * folder by default): the embedded database, logs, uploaded evidence and attachments. One place
 * to back up, to move, and to give a service's user access to.
 */
export function birgeHome(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.BIRGE_HOME || '.birge');
}

/** A folder under BIRGE_HOME. */
export function underBirgeHome(folder: string, env: NodeJS.ProcessEnv = process.env): string {
  return path.join(birgeHome(env), folder);
}
