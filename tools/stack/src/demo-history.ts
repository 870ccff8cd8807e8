/**
 * The demo data's history: organizations and assistance requests loaded through the public API
 * all carry today's date, which makes every monthly trend a single step. This spreads them over
 * the past 18 months, the same way on every machine: each organization (in the order of their
 * names) is given a registration day between 3 weeks and 18 months ago, each of its requests a
 * submission day after it and within the last 11 months (inside the overview's default period),
 * and the steps of its workflow hours after its submission.
 *
 * The owning services' records and the analytics read model are moved together in one
 * transaction, so analytics still equals the services' own APIs (the rebuild gives the same
 * figures); the read model's rollups follow their facts by their triggers. Only records created
 * in the last hour are moved: call it right after loading the demo data into an empty installation.
 */
import { Client } from 'pg';

const DAY_MS = 86_400_000;
/** The newest and the oldest demo organization, in days before today. */
const NEWEST_ORGANIZATION = 20;
const OLDEST_ORGANIZATION = 540;
/** Requests are submitted within the last 11 months. */
const OLDEST_REQUEST = 330;

export interface DemoHistoryPlan {
  organizations: { id: string; daysAgo: number }[];
  requests: { id: string; daysAgo: number }[];
}

/**
 * Days before today for each organization (ordered by name) and each of its requests (ordered by
 * submission): organizations spread evenly over the range in a scattered order, a request after
 * its organization's registration.
 */
export function planDemoHistory(
  organizations: readonly { id: string; name: string }[],
  requests: readonly { id: string; organizationId: string; createdAt: Date }[],
): DemoHistoryPlan {
  const sorted = [...organizations].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1));
  const count = sorted.length;
  const span = OLDEST_ORGANIZATION - NEWEST_ORGANIZATION;
  const orgDays = new Map<string, number>();
  sorted.forEach((organization, index) => {
    // A stride coprime with most counts scatters neighbours in the alphabet over the months.
    const slot = count > 1 ? (index * 7) % count : 0;
    orgDays.set(organization.id, NEWEST_ORGANIZATION + Math.round((slot * span) / Math.max(1, count - 1)));
  });
  const ordered = [...requests].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1));
  return {
    organizations: sorted.map((organization) => ({ id: organization.id, daysAgo: orgDays.get(organization.id) ?? NEWEST_ORGANIZATION })),
    requests: ordered.map((request, index) => {
      const registered = orgDays.get(request.organizationId) ?? NEWEST_ORGANIZATION;
      return { id: request.id, daysAgo: Math.max(1, Math.min(registered - 1, 1 + ((index * 53) % OLDEST_REQUEST))) };
    }),
  };
}

async function waitFor(client: Client, sql: string, params: unknown[], want: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [row] = (await client.query<{ count: string }>(sql, params)).rows;
    if (Number(row?.count ?? 0) >= want) return;
    if (Date.now() > deadline) throw new Error(`demo history: analytics has ${row?.count ?? 0} of ${want} facts after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Moves the freshly loaded demo records back in time (see above); returns how many were moved. */
export async function spreadDemoHistory(databaseUrl: string, now = new Date()): Promise<{ organizations: number; requests: number }> {
  const client = new Client({ connectionString: databaseUrl, application_name: 'birge-demo-history' });
  await client.connect();
  try {
    const organizations = (await client.query<{ id: string; name: string }>(`SELECT id::text, name FROM registry.organization WHERE created_at > now() - interval '1 hour'`)).rows;
    if (!organizations.length) return { organizations: 0, requests: 0 };
    const ids = organizations.map((organization) => organization.id);
    const requests = (
      await client.query<{ id: string; organizationId: string; createdAt: Date }>(
        `SELECT id::text, organization_id::text AS "organizationId", created_at AS "createdAt" FROM assistance.assistance_request WHERE organization_id::text = ANY($1::text[])`,
        [ids],
      )
    ).rows;
    // The read model must have every record, at its last status, before it moves with them (its consumers run a moment
    // behind; a request's version also moves when its organization's region reaches assistance, which analytics does not follow).
    await waitFor(client, 'SELECT count(*) FROM analytics.organization_fact WHERE organization_id::text = ANY($1::text[])', [ids], ids.length, 60_000);
    await waitFor(
      client,
      `SELECT count(*) FROM analytics.request_fact f JOIN assistance.assistance_request r ON r.id::text = f.request_id::text
        WHERE r.id::text = ANY($1::text[]) AND f.status = r.status`,
      [requests.map((r) => r.id)],
      requests.length,
      60_000,
    );

    const plan = planDemoHistory(organizations, requests);
    // Whole days before today, at the time of day the record was made.
    const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY_MS).toISOString();
    const orgIds = plan.organizations.map((o) => o.id);
    const orgAts = plan.organizations.map((o) => at(o.daysAgo));
    const reqIds = plan.requests.map((r) => r.id);
    const reqAts = plan.requests.map((r) => at(r.daysAgo));
    await client.query('BEGIN');
    try {
      await client.query(`UPDATE registry.organization o SET created_at = t.at FROM unnest($1::text[], $2::timestamptz[]) AS t(id, at) WHERE o.id::text = t.id`, [orgIds, orgAts]);
      await client.query(
        `UPDATE analytics.organization_fact f SET registered_at = t.at FROM unnest($1::text[], $2::timestamptz[]) AS t(id, at) WHERE f.organization_id::text = t.id`,
        [orgIds, orgAts],
      );
      // A request's timeline follows its submission: its n-th step n × (2 to 10) hours later (sooner for the newest), so
      // the times to respond and to resolve are a working day's, not the seconds the demo loading took.
      const seeds = plan.requests.map((_, index) => index);
      const days = plan.requests.map((r) => r.daysAgo);
      await client.query(
        `UPDATE assistance.request_timeline_entry e
            SET at = t.at + make_interval(hours => (s.n * LEAST(2 + t.seed % 9, GREATEST(1, t.days * 6)))::int)
           FROM unnest($1::text[], $2::timestamptz[], $3::int[], $4::int[]) AS t(id, at, seed, days),
                (SELECT id, row_number() OVER (PARTITION BY request_id ORDER BY at, id) AS n FROM assistance.request_timeline_entry) s
          WHERE s.id = e.id AND e.request_id::text = t.id`,
        [reqIds, reqAts, seeds, days],
      );
      await client.query(
        `UPDATE assistance.assistance_request r
            SET created_at = t.at,
                resolved_at = CASE WHEN r.resolved_at IS NULL THEN NULL ELSE
                  (SELECT max(e.at) FROM assistance.request_timeline_entry e WHERE e.request_id = r.id AND e.to_status = 'RESOLVED') END
           FROM unnest($1::text[], $2::timestamptz[]) AS t(id, at) WHERE r.id::text = t.id`,
        [reqIds, reqAts],
      );
      await client.query(
        `UPDATE analytics.request_fact f
            SET submitted_at = t.at,
                resolved_at = r.resolved_at,
                first_response_at = CASE WHEN f.first_response_at IS NULL THEN NULL ELSE
                  (SELECT min(e.at) FROM assistance.request_timeline_entry e WHERE e.request_id = r.id AND e.kind = 'STATUS_CHANGED' AND e.from_status = 'NEW') END
           FROM unnest($1::text[], $2::timestamptz[]) AS t(id, at) JOIN assistance.assistance_request r ON r.id::text = t.id
          WHERE f.request_id::text = t.id`,
        [reqIds, reqAts],
      );
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
    return { organizations: orgIds.length, requests: reqIds.length };
  } finally {
    await client.end();
  }
}
