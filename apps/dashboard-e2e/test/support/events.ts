import { Client } from 'pg';

/**
 * Waits until the notifications subgraph has taken every event queued for it (no pg-boss job of a
 * `notifications.*` queue waiting, retrying or running, twice in a row), so that what earlier
 * steps caused (the demo data, the seeded accounts) is in the inboxes before a test counts them.
 */
export async function waitForNotificationsSettled(databaseUrl: string, timeoutMs = 90_000): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const deadline = Date.now() + timeoutMs;
    let quiet = 0;
    while (quiet < 2) {
      const { rows } = await client.query<{ pending: number }>(
        `SELECT count(*)::int AS pending FROM pgboss.job WHERE name LIKE 'notifications.%' AND state IN ('created', 'retry', 'active')`,
      );
      quiet = rows[0].pending === 0 ? quiet + 1 : 0;
      if (Date.now() > deadline) throw new Error(`notifications still had ${rows[0].pending} events to take after ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  } finally {
    await client.end();
  }
}
