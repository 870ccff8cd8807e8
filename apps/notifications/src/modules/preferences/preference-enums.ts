import { registerEnumType } from 'type-graphql';

export enum NotificationChannel {
  IN_APP = 'IN_APP',
  EMAIL = 'EMAIL',
}

export enum DeliveryMode {
  IMMEDIATE = 'IMMEDIATE',
  DAILY = 'DAILY',
  WEEKLY = 'WEEKLY',
  OFF = 'OFF',
}

registerEnumType(NotificationChannel, { name: 'NotificationChannel', description: 'Where a notification reaches its reader: in the app (the inbox) or by e-mail.' });
registerEnumType(DeliveryMode, {
  name: 'DeliveryMode',
  description: 'How: at once (IMMEDIATE), gathered into a daily or weekly e-mail digest (DAILY, WEEKLY; e-mail only, built at DIGEST_HOUR in Asia/Almaty), or not at all (OFF).',
});
