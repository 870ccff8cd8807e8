import { defineConsumer, type EventConsumer } from '@birge/server-kit';
import { VerificationStatus } from '@birge/shared-reference';
import { insertNotification, notifyOn, officeNotice } from './notification-facts';
import { NotificationKind } from './notification-kind.enum';

/**
 * The registry's notifications, all for the region's office (its staff and the national roles):
 * an organization registered or verified, a verification running out, a district nobody has been
 * in touch with. The last two come from the registry's daily sweep, once per case: nobody acted.
 */
export const registryConsumers: readonly EventConsumer[] = [
  notifyOn('registry.organization-registered', (p) =>
    officeNotice(NotificationKind.ORGANIZATION_REGISTERED, p, { districtCode: p.districtCode, detail: { name: p.name, organizationKind: p.kind } }),
  ),
  defineConsumer({
    event: 'registry.organization-verification-changed',
    // Every derivation is announced; the office hears of one that makes an organization verified
    // (not of a further check of one that already was).
    handle: async (manager, { eventId, payload: p }) => {
      if (p.status !== VerificationStatus.VERIFIED || p.previousStatus === VerificationStatus.VERIFIED) return;
      await insertNotification(manager, eventId, officeNotice(NotificationKind.ORGANIZATION_VERIFIED, p, { detail: { verifiedAt: p.verifiedAt } }));
    },
  }),
  notifyOn('registry.verification-expiring', (p) =>
    officeNotice(NotificationKind.VERIFICATION_EXPIRING, p, { districtCode: p.districtCode, detail: { expiresAt: p.expiresAt, daysLeft: p.daysLeft } }),
  ),
  notifyOn('registry.district-contacts-stale', (p) =>
    officeNotice(NotificationKind.DISTRICT_CONTACTS_STALE, p, {
      districtCode: p.districtCode,
      subjectId: p.districtCode,
      detail: { lastContactOn: p.lastContactOn, organizations: p.organizations, windowMonths: p.windowMonths },
    }),
  ),
];
