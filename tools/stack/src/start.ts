/**
 * `npm start`: the whole system on this machine. Without DATABASE_URL an embedded PostgreSQL
 * keeps its data in .birge/pgdata (git-ignored) between runs. Ctrl-C stops everything.
 * BIRGE_HOME moves .birge (data, logs, the demo partner key and portal link) elsewhere.
 */
import { portProblem } from '@birge/server-kit';
import { findRegion } from '@birge/shared-reference';
import path from 'node:path';
import { describeDemoAccounts, seedDemoAccounts, type SeededDemoAccount } from './demo-accounts';
import { loadDemoAnalytics } from './demo-analytics';
import { loadDemoAnnouncements } from './demo-announcements';
import { loadDemoCooperation } from './demo-cooperation';
import { loadDemoDirectory } from './demo-directory';
import { loadDemoEvents } from './demo-events';
import { loadDemoGuides } from './demo-guides';
import { loadDemoData } from './demo-data';
import { spreadDemoHistory } from './demo-history';
import { loadDemoFeedback } from './demo-feedback';
import { loadDemoNeeds } from './demo-needs';
import { loadDemoReports } from './demo-reports';
import { describeDemoPartnerKey, ensureDemoPartnerKey } from './demo-partner-key';
import { describeDemoPortalLink, ensureDemoPortalLink } from './demo-portal';
import { callGateway, signIn } from './gateway-client';
import { ROOT } from './processes';
import { DEFAULT_PORTS, startStack, type StackPorts } from './stack';

/** Where `npm start` keeps the embedded database, the logs, the demo partner key and the demo portal link. */
const HOME = path.resolve(ROOT, process.env.BIRGE_HOME || '.birge');
const shown = (file: string) => (file.startsWith(`${ROOT}${path.sep}`) ? path.relative(ROOT, file) : file);

function portFromEnv(variable: string, fallback: number): number {
  const raw = process.env[variable];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  const problem = portProblem(port, false);
  if (problem) {
    console.error(`${variable} ${problem} (got "${raw}")`);
    process.exit(2);
  }
  return port;
}

