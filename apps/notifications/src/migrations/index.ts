import { CreateNotifications1764070000000 } from './1764070000000-CreateNotifications';
import { AssistanceNotificationKinds1764310000000 } from './1764310000000-AssistanceNotificationKinds';
import { InboxTargeting1765320000000 } from './1765320000000-InboxTargeting';
import { SourcesAndEmail1765500000000 } from './1765500000000-SourcesAndEmail';
import { AnnouncementsAndPreferences1765600000000 } from './1765600000000-AnnouncementsAndPreferences';
import { AnnouncementGuides1766000400000 } from './1766000400000-AnnouncementGuides';

/** Every migration of the notifications schema, oldest first. */
export const notificationsMigrations = [
  CreateNotifications1764070000000,
  AssistanceNotificationKinds1764310000000,
  InboxTargeting1765320000000,
  SourcesAndEmail1765500000000,
  AnnouncementsAndPreferences1765600000000,
  AnnouncementGuides1766000400000,
];
