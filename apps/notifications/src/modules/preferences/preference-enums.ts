import { graphqlEnum, type EnumValue } from '@birge/server-kit';

export const NotificationChannel = graphqlEnum('NotificationChannel', 'Where a notification reaches its reader: in the app (the inbox) or by e-mail.', ['IN_APP', 'EMAIL']);
export type NotificationChannel = EnumValue<typeof NotificationChannel>;

export const DeliveryMode = graphqlEnum(
  'DeliveryMode',
  'How: at once (IMMEDIATE), gathered into a daily or weekly e-mail digest (DAILY, WEEKLY; e-mail only, built at DIGEST_HOUR in Asia/Almaty), or not at all (OFF).',
  ['IMMEDIATE', 'DAILY', 'WEEKLY', 'OFF'],
);
export type DeliveryMode = EnumValue<typeof DeliveryMode>;
