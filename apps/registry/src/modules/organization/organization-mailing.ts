import type { EventBus } from '@birge/server-kit';
import type { Direction, OrganizationKind, OrganizationMailingChangedPayload } from '@birge/shared-reference';
import type { EntityManager } from 'typeorm';
import type { ContactPersonRecord } from './organization.entity';

interface MailingRow {
  name: string;
  kind: string;
  region_code: string;
  district_code: string | null;
  directions: string[];
  verification_status: string;
  verified_at: Date | null;
  status: string;
  contact_people: ContactPersonRecord[] | null;
  changed_at: Date;
}

/**
 * A consent already given keeps the time it was first recorded when the contact people are sent
 * again (the dashboard sends the whole list on every save): a person counts as the same when they
 * share an e-mail address.
 */
export function keepConsentTimes(next: ContactPersonRecord[], previous: readonly ContactPersonRecord[]): ContactPersonRecord[] {
  return next.map((person) => {
    if (!person.emailConsent) return person;
    const before = previous.find((old) => old.emailConsent && old.emailConsentAt && old.emails.some((email) => person.emails.includes(email)));
    return before ? { ...person, emailConsentAt: before.emailConsentAt } : person;
  });
}

/** The addresses of the people who consented, each once. */
export function consentingAddresses(people: readonly ContactPersonRecord[]): OrganizationMailingChangedPayload['addresses'] {
  const seen = new Set<string>();
  const addresses: OrganizationMailingChangedPayload['addresses'] = [];
  for (const person of people) {
    if (!person.emailConsent) continue;
    for (const email of person.emails) {
      if (seen.has(email)) continue;
      seen.add(email);
      addresses.push({ email, consentAt: person.emailConsentAt ?? new Date(0).toISOString() });
    }
  }
  return addresses;
}

/**
 * Publishes, in the caller's transaction, what announcements need of an organization as it is now
 * (`registry.organization-mailing-changed`): the notifications subgraph keeps its own copy and never
 * reads the registry's tables. Call it after every change of the record's place, kind, directions,
 * verification or contact people; a record that no longer exists (merged away) is sent as removed.
 */
export async function publishOrganizationMailing(
  events: EventBus,
  manager: EntityManager,
  organizationId: string,
  removedAs?: { regionCode: string; kind: string },
): Promise<void> {
  const [row]: MailingRow[] = await manager.query(
    `SELECT name, kind, region_code, district_code, directions, verification_status, verified_at, status, contact_people, clock_timestamp() AS changed_at
     FROM registry.organization WHERE id = $1`,
    [organizationId],
  );
  const changedAt = (row?.changed_at ?? new Date()).toISOString();
  const payload: OrganizationMailingChangedPayload = row
    ? {
        organizationId,
        removed: false,
        name: row.name,
        kind: row.kind as OrganizationKind,
        regionCode: row.region_code,
        districtCode: row.district_code,
        directions: row.directions as Direction[],
        verificationStatus: row.verification_status,
        verifiedAt: row.verified_at?.toISOString() ?? null,
        status: row.status,
        addresses: consentingAddresses(row.contact_people ?? []),
        changedAt,
      }
    : {
        organizationId,
        removed: true,
        name: '',
        kind: (removedAs?.kind ?? 'NGO') as OrganizationKind,
        regionCode: removedAs?.regionCode ?? '',
        districtCode: null,
        directions: [],
        verificationStatus: 'UNVERIFIED',
        verifiedAt: null,
        status: 'CLOSED',
        addresses: [],
        changedAt,
      };
  await events.publish(manager, 'registry.organization-mailing-changed', payload);
}

/**
 * The same snapshots for many organizations at once, in SQL (`ids`: a query of their ids), for
 * EventBus.publishFromSql: a bulk import that replaced contact people tells notifications in the
 * import's transaction, the consenting addresses read from the stored jsonb as above.
 */
export function mailingSnapshotsSql(ids: string): string {
  return `SELECT jsonb_build_object('organizationId', o.id, 'removed', false, 'name', o.name, 'kind', o.kind, 'regionCode', o.region_code,
      'districtCode', o.district_code, 'directions', to_jsonb(o.directions), 'verificationStatus', o.verification_status,
      'verifiedAt', o.verified_at, 'status', o.status, 'changedAt', clock_timestamp(),
      'addresses', coalesce((
        SELECT jsonb_agg(jsonb_build_object('email', a.email, 'consentAt', a.at) ORDER BY a.email)
        FROM (SELECT DISTINCT ON (e.email) e.email, coalesce(p->>'emailConsentAt', '1970-01-01T00:00:00.000Z') AS at
              FROM jsonb_array_elements(o.contact_people) p CROSS JOIN LATERAL jsonb_array_elements_text(p->'emails') AS e (email)
              WHERE (p->>'emailConsent')::boolean IS TRUE ORDER BY e.email) a), '[]'::jsonb)) AS payload
    FROM registry.organization o WHERE o.id IN (${ids})`;
}
