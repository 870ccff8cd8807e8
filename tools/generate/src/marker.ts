import type { PoolClient } from 'pg';
import { copyRows } from './copy';
import { generatedId, GENERATED_RANGE } from './ids';
import { STAFF_EMAIL_DOMAIN } from './writers/staff';

/** The marker account's id: written last, so a set without it was never finished. */
export const MARKER_ID = generatedId('marker', 0);

export interface GeneratedSetMark {
  seed: number;
  scale: number;
  asOf: string;
}

/** `generate seed=7 scale=10 as-of=2026-12-07`: what the marker records of the set. */
export function markText(mark: GeneratedSetMark): string {
  return `generate seed=${mark.seed} scale=${mark.scale} as-of=${mark.asOf}`;
}

/** The set the database holds, as its marker says; null when there is none, or it was never finished. */
export async function readMark(client: PoolClient): Promise<GeneratedSetMark | null> {
  const { rows } = await client.query<{ created_by: string }>('SELECT created_by FROM identity.staff_account WHERE id = $1', [MARKER_ID]);
  const match = rows[0] && /^generate seed=(\d+) scale=([\d.]+) as-of=(\d{4}-\d{2}-\d{2})$/.exec(rows[0].created_by);
  return match ? { seed: Number(match[1]), scale: Number(match[2]), asOf: match[3] } : null;
}

/**
 * The marker: an inactive analyst account that cannot sign in (no password matches its hash),
 * named for what it marks. Written in the same transaction as the set, after everything else.
 */
export async function writeMark(client: PoolClient, mark: GeneratedSetMark): Promise<void> {
  const at = new Date(`${mark.asOf}T00:00:00Z`);
  await copyRows(
    client,
    'identity.staff_account',
    ['id', 'email', 'name', 'role', 'region_code', 'password_hash', 'active', 'created_at', 'updated_at', 'created_by', 'deactivated_at', 'announced_at'],
    [
      [
        MARKER_ID,
        `generated-data@${STAFF_EMAIL_DOMAIN}`,
        `Generated data set (seed ${mark.seed}, scale ${mark.scale})`,
        'ANALYST',
        null,
        '!generated',
        false,
        at,
        at,
        markText(mark),
        at,
        at,
      ],
    ],
  );
}

/**
 * Every table the generator writes, with the column that holds a generated id, children before
 * parents, and whether the table has triggers of its own that must see the removal (the
 * registry's facet counts, analytics' region figures and rollups). Rows that people added to
 * generated records (a contact logged with a generated organization, a request of one) go with them.
 */
const GENERATED_ROWS: readonly (readonly [table: string, column: string, ownTriggers: boolean])[] = [
  ['analytics.booking_fact', 'booking_id', true],
  ['analytics.training_fact', 'training_id', true],
  ['analytics.request_fact', 'organization_id', true],
  ['analytics.request_fact', 'request_id', true],
  ['analytics.contact_fact', 'organization_id', true],
  ['analytics.organization_verification', 'organization_id', true],
  ['analytics.organization_fact', 'organization_id', true],
  ['notifications.notification_read', 'notification_id', false],
  ['notifications.notification_archive', 'notification_id', false],
  ['notifications.notification', 'id', false],
  ['notifications.notification', 'organization_id', false],
  ['notifications.mailing_address', 'organization_id', false],
  ['notifications.mailing_organization', 'organization_id', false],
  ['notifications.recipient', 'account_id', false],
  ['assistance.booking', 'id', false],
  ['assistance.booking', 'organization_id', false],
  ['assistance.bookable_resource', 'id', false],
  ['assistance.training_registration', 'organization_id', false],
  ['assistance.training_registration', 'training_id', false],
  ['assistance.training', 'id', false],
  ['assistance.request_timeline_entry', 'request_id', false],
  ['assistance.state_body_referral', 'request_id', false],
  ['assistance.request_attachment', 'request_id', false],
  ['assistance.assistance_request', 'id', false],
  ['assistance.assistance_request', 'organization_id', false],
  ['assistance.organization_directory', 'organization_id', false],
  ['registry.verification_event', 'organization_id', false],
  ['registry.verification_check', 'organization_id', false],
  ['registry.contact', 'organization_id', false],
  ['registry.organization_merge', 'kept_id', false],
  ['registry.organization', 'id', true],
  ['identity.staff_account', 'id', false],
];

/**
 * Removes the generated set (by its id range), whatever seed or scale made it. Children go
 * before parents, so no foreign key is left dangling; where the role may (a superuser, as the
 * embedded PostgreSQL's is), the per-row foreign-key checks are skipped for tables without
 * triggers of their own (session_replication_role = replica): some referencing columns have no
 * index (a timeline entry's referral), and a million checks each scanning a table took minutes.
 */
export async function clearGenerated(client: PoolClient, progress: (done: number, total: number) => void): Promise<number> {
  const { rows } = await client.query<{ rolsuper: boolean }>('SELECT rolsuper FROM pg_roles WHERE rolname = current_user');
  const superuser = rows[0]?.rolsuper === true;
  let removed = 0;
  for (let i = 0; i < GENERATED_ROWS.length; i++) {
    const [table, column, ownTriggers] = GENERATED_ROWS[i];
    progress(i, GENERATED_ROWS.length);
    if (superuser) await client.query(`SET LOCAL session_replication_role = ${ownTriggers ? 'origin' : 'replica'}`);
    // The range takes the column's type (uuid, or text for account ids), so its index serves.
    const result = await client.query(`DELETE FROM ${table} WHERE ${column} BETWEEN $1 AND $2`, [...GENERATED_RANGE]);
    removed += result.rowCount ?? 0;
  }
  if (superuser) await client.query('SET LOCAL session_replication_role = origin');
  progress(GENERATED_ROWS.length, GENERATED_ROWS.length);
  return removed;
}
