import { TrainingAudience, TrainingRegistrationStatus } from '@birge/shared-reference';
import { registerEnumType } from 'type-graphql';

/** Whether a training still takes place. */
export enum TrainingStatus {
  SCHEDULED = 'SCHEDULED',
  CANCELLED = 'CANCELLED',
}

/** What the front office recorded about a registered organization once the training had begun. */
export enum TrainingAttendance {
  ATTENDED = 'ATTENDED',
  NO_SHOW = 'NO_SHOW',
}

registerEnumType(TrainingAudience, {
  name: 'TrainingAudience',
  description: 'Who a training is for: NGO staff, initiative group members or volunteer leaders.',
});
registerEnumType(TrainingRegistrationStatus, {
  name: 'TrainingRegistrationStatus',
  description: 'REGISTERED holds seats; WAITLISTED waits for seats in order of arrival; CANCELLED has given its place up.',
});
registerEnumType(TrainingStatus, {
  name: 'TrainingStatus',
  description: 'SCHEDULED takes place as planned; CANCELLED will not take place (it takes no registrations).',
});
registerEnumType(TrainingAttendance, {
  name: 'TrainingAttendance',
  description: 'ATTENDED: the organization came; NO_SHOW: it held seats and did not come.',
});

export { TrainingAudience, TrainingRegistrationStatus };
