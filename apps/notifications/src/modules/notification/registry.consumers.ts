import { defineConsumer, type EventConsumer } from '@birge/server-kit';
import { VerificationStatus } from '@birge/shared-reference';
import { insertNotification, notifyOn } from './notification-facts';
import { NotificationKind } from './notification-kind.enum';

/**
 * The registry's notifications, all for the region's office (its staff and the national roles):
 * an organization registered or verified, a verification running out, a district nobody has been
 * in touch with. The last two come from the registry's daily sweep, once per case: nobody acted.
 */
export const registryConsumers: readonly EventConsumer[] = [
  notifyOn('registry.organization-registered', (p) => ({
    kind: NotificationKind.ORGANIZATION_REGISTERED,
    regionCode: p.regionCode,
    districtCode: p.districtCode,
    organizationId: p.organizationId,
    detail: { name: p.name, organizationKind: p.kind },
    recipientId: null,
    actorId: p.actorId ?? null,
  })),
  defineConsumer({
    event: 'registry.organization-verification-changed',
    // Every derivation is announced; the office hears of one that makes an organization verified
    // (not of a further check of one that already was).
    handle: async (manager, { eventId, payload: p }) => {
      if (p.status !== VerificationStatus.VERIFIED || p.previousStatus === VerificationStatus.VERIFIED) return;
      await insertNotification(manager, eventId, {
        kind: NotificationKind.ORGANIZATION_VERIFIED,
        regionCode: p.regionCode,
        organizationId: p.organizationId,
        detail: { verifiedAt: p.verifiedAt },
        recipientId: null,
        actorId: p.actorId ?? null,
      });
    },
  }),
  notifyOn('registry.verification-expiring', (p) => ({
    kind: NotificationKind.VERIFICATION_EXPIRING,
    regionCode: p.regionCode,
    districtCode: p.districtCode,
    organizationId: p.organizationId,
    detail: { expiresAt: p.expiresAt, daysLeft: p.daysLeft },
    recipientId: null,
    actorId: null,
  })),
  notifyOn('registry.district-contacts-stale', (p) => ({
    kind: NotificationKind.DISTRICT_CONTACTS_STALE,
    regionCode: p.regionCode,
    districtCode: p.districtCode,
    subjectId: p.districtCode,
    detail: { lastContactOn: p.lastContactOn, organizations: p.organizations, windowMonths: p.windowMonths },
    recipientId: null,
    actorId: null,
  })),
];
