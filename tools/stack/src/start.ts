/**
 * `npm start`: the whole system on this machine. Without DATABASE_URL an embedded PostgreSQL
 * keeps its data in .birge/pgdata (git-ignored) between runs. Ctrl-C stops everything.
 */
import { findRegion } from '@birge/shared-reference';
import path from 'node:path';
import { describeDemoAccounts, seedDemoAccounts } from './demo-accounts';
import { loadDemoData } from './demo-data';
import { ROOT } from './processes';
import { DEFAULT_PORTS, startStack, type StackPorts } from './stack';

function portFromEnv(variable: string, fallback: number): number {
  const raw = process.env[variable];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`${variable} must be a port number between 1 and 65535 (got "${raw}")`);
    process.exit(2);
  }
  return port;
}

async function main(): Promise<void> {
  const ports: StackPorts = {
    gateway: portFromEnv('GATEWAY_PORT', DEFAULT_PORTS.gateway),
    registry: portFromEnv('REGISTRY_PORT', DEFAULT_PORTS.registry),
    assistance: portFromEnv('ASSISTANCE_PORT', DEFAULT_PORTS.assistance),
    analytics: portFromEnv('ANALYTICS_PORT', DEFAULT_PORTS.analytics),
    notifications: portFromEnv('NOTIFICATIONS_PORT', DEFAULT_PORTS.notifications),
    identity: portFromEnv('IDENTITY_PORT', DEFAULT_PORTS.identity),
    dashboard: portFromEnv('DASHBOARD_PORT', DEFAULT_PORTS.dashboard),
    postgres: portFromEnv('EMBEDDED_PG_PORT', DEFAULT_PORTS.postgres),
  };
  const databaseUrl = process.env.DATABASE_URL || undefined;
  console.log(databaseUrl ? 'Birge: using the PostgreSQL in DATABASE_URL' : 'Birge: starting embedded PostgreSQL (data in .birge/pgdata)');
  const stack = await startStack({
    ports,
    databaseUrl,
    dataDir: path.join(ROOT, '.birge/pgdata'),
    withDashboard: process.env.BIRGE_NO_DASHBOARD !== 'true',
    output: path.join(ROOT, '.birge/logs'),
    logLevel: process.env.LOG_LEVEL ?? 'info',
  });
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nBirge: stopping all services…');
    await stack.stop();
    console.log('Birge: stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());

  let demoAccounts: string[] = [];
  if (process.env.DEMO_DATA !== 'false') {
    const demo = await loadDemoData(stack.gatewayUrl);
    console.log(
      demo.loaded
        ? `Birge: demo data loaded (${demo.organizations} organizations, ${demo.requests} assistance requests)`
        : `Birge: existing data kept (${demo.organizations} organizations)`,
    );
    const accounts = await seedDemoAccounts(stack.databaseUrl);
    const created = accounts.filter((account) => account.created).length;
    console.log(created ? `Birge: demo accounts created (${created})` : 'Birge: demo accounts kept');
    demoAccounts = describeDemoAccounts(accounts, (code) => findRegion(code)?.name.en ?? code);
  }
  const line = (label: string, url: string) => console.log(`  ${label.padEnd(14)} ${url}`);
  console.log(`\nBirge is ready in ${(stack.readyInMs / 1000).toFixed(1)} s`);
  if (stack.dashboardUrl) line('dashboard', `http://localhost:${ports.dashboard}/`);
  line('gateway', `http://localhost:${ports.gateway}/graphql`);
  for (const name of ['registry', 'assistance', 'analytics', 'notifications', 'identity'] as const) line(name, stack.urls[name].replace('127.0.0.1', 'localhost'));
  line('logs', path.join(ROOT, '.birge/logs'));
  if (demoAccounts.length) {
    console.log('\nDemo accounts (local use only; sign in with the login mutation, then send Authorization: Bearer <accessToken>):');
    for (const account of demoAccounts) console.log(account);
    console.log('Without a token the gateway acts as a republican administrator in development (DEV_IDENTITY_FALLBACK).');
  }
  console.log('\nPress Ctrl-C to stop.');
}

main().catch((error: unknown) => {
  console.error(`Birge failed to start: ${error instanceof Error ? error.message : String(error)}`);
  console.error('See .birge/logs/<service>.log for details.');
  process.exit(1);
});
