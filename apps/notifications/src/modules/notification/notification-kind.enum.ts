import { registerEnumType } from 'type-graphql';

export enum NotificationKind {
  ASSISTANCE_REQUEST_SUBMITTED = 'ASSISTANCE_REQUEST_SUBMITTED',
}

registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'What a notification is about.',
  valuesConfig: {
    ASSISTANCE_REQUEST_SUBMITTED: { description: 'An organization of the region asked the front office for help.' },
  },
});
