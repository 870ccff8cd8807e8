import { NATIONAL_STAFF, STAFF_PER_REGION } from '../plan';
import { copyRows, type CopyValue } from '../copy';
import type { GenerateContext, GeneratedStaff } from '../context';
import { generatedId } from '../ids';
import { personName } from '../people';
import { streamOf } from '../random';

/** Where generated staff have their (undeliverable) addresses. */
export const STAFF_EMAIL_DOMAIN = 'generated.birge.kz';

/**
 * A password hash that matches no password (not `scrypt$…`): generated accounts exist to author
 * records and receive notifications; nobody signs in as them. The demo accounts are for signing in.
 */
const NO_PASSWORD = '!generated';

interface StaffRow {
  id: string;
  email: string;
  name: string;
  role: string;
  regionCode: string | null;
  language: string;
}

/**
 * Staff accounts of every regional office and the republican office (identity), and the same
 * people as notification recipients (notifications' read model of accounts, as
 * identity.account-created leaves it).
 */
export async function writeStaff(ctx: GenerateContext): Promise<GeneratedStaff> {
  const random = streamOf(ctx.seed, 'staff');
  const rows: StaffRow[] = [];
  const byRegion: string[][] = [];
  let serial = 1;
  ctx.places.regions.forEach((region) => {
    const ids: string[] = [];
    for (let k = 0; k < STAFF_PER_REGION; k++) {
      const id = generatedId('staff', serial++);
      ids.push(id);
      rows.push({
        id,
        email: `staff-${region.code}-${k + 1}@${STAFF_EMAIL_DOMAIN}`,
        name: personName(random),
        role: 'REGIONAL_STAFF',
        regionCode: region.code,
        language: random.chance(0.6) ? 'kk' : 'ru',
      });
    }
    byRegion.push(ids);
  });
  const admins: string[] = [];
  for (const [role, count] of Object.entries(NATIONAL_STAFF)) {
    for (let k = 0; k < count; k++) {
      const id = generatedId('staff', serial++);
      if (role === 'REPUBLICAN_ADMIN') admins.push(id);
      rows.push({ id, email: `${role.toLowerCase().replace(/_/g, '-')}-${k + 1}@${STAFF_EMAIL_DOMAIN}`, name: personName(random), role, regionCode: null, language: 'kk' });
    }
  }
  const created = new Date(ctx.asOf.getTime() - 3 * 365 * 86_400_000);
  await copyRows(
    ctx.client,
    'identity.staff_account',
    ['id', 'email', 'name', 'role', 'region_code', 'password_hash', 'active', 'created_at', 'updated_at', 'created_by', 'language', 'announced_at'],
    rows.map((r): CopyValue[] => [r.id, r.email, r.name, r.role, r.regionCode, NO_PASSWORD, true, created, created, ctx.mark, r.language, created]),
  );
  await copyRows(
    ctx.client,
    'notifications.recipient',
    ['account_id', 'email', 'name', 'language', 'region_code', 'role', 'active', 'updated_at'],
    rows.map((r): CopyValue[] => [r.id, r.email, r.name, r.language, r.regionCode, r.role, true, created]),
  );
  ctx.progress('staff', rows.length, rows.length);
  return { byRegion, admins };
}
