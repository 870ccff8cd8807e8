import { Pool } from 'pg';
import type { GenerateContext, GenerateProgress } from './context';
import { openDatabase } from './database';
import { clearGenerated, markText, readMark, writeMark, type GeneratedSetMark } from './marker';
import { migrateAll } from './migrations';
import { Places } from './places';
import { planFor, type Plan } from './plan';
import { writeAnalytics } from './writers/analytics';
import { writeBookings } from './writers/bookings';
import { writeNotifications } from './writers/notifications';
import { writeOrganizations } from './writers/organizations';
import { writeRequests } from './writers/requests';
import { writeStaff } from './writers/staff';
import { writeTrainings } from './writers/trainings';

export interface GenerateOptions {
  /** 1: a realistic national data set (10,000 organizations); 10: national scale ×10. */
  scale: number;
  /** The same seed (and day) gives the same data. 1 by default. */
  seed?: number;
  /** Otherwise DATABASE_URL, otherwise npm start's embedded PostgreSQL (see openDatabase). */
  databaseUrl?: string;
  /** The day the data set is as of, YYYY-MM-DD (UTC): every record lies before it. Today by default. */
  asOf?: string;
  /** Write again even when the same set is there already. */
  force?: boolean;
  onProgress?: (progress: GenerateProgress) => void;
}

export interface GenerateResult {
  /** True when the database held this set already and nothing was written. */
  skipped: boolean;
  mark: GeneratedSetMark;
  plan: Plan;
  /** Rows written per table (or kind of record). */
  rows: Record<string, number>;
  /** Rows of an earlier generated set removed first. */
  removed: number;
  databaseUrl: string;
  ms: number;
}

/** Tables whose statistics the planner needs anew after a bulk write. */
const ANALYZED = [
  'registry.organization',
  'registry.contact',
  'registry.verification_check',
  'registry.verification_event',
  'assistance.organization_directory',
  'assistance.assistance_request',
  'assistance.request_timeline_entry',
  'assistance.state_body_referral',
  'assistance.training',
  'assistance.training_registration',
  'assistance.booking',
  'notifications.notification',
  'notifications.notification_read',
  'notifications.mailing_organization',
  'notifications.recipient',
  'identity.staff_account',
  'analytics.organization_fact',
  'analytics.organization_verification',
  'analytics.contact_fact',
  'analytics.request_fact',
  'analytics.training_fact',
  'analytics.booking_fact',
];

/**
 * Generates a deterministic data set into every subgraph's own tables (see tools/generate/README
 * in the main README): staff, organizations with verification and contacts, requests with their
 * histories, trainings, bookings, the inbox, and the analytics read model of all of it. In one
 * transaction: a failed run leaves nothing behind. Idempotent: the same seed and scale already
 * there are kept (skipped: true); another generated set is replaced; data people entered stays.
 */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const started = Date.now();
  const seed = options.seed ?? 1;
  if (!Number.isInteger(seed) || seed < 0 || seed > 2 ** 31) throw new Error(`seed must be a whole number from 0 to 2^31 (got ${seed})`);
  const plan = planFor(options.scale);
  const asOf = options.asOf ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(Date.parse(asOf))) throw new Error(`as-of must be a day, YYYY-MM-DD (got ${asOf})`);
  const mark: GeneratedSetMark = { seed, scale: options.scale, asOf };
  const report = options.onProgress ?? (() => undefined);
  const database = await openDatabase(options.databaseUrl);
  const pool = new Pool({ connectionString: database.url, max: 1, application_name: 'birge-generate' });
  try {
    report({ step: 'migrations', done: 0, total: 1 });
    await migrateAll(database.url);
    report({ step: 'migrations', done: 1, total: 1 });
    const client = await pool.connect();
    const rows: Record<string, number> = {};
    let removed = 0;
    try {
      const present = await readMark(client);
      const same = present && present.seed === seed && present.scale === options.scale && (options.asOf === undefined || present.asOf === asOf);
      if (same && !options.force) return { skipped: true, mark: present, plan, rows, removed, databaseUrl: database.url, ms: Date.now() - started };
      await client.query('BEGIN');
      // Statement-level triggers and big sorts: give this one session room.
      await client.query(`SET LOCAL work_mem = '256MB'`);
      await client.query(`SET LOCAL maintenance_work_mem = '512MB'`);
      removed = await clearGenerated(client, (done, total) => report({ step: 'removing the earlier set', done, total }));
      const ctx: GenerateContext = {
        client,
        seed,
        scale: options.scale,
        plan,
        asOf: new Date(`${asOf}T00:00:00Z`),
        places: new Places(),
        mark: markText(mark),
        progress: (step, done, total) => report({ step, done, total }),
      };
      const staff = await writeStaff(ctx);
      const organizations = await writeOrganizations(ctx, staff);
      rows.organizations = organizations.ids.length;
      rows.contacts = plan.contacts;
      Object.assign(rows, await writeRequests(ctx, organizations, staff));
      Object.assign(rows, await writeTrainings(ctx, organizations, staff));
      const booked = await writeBookings(ctx, organizations, staff);
      rows.resources = booked.resources;
      rows.bookings = booked.bookings.length;
      Object.assign(rows, await writeNotifications(ctx, organizations, staff, booked.bookings));
      const facts = await writeAnalytics(ctx);
      for (const [key, value] of Object.entries(facts)) rows[`analytics.${key}`] = value;
      await writeMark(client, mark);
      report({ step: 'committing', done: 0, total: 1 });
      await client.query('COMMIT');
      report({ step: 'committing', done: 1, total: 1 });
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
    for (let i = 0; i < ANALYZED.length; i++) {
      report({ step: 'analyzing', done: i, total: ANALYZED.length });
      await pool.query(`ANALYZE ${ANALYZED[i]}`);
    }
    report({ step: 'analyzing', done: ANALYZED.length, total: ANALYZED.length });
    return { skipped: false, mark, plan, rows, removed, databaseUrl: database.url, ms: Date.now() - started };
  } finally {
    await pool.end();
    await database.stop();
  }
}