/** The demo administrator's access token, or null when that account cannot sign in any more. */
async function adminToken(gatewayUrl: string, accounts: SeededDemoAccount[]): Promise<string | null> {
  const admin = accounts.find((account) => account.role === 'REPUBLICAN_ADMIN' && account.active);
  if (!admin) return null;
  try {
    return await signIn(gatewayUrl, admin.email, admin.password);
  } catch {
    return null;
  }
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
    mail: portFromEnv('MAIL_CATCHER_PORT', DEFAULT_PORTS.mail),
  };
  const databaseUrl = process.env.DATABASE_URL || undefined;
  console.log(databaseUrl ? 'Birge: using the PostgreSQL in DATABASE_URL' : `Birge: starting embedded PostgreSQL (data in ${shown(path.join(HOME, 'pgdata'))})`);
  const stack = await startStack({
    ports,
    databaseUrl,
    dataDir: path.join(HOME, 'pgdata'),
    home: HOME,
    withDashboard: process.env.BIRGE_NO_DASHBOARD !== 'true',
    output: path.join(HOME, 'logs'),
    logLevel: process.env.LOG_LEVEL ?? 'info',
    // Whoever tries the system sees it as it runs for real: without a token, only login works.
    devIdentityFallback: false,
    // A service that exits unexpectedly is restarted (with backoff), and the console says so.
    supervise: (message) => console.log(message),
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
  let partnerKey: string[] = [];
  let portalLink: string[] = [];
  if (process.env.DEMO_DATA !== 'false') {
    // Accounts first: the demo data and the partner key are created by the demo administrator
    // through the public API, as a person would.
    const accounts = await seedDemoAccounts(stack.databaseUrl);
    const created = accounts.filter((account) => account.created).length;
    console.log(created ? `Birge: demo accounts created (${created})` : 'Birge: demo accounts kept');
    demoAccounts = describeDemoAccounts(accounts, (code) => findRegion(code)?.name.en ?? code);
    const token = await adminToken(stack.gatewayUrl, accounts);
    if (token) {
      const demo = await loadDemoData(stack.gatewayUrl, token);
      console.log(
        demo.loaded
          ? `Birge: demo data loaded (${demo.organizations} organizations, ${demo.requests} assistance requests)`
          : `Birge: existing data kept (${demo.organizations} organizations)`,
      );
      // The rest of the country for the analysts' map and trends; checked on its own like the register.
      const analytics = await loadDemoAnalytics((query, variables) => callGateway(stack.gatewayUrl, { bearer: token }, query, variables));
      if (analytics.loaded)
        console.log(`Birge: demo data for the other regions loaded (${analytics.organizations} organizations, ${analytics.requests} requests, ${analytics.contacts} contacts)`);
      // Freshly loaded, every record is dated today: spread them over the past months so trends have a shape.
      if (demo.loaded || analytics.loaded) {
        const history = await spreadDemoHistory(stack.databaseUrl);
        console.log(`Birge: demo history spread over the past 18 months (${history.organizations} organizations, ${history.requests} requests)`);
      }
      // Checked on its own, so an installation from before the register gets the demo entries too.
      const needs = await loadDemoNeeds((query, variables) => callGateway(stack.gatewayUrl, { bearer: token }, query, variables));
      console.log(needs.loaded ? `Birge: demo needs register loaded (${needs.needs} entries)` : `Birge: existing needs register kept (${needs.needs} entries)`);
      // The feedback channel has two sides: the demo Astana staff member writes theirs.
      const staffAccount = accounts.find((account) => account.role === 'REGIONAL_STAFF' && account.active);
      const staffToken = staffAccount ? await signIn(stack.gatewayUrl, staffAccount.email, staffAccount.password).catch(() => null) : null;
      const feedback = await loadDemoFeedback(
        (query, variables) => callGateway(stack.gatewayUrl, { bearer: token }, query, variables),
        staffToken ? (query, variables) => callGateway(stack.gatewayUrl, { bearer: staffToken }, query, variables) : null,
      );
      console.log(feedback.loaded ? `Birge: demo feedback threads loaded (${feedback.threads})` : `Birge: existing feedback threads kept (${feedback.threads})`);
      const reports = await loadDemoReports(
        (query, variables) => callGateway(stack.gatewayUrl, { bearer: token }, query, variables),
        staffToken ? (query, variables) => callGateway(stack.gatewayUrl, { bearer: staffToken }, query, variables) : null,
      );
      console.log(reports.loaded ? `Birge: demo periodic reports loaded (${reports.reports})` : `Birge: existing periodic reports kept (${reports.reports})`);
      const announcements = await loadDemoAnnouncements((query, variables) => callGateway(stack.gatewayUrl, { bearer: token }, query, variables));
      console.log(
        announcements.loaded
          ? `Birge: demo announcements loaded (one sent to ${announcements.consenting} consenting contacts, one scheduled)`
          : `Birge: existing announcements kept (${announcements.announcements})`,
      );
      const directory = await loadDemoDirectory((query, variables) => callGateway(stack.gatewayUrl, { bearer: token }, query, variables));
      console.log(
        directory.loaded
          ? `Birge: demo directory and programmes loaded (${directory.stateBodies} state bodies, ${directory.sponsors} sponsors, ${directory.programmes} programmes)`
          : `Birge: existing directory kept (${directory.stateBodies} state bodies)`,
      );
      // After the directory: the events invite its state bodies and sponsors.
      const events = await loadDemoEvents((query, variables) => callGateway(stack.gatewayUrl, { bearer: token }, query, variables));
      console.log(
        events.loaded
          ? `Birge: demo joint events and publication log loaded (${events.events} events, ${events.publications} publications)`
          : `Birge: existing joint events kept (${events.events})`,
      );
      // After the requests and announcements: a guide is attached to a consultative request and linked to the scheduled announcement.
      const guides = await loadDemoGuides((query, variables) => callGateway(stack.gatewayUrl, { bearer: token }, query, variables));
      console.log(guides.loaded ? `Birge: demo guides and templates loaded (${guides.guides})` : `Birge: existing guides kept (${guides.guides})`);
      const cooperation = await loadDemoCooperation((query, variables) => callGateway(stack.gatewayUrl, { bearer: token }, query, variables));
      console.log(
        cooperation.loaded
          ? `Birge: demo outreach and cooperation loaded (${cooperation.organizations} organizations, ${cooperation.contacts} contacts, ${cooperation.introductions} introduction)`
          : 'Birge: existing outreach and cooperation kept',
      );
      // After the announcements, which record the demo contacts' consent: one of them gets a portal link.
      const portalFile = path.join(HOME, 'demo-portal-link.json');
      const portal = await ensureDemoPortalLink(stack.gatewayUrl, { bearer: token }, portalFile, { moveRequests: true });
      if (portal) {
        console.log(portal.created ? 'Birge: demo organization portal link issued (mailed to its contact)' : 'Birge: demo organization portal link kept');
        portalLink = describeDemoPortalLink(portal, shown(portalFile));
      } else {
        console.log('Birge: no demo organization portal link (the demo organization or its consenting contact is gone)');
      }
      const stateFile = path.join(HOME, 'demo-partner-key.json');
      const key = await ensureDemoPartnerKey(stack.gatewayUrl, token, stateFile);
      console.log(key.created ? 'Birge: demo partner API key created' : 'Birge: demo partner API key kept');
      partnerKey = describeDemoPartnerKey(key, ports.gateway, shown(stateFile));
    } else {
      console.log('Birge: the demo administrator cannot sign in (deactivated or password changed): no demo data or partner key loaded');
    }
  }
  const line = (label: string, url: string) => console.log(`  ${label.padEnd(14)} ${url}`);
  console.log(`\nBirge is ready in ${(stack.readyInMs / 1000).toFixed(1)} s`);
  if (stack.dashboardUrl) line('dashboard', `http://localhost:${ports.dashboard}/`);
  line('gateway', `http://localhost:${ports.gateway}/graphql`);
  for (const name of ['registry', 'assistance', 'analytics', 'notifications', 'identity'] as const) line(name, stack.urls[name].replace('127.0.0.1', 'localhost'));
  line('logs', path.join(HOME, 'logs'));
  line('mail', `${shown(stack.mail.dir)}  (every email sent, one .eml file each; SMTP catcher on 127.0.0.1:${stack.mail.port})`);
  if (demoAccounts.length) {
    console.log('\nDemo accounts (local use only; sign in on the dashboard, or with the login mutation and then Authorization: Bearer <accessToken>):');
    for (const account of demoAccounts) console.log(account);
  }
  if (portalLink.length) {
    console.log('');
    for (const portalLine of portalLink) console.log(portalLine);
  }
  if (partnerKey.length) {
    console.log('');
    for (const partnerLine of partnerKey) console.log(partnerLine);
  }
  console.log('\nWithout a token or key the gateway treats a caller as anonymous: it can sign in and read the public reference data (DEV_IDENTITY_FALLBACK is off).');
  console.log('\nPress Ctrl-C to stop.');
}

main().catch((error: unknown) => {
  console.error(`Birge failed to start: ${error instanceof Error ? error.message : String(error)}`);
  console.error(`See ${shown(path.join(HOME, 'logs'))}/<service>.log for details.`);
  process.exit(1);
});
