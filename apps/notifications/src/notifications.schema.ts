import { buildFederatedSchema, roleAuthChecker } from '@birge/server-kit';
import type { GraphQLSchema } from 'graphql';
import { AnnouncementResolver } from './modules/announcement/announcement.resolver';
import { AnnouncementGuidesResolver } from './modules/announcement/announcement-guides.resolver';
import { EmailDeliveryResolver } from './modules/email/email-delivery.resolver';
import { NotificationResolver } from './modules/notification/notification.resolver';
import { notificationReferences } from './modules/notification/notification.reference';
import { PreferencesResolver } from './modules/preferences/preferences.resolver';
import { AssistanceRequest } from './modules/reference/assistance-request.type';
import { Booking } from './modules/reference/booking.type';
import { Organization } from './modules/reference/organization.type';
import { Region } from './modules/reference/region.type';
import { Training } from './modules/reference/training.type';
import { Guide } from './modules/reference/guide.type';

export function buildNotificationsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [NotificationResolver, EmailDeliveryResolver, AnnouncementResolver, AnnouncementGuidesResolver, PreferencesResolver],
    authChecker: roleAuthChecker,
    // Entities owned by the registry and assistance, referenced by their keys only.
    orphanedTypes: [Region, Organization, AssistanceRequest, Booking, Training, Guide],
    referenceResolvers: { ...notificationReferences },
  });
}
