import type { EventBus } from '@birge/server-kit';
import type { DataSource } from 'typeorm';

export interface RegistryNoticeSettings {
  reverifyAfterMonths: number;
  contactWindowMonths: number;
  verificationNoticeDays: number;
}

/** The pg-boss queue of the registry's daily notice sweep. */
export const NOTICE_SWEEP_QUEUE = 'registry.notice-sweep';

/**
 * The registry's daily sweep: announces, once per case, a verification that runs out within
 * `verificationNoticeDays` (`registry.verification-expiring`, once per verification) and a district
 * whose active organizations nobody has contacted within the contact window
 * (`registry.district-contacts-stale`, once per district and last contact: a new contact starts a
 * new spell). Each case is claimed in `registry.notice_sent` by the statement that publishes it,
 * in one transaction: a sweep run twice, or by two replicas, announces nothing twice.
 */
export class RegistryNotices {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventBus,
    private readonly settings: RegistryNoticeSettings,
  ) {}

  /** @returns how many cases of each kind were announced now. */
  run(now: Date = new Date()): Promise<{ verificationsExpiring: number; staleDistricts: number }> {
    const { reverifyAfterMonths, contactWindowMonths, verificationNoticeDays } = this.settings;
    return this.dataSource.transaction(async (manager) => {
      const verificationsExpiring = await this.events.publishFromSql(
        manager,
        'registry.verification-expiring',
        `INSERT INTO registry.notice_sent (case_key, payload)
         SELECT 'verification-expiring:' || o.id || ':' || o.verified_at, jsonb_build_object(
           'organizationId', o.id, 'regionCode', o.region_code, 'districtCode', o.district_code,
           'verifiedAt', to_char(o.verified_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
           'expiresAt', to_char((o.verified_at + make_interval(months => $2)) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
           'daysLeft', greatest(0, ceil(extract(epoch FROM (o.verified_at + make_interval(months => $2) - $1::timestamptz)) / 86400))::int)
         FROM registry.organization o
         WHERE o.verification_status = 'VERIFIED' AND o.status <> 'CLOSED'
           AND o.verified_at + make_interval(months => $2) > $1::timestamptz
           AND o.verified_at + make_interval(months => $2) <= $1::timestamptz + make_interval(days => $3)
         ON CONFLICT (case_key) DO NOTHING
         RETURNING payload`,
        [now, reverifyAfterMonths, verificationNoticeDays],
      );
      const staleDistricts = await this.events.publishFromSql(
        manager,
        'registry.district-contacts-stale',
        `INSERT INTO registry.notice_sent (case_key, payload)
         SELECT 'district-stale:' || d.district_code || ':' || coalesce(d.last_contact_on::text, 'never'), jsonb_build_object(
           'regionCode', d.region_code, 'districtCode', d.district_code, 'lastContactOn', d.last_contact_on::text,
           'organizations', d.organizations, 'windowMonths', $2::int)
         FROM (
           SELECT o.region_code, o.district_code, max(o.last_contact_on) AS last_contact_on, count(*)::int AS organizations
           FROM registry.organization o
           WHERE o.district_code IS NOT NULL AND o.status <> 'CLOSED'
           GROUP BY o.region_code, o.district_code
         ) d
         WHERE d.last_contact_on IS NULL OR d.last_contact_on < ($1::timestamptz - make_interval(months => $2))::date
         ON CONFLICT (case_key) DO NOTHING
         RETURNING payload`,
        [now, contactWindowMonths],
      );
      return { verificationsExpiring, staleDistricts };
    });
  }
}
