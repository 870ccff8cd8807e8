import { defineConsumer } from '@birge/server-kit';

/** Contacts of the registry's log, for district coverage; one of an organization merged away counts for the kept one. */
export const contactFactConsumers = [
  defineConsumer({
    event: 'registry.contact-logged',
    handle: async (manager, event) => {
      const p = event.payload;
      await manager.query(
        `INSERT INTO analytics.contact_fact (contact_id, organization_id, region_code, district_code, kind, occurred_on, told_about_offer)
         SELECT $1::uuid, COALESCE((SELECT merged_into FROM analytics.organization_fact WHERE organization_id = $2::uuid), $2::uuid), $3::text, $4::text, $5::text, $6::date, $7::boolean
         ON CONFLICT (contact_id) DO NOTHING`,
        [p.contactId, p.organizationId, p.regionCode, p.districtCode, p.kind, p.occurredOn, p.toldAboutOffer],
      );
    },
  }),
];
