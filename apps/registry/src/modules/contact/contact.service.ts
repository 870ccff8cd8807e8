import {
  assertRegionWrite,
  decodeCursor,
  encodeCursor,
  type ConnectionShape,
  type EventBus,
  type FieldError,
  type LoaderRegistry,
  NotFoundError,
  pageSize,
  ValidationError,
} from '@birge/server-kit';
import type { ContactKind, Identity } from '@birge/shared-reference';
import type { DataSource } from 'typeorm';
import { OrganizationEntity } from '../organization/organization.entity';
import { isAfterToday, parseIsoDate } from '../organization/organization.rules';
import { assertOrganizationId } from '../organization/organization-write.rules';
import { abolishedMessage } from '../region/district.service';
import { ContactEntity } from './contact.entity';
import type { Contact } from './contact.type';
import type { LogContactInput } from './dto/log-contact.input';

interface ContactRow {
  id: string;
  organization_id: string;
  kind: string;
  occurred_on: string;
  district_code: string | null;
  staff_user_id: string;
  notes: string | null;
  told_about_offer: boolean;
  created_at: Date;
  region_code: string;
  total: number;
}

const toContact = (row: ContactRow): Contact => ({
  id: row.id,
  organizationId: row.organization_id,
  kind: row.kind as ContactKind,
  occurredOn: row.occurred_on,
  districtCode: row.district_code,
  staffUserId: row.staff_user_id,
  notes: row.notes,
  toldAboutOffer: row.told_about_offer,
  createdAt: row.created_at,
  regionCode: row.region_code,
});

/** The contact log: who of the front office was in touch with which actor, when and where. */
export class ContactService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventBus,
  ) {}

  async log(input: LogContactInput, identity: Identity, today = new Date()): Promise<Contact> {
    assertOrganizationId(input.organizationId, 'organizationId');
    const errors: FieldError[] = [];
    const date = parseIsoDate(input.occurredOn.trim());
    if (!date) errors.push({ field: 'occurredOn', code: 'INVALID_DATE', message: 'must be a date written YYYY-MM-DD' });
    else if (isAfterToday(date, today)) errors.push({ field: 'occurredOn', code: 'DATE_IN_FUTURE', message: 'cannot be in the future' });

    return this.dataSource.transaction(async (manager) => {
      // Shared lock: a merge of this organization waits for the contact, or the contact for the merge.
      const organization = await manager
        .getRepository(OrganizationEntity)
        .createQueryBuilder('o')
        .setLock('pessimistic_read')
        .where('o.id = :id', { id: input.organizationId })
        .getOne();
      if (!organization) throw new NotFoundError('Organization', input.organizationId, 'organizationId');
      assertRegionWrite(identity, organization.regionCode, 'registry', `the contact log of organization ${organization.id}`);
      const districtCode = input.districtCode ?? organization.districtCode;
      if (districtCode) {
        // Share-locked: an abolition of this district waits for the contact, or the contact sees it.
        const [district]: { region_code: string; abolished_on: string | null }[] = await manager.query(
          `SELECT region_code, abolished_on::text FROM registry.district WHERE code = $1 FOR SHARE`,
          [districtCode],
        );
        if (!district) errors.push({ field: 'districtCode', code: 'UNKNOWN_DISTRICT', message: `is not a district code (got "${districtCode}")` });
        else if (district.region_code !== organization.regionCode) {
          errors.push({ field: 'districtCode', code: 'DISTRICT_NOT_IN_REGION', message: `is not in the organization's region ${organization.regionCode}` });
        } else if (district.abolished_on) {
          // A contact counts for coverage of a district that exists; one in an abolished district names the one it took place in.
          const whose = input.districtCode ? '' : " (the organization's district; give the district the contact took place in)";
          errors.push({ field: 'districtCode', code: 'DISTRICT_ABOLISHED', message: abolishedMessage(districtCode, district.abolished_on) + whose });
        }
      }
      if (errors.length) throw new ValidationError(errors);

      const saved = await manager.getRepository(ContactEntity).save(
        manager.getRepository(ContactEntity).create({
          organizationId: organization.id,
          kind: input.kind,
          occurredOn: input.occurredOn.trim(),
          districtCode,
          staffUserId: identity.userId,
          notes: input.notes?.trim() || null,
          toldAboutOffer: input.toldAboutOffer,
        }),
      );
      await manager.query(`UPDATE registry.organization SET last_contact_on = GREATEST(last_contact_on, $2::date) WHERE id = $1`, [organization.id, saved.occurredOn]);
      await this.events.publish(manager, 'registry.contact-logged', {
        contactId: saved.id,
        organizationId: organization.id,
        regionCode: organization.regionCode,
        districtCode,
        kind: input.kind,
        occurredOn: saved.occurredOn,
        toldAboutOffer: saved.toldAboutOffer,
      });
      return { ...saved, kind: saved.kind as ContactKind, regionCode: organization.regionCode };
    });
  }

  /**
   * A page of contacts for every organization of the request in one statement (a window per
   * organization), newest first. Parents asking with the same arguments share a batch.
   */
  pageLoader(loaders: LoaderRegistry, first: number | null | undefined, after: string | null | undefined) {
    const limit = pageSize(first);
    const cursor = decodeCursor(after, 2);
    return loaders.get<string, ConnectionShape<Contact>>(`contact.pageByOrganization:${limit}:${after ?? ''}`, async (organizationIds) => {
      const rows: ContactRow[] = await this.dataSource.query(
        `WITH totals AS (
           SELECT organization_id, count(*)::int AS total FROM registry.contact WHERE organization_id = ANY($1::uuid[]) GROUP BY organization_id
         )
         SELECT page.*, totals.total FROM (
           SELECT c.id, c.organization_id, c.kind, c.occurred_on::text AS occurred_on, c.district_code, c.staff_user_id, c.notes,
                  c.told_about_offer, c.created_at, o.region_code,
                  row_number() OVER (PARTITION BY c.organization_id ORDER BY c.occurred_on DESC, c.id DESC) AS position
           FROM registry.contact c JOIN registry.organization o ON o.id = c.organization_id
           WHERE c.organization_id = ANY($1::uuid[])
             AND ($2::date IS NULL OR (c.occurred_on, c.id) < ($2::date, $3::uuid))
         ) page JOIN totals USING (organization_id)
         WHERE page.position <= $4
         ORDER BY page.organization_id, page.position`,
        [[...organizationIds], cursor?.[0] ?? null, cursor?.[1] ?? null, limit + 1],
      );
      const byOrganization = new Map<string, ContactRow[]>();
      for (const row of rows) byOrganization.set(row.organization_id, [...(byOrganization.get(row.organization_id) ?? []), row]);
      return organizationIds.map((id) => {
        const list = byOrganization.get(id) ?? [];
        const hasNextPage = list.length > limit;
        const page = list.slice(0, limit);
        const edges = page.map((row) => ({ node: toContact(row), cursor: encodeCursor([row.occurred_on, row.id]) }));
        return { edges, totalCount: list[0]?.total ?? 0, pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
      });
    });
  }
}
