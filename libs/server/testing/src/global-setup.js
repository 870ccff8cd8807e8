// Gives the test run a PostgreSQL server: the one BIRGE_TEST_DATABASE_URL names, or else an
// embedded, throw-away one. Tests create their own databases on it (see test-database.ts).
const { spawn } = require('node:child_process');
const { mkdtempSync } = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const readline = require('node:readline');

const ROOT = path.resolve(__dirname, '../../../..');

module.exports = async function globalSetup() {
  if (process.env.BIRGE_TEST_ADMIN_URL) return; // another project of this run started one already
  if (process.env.BIRGE_TEST_DATABASE_URL) {
    process.env.BIRGE_TEST_ADMIN_URL = process.env.BIRGE_TEST_DATABASE_URL;
    return;
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'birge-test-pg-'));
  const child = spawn(process.execPath, [path.join(ROOT, 'tools/db/embedded-postgres.mjs'), '--data-dir', dataDir, '--ephemeral'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const line = await new Promise((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout });
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`embedded PostgreSQL exited with code ${code} before it was ready`)));
  });
  const { adminUrl } = JSON.parse(line);
  process.env.BIRGE_TEST_ADMIN_URL = adminUrl;
  globalThis.__BIRGE_TEST_PG__ = child;
};
