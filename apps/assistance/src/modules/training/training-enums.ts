import { graphqlEnum, type EnumValue, registerGraphqlEnum } from '@birge/server-kit';
import { TrainingAudience, TrainingRegistrationStatus } from '@birge/shared-reference';

/** Whether a training still takes place. */
export const TrainingStatus = graphqlEnum('TrainingStatus', 'SCHEDULED takes place as planned; CANCELLED will not take place (it takes no registrations).', [
  'SCHEDULED',
  'CANCELLED',
]);
export type TrainingStatus = EnumValue<typeof TrainingStatus>;

/** What the front office recorded about a registered organization once the training had begun. */
export const TrainingAttendance = graphqlEnum('TrainingAttendance', 'ATTENDED: the organization came; NO_SHOW: it held seats and did not come.', ['ATTENDED', 'NO_SHOW']);
export type TrainingAttendance = EnumValue<typeof TrainingAttendance>;

registerGraphqlEnum(TrainingAudience, 'TrainingAudience', 'Who a training is for: NGO staff, initiative group members or volunteer leaders.');
registerGraphqlEnum(
  TrainingRegistrationStatus,
  'TrainingRegistrationStatus',
  'REGISTERED holds seats; WAITLISTED waits for seats in order of arrival; CANCELLED has given its place up.',
);

export { TrainingAudience, TrainingRegistrationStatus };
