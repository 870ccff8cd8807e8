/** What the notifications tests share: a running subgraph on its own database, with its event publisher and, when asked, a test SMTP server. */
import { startSubgraph, type RunningSubgraph } from '@birge/server-kit';
import type { AccountCreatedPayload, Role } from '@birge/shared-reference';
import { createTestDatabase, startTestSmtpServer, TestEvents, type TestDatabase, type TestSmtpServer } from '@birge/server-testing';
import type { NotificationsServices } from '../../src/notifications.context';
import { notificationsSubgraph } from '../../src/notifications.subgraph';

export const ASTANA = '710000000';
export const ALMATY = '750000000';

/** The links an announcement's emails carry: the dashboard, and the signed unsubscribe endpoint. */
export const ANNOUNCEMENT_LINKS = {
  DASHBOARD_URL: 'https://birge.example.kz',
  UNSUBSCRIBE_POST_URL: 'https://api.birge.example.kz/unsubscribe',
  UNSUBSCRIBE_SECRET: 'a-test-secret-of-some-length',
};

/** A staff account as the identity announces it (the recipients of the office's notifications). */
export const accountCreated = (accountId: string, language: 'kk' | 'ru' | 'en', role: Role, regionCode: string | null): AccountCreatedPayload => ({
  accountId,
  email: `${accountId}@front.birge.kz`,
  name: `Name ${accountId}`,
  role,
  regionCode,
  language,
  actorId: 'accounts-cli',
  createdAt: new Date().toISOString(),
});

export interface NotificationsTestbed {
  db: TestDatabase;
  subgraph: RunningSubgraph<NotificationsServices>;
  events: TestEvents;
  /** Set when the testbed was asked for one; the subgraph sends its mail there. */
  smtp: TestSmtpServer;
}

/**
 * Starts, for the file's tests, the notifications subgraph on its own database (a free port, no
 * logs) with `settings` on top, and its TestEvents; with `smtp`, first a test SMTP server (these
 * options) that the subgraph sends to. Stopped after the file's tests.
 */
export function notificationsTestbed(options: { settings?: Record<string, string>; smtp?: Parameters<typeof startTestSmtpServer>[0] } = {}): NotificationsTestbed {
  const bed = {} as NotificationsTestbed;
  beforeAll(async () => {
    bed.db = await createTestDatabase();
    if (options.smtp) bed.smtp = await startTestSmtpServer(options.smtp);
    const mail = bed.smtp ? { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(bed.smtp.port) } : {};
    bed.subgraph = await startSubgraph(notificationsSubgraph, { DATABASE_URL: bed.db.url, PORT: '0', LOG_LEVEL: 'silent', NODE_ENV: 'test', ...mail, ...options.settings });
    bed.events = await TestEvents.start(bed.db.url, bed.subgraph.dataSource);
  });
  afterAll(async () => {
    await bed.events?.stop();
    await bed.subgraph?.stop();
    await bed.smtp?.close();
    await bed.db?.drop();
  });
  return bed;
}
