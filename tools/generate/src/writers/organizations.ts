import { bulkWrite } from '../bulk';
import { copyRows, type CopyValue } from '../copy';
import type { GenerateContext, GeneratedOrganizations, GeneratedStaff } from '../context';
import { DAY_MS, HOUR_MS } from '../context';
import { generatedId } from '../ids';
import { streamOf } from '../random';
import { buildOrganizations, summarize, type OrganizationRecord } from './organization-records';
import { drawContacts, writeContacts } from './contacts';

type Verification = { status: 'UNVERIFIED' | 'IN_REVIEW' | 'VERIFIED' | 'REJECTED'; checkAt: number; decisionAt: number | null };

const METHODS = ['QAZVOLUNTEER_ID', 'PAST_WORK_REPORTS', 'RECOMMENDATION_LETTER', 'NVN_PARTNER_LETTER', 'VISIT'];

/**
 * The registry's organizations with their verification (checks and the events the registry
 * derives from them: a PASSED check verifies, a PENDING one puts in review, a FAILED one and a
 * decision reject) and contact logs (last_contact_on as the registry keeps it); assistance's
 * directory of them and notifications' mailing snapshot, as the registry's events would leave them.
 */
export async function writeOrganizations(ctx: GenerateContext, staff: GeneratedStaff): Promise<GeneratedOrganizations> {
  const records = buildOrganizations(ctx, staff.byRegion);
  const organizations = summarize(records, ctx.places.regions.length);
  const contacts = drawContacts(ctx, organizations, staff);
  const random = streamOf(ctx.seed, 'verification');
  const end = ctx.asOf.getTime() - HOUR_MS;
  const verification: Verification[] = records.map((r) => {
    const roll = random.next();
    const status = roll < 0.45 ? 'UNVERIFIED' : roll < 0.6 ? 'IN_REVIEW' : roll < 0.95 ? 'VERIFIED' : 'REJECTED';
    const checkAt = Math.min(end - 2 * DAY_MS, r.createdAt.getTime() + random.between(1, 60) * DAY_MS + random.int(8 * HOUR_MS));
    const decisionAt = status === 'REJECTED' ? Math.min(end, checkAt + random.between(1, 10) * DAY_MS) : null;
    return { status, checkAt: Math.max(checkAt, r.createdAt.getTime() + HOUR_MS), decisionAt };
  });
  const total = records.length;

  const rowOf = (r: OrganizationRecord, i: number): CopyValue[] => {
    const v = verification[i];
    const events = v.status === 'UNVERIFIED' ? 0 : v.status === 'REJECTED' ? 2 : 1;
    const updatedAt = new Date(Math.max(r.createdAt.getTime(), v.status === 'UNVERIFIED' ? 0 : (v.decisionAt ?? v.checkAt)));
    const lastContact = contacts.lastContactDay[i];
    return [
      r.id,
      r.name,
      r.kind,
      r.regionCode,
      r.districtCode,
      [...r.directions],
      r.createdAt,
      updatedAt,
      r.createdBy,
      1 + events,
      r.nameKk,
      r.nameRu,
      r.legalForm,
      r.bin,
      r.qazvolunteerId,
      [...r.categories],
      [...r.modes],
      r.description,
      r.contactPeople,
      r.volunteerCount,
      r.foundedOn,
      r.status,
      events ? r.createdBy : null,
      r.searchKey,
      r.duplicateKey,
      v.status,
      v.status === 'VERIFIED' ? new Date(v.checkAt) : null,
      lastContact >= 0 ? new Date(lastContact * DAY_MS).toISOString().slice(0, 10) : null,
    ];
  };
  await bulkWrite(ctx, 'registry.organization', total, () =>
    copyRows(
      ctx.client,
      'registry.organization',
      [
        'id',
        'name',
        'kind',
        'region_code',
        'district_code',
        'directions',
        'created_at',
        'updated_at',
        'created_by',
        'version',
        'name_kk',
        'name_ru',
        'legal_form',
        'bin',
        'qazvolunteer_id',
        'categories',
        'modes',
        'description',
        'contact_people',
        'volunteer_count',
        'founded_on',
        'status',
        'updated_by',
        'search_key',
        'duplicate_key',
        'verification_status',
        'verified_at',
        'last_contact_on',
      ],
      (function* () {
        for (let i = 0; i < total; i++) {
          if (i % 5000 === 0) ctx.progress('organizations', i, total);
          yield rowOf(records[i], i);
        }
      })(),
    ),
  );
  ctx.progress('organizations', total, total);
  await writeVerification(ctx, records, verification);
  await copyRows(
    ctx.client,
    'assistance.organization_directory',
    ['organization_id', 'region_code', 'district_code'],
    records.map((r) => [r.id, r.regionCode, r.districtCode]),
  );
  await copyRows(
    ctx.client,
    'notifications.mailing_organization',
    ['organization_id', 'name', 'kind', 'region_code', 'district_code', 'directions', 'verification_status', 'status', 'removed', 'changed_at'],
    records.map((r, i) => [r.id, r.name, r.kind, r.regionCode, r.districtCode, [...r.directions], verification[i].status, r.status, false, r.createdAt]),
  );
  await writeContacts(ctx, organizations, contacts);
  return organizations;
}

async function writeVerification(ctx: GenerateContext, records: readonly OrganizationRecord[], verification: readonly Verification[]): Promise<void> {
  const random = streamOf(ctx.seed, 'verification-checks');
  const checks: CopyValue[][] = [];
  const events: CopyValue[][] = [];
  records.forEach((r, i) => {
    const v = verification[i];
    if (v.status === 'UNVERIFIED') return;
    const at = new Date(v.checkAt);
    const outcome = v.status === 'VERIFIED' ? 'PASSED' : v.status === 'IN_REVIEW' ? 'PENDING' : 'FAILED';
    checks.push([generatedId('check', checks.length + 1), r.id, random.pick(METHODS), outcome, null, r.createdBy, at, at]);
    events.push([
      generatedId('verificationEvent', events.length + 1),
      r.id,
      'CHECK_RECORDED',
      null,
      null,
      'UNVERIFIED',
      outcome === 'PASSED' ? 'VERIFIED' : 'IN_REVIEW',
      r.createdBy,
      at,
    ]);
    if (v.decisionAt !== null) {
      events.push([
        generatedId('verificationEvent', events.length + 1),
        r.id,
        'DECISION',
        'REJECTED',
        'Қызметі расталмады / деятельность не подтверждена',
        'IN_REVIEW',
        'REJECTED',
        r.createdBy,
        new Date(v.decisionAt),
      ]);
    }
  });
  await copyRows(ctx.client, 'registry.verification_check', ['id', 'organization_id', 'method', 'outcome', 'notes', 'checked_by', 'checked_at', 'created_at'], checks);
  await copyRows(ctx.client, 'registry.verification_event', ['id', 'organization_id', 'kind', 'decision', 'reason', 'status_before', 'status_after', 'actor', 'at'], events);
  ctx.progress('verification', checks.length, checks.length);
}
