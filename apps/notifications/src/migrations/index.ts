import { CreateNotifications1764070000000 } from './1764070000000-CreateNotifications';

/** Every migration of the notifications schema, oldest first. */
export const notificationsMigrations = [CreateNotifications1764070000000];
