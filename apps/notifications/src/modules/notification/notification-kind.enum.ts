import { registerEnumType } from 'type-graphql';

export enum NotificationKind {
  ASSISTANCE_REQUEST_SUBMITTED = 'ASSISTANCE_REQUEST_SUBMITTED',
  ASSISTANCE_REQUEST_ASSIGNED = 'ASSISTANCE_REQUEST_ASSIGNED',
  ASSISTANCE_REQUEST_STATUS_CHANGED = 'ASSISTANCE_REQUEST_STATUS_CHANGED',
  ASSISTANCE_REQUEST_OVERDUE = 'ASSISTANCE_REQUEST_OVERDUE',
  BOOKING_CONFIRMED = 'BOOKING_CONFIRMED',
  BOOKING_CANCELLED = 'BOOKING_CANCELLED',
  TRAINING_REMINDER = 'TRAINING_REMINDER',
}

registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'What a notification is about.',
  valuesConfig: {
    ASSISTANCE_REQUEST_SUBMITTED: { description: 'An organization of the region asked the front office for help.' },
    ASSISTANCE_REQUEST_ASSIGNED: { description: 'A request was given to a staff member (assigneeId), or unassigned.' },
    ASSISTANCE_REQUEST_STATUS_CHANGED: { description: 'A request moved to another status of its workflow.' },
    ASSISTANCE_REQUEST_OVERDUE: { description: 'A request is still open after its due date.' },
    BOOKING_CONFIRMED: { description: 'A room or piece of equipment was booked for an organization.' },
    BOOKING_CANCELLED: { description: 'A booking was cancelled; its slot is free again.' },
    TRAINING_REMINDER: { description: 'A training of the front office starts soon; one per registered organization (organization, trainingId).' },
  },
});
