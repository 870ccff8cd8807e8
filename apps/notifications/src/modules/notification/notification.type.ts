import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { AssistanceRequest } from '../reference/assistance-request.type';
import { Booking } from '../reference/booking.type';
import { Organization } from '../reference/organization.type';
import { Region } from '../reference/region.type';
import { Training } from '../reference/training.type';
import { AssistanceRequestStatus } from './assistance-request-status.enum';
import { NotificationKind } from './notification-kind.enum';

@Directive('@key(fields: "id")')
@ObjectType({
  description:
    'A message in the inbox of front-office staff about something that happened in their region, for the whole office or for one ' +
    "member of it (a request's assignee). Nobody is notified of their own actions.",
})
export class Notification {
  @Field(() => ID, { description: 'Stable id; pass it to markNotificationRead.' })
  id: string;

  @Field(() => NotificationKind, { description: 'What it is about; decides which of the related records are set.' })
  kind: NotificationKind;

  @Field({ description: 'When the notification was created.' })
  createdAt: Date;

  @Field({ description: 'Whether the current user has marked it read; each user has their own read state.' })
  read: boolean;

  @Field({ description: 'Whether the current user has archived it (archived ones leave the inbox and are read).' })
  archived: boolean;

  @Field({ description: 'True when it is for the current user only (a request assigned to them), false when for the whole office.' })
  personal: boolean;

  @Field(() => Region, {
    nullable: true,
    description:
      'The region it happened in, whose staff it is for unless it is for the republican office. Null for an account or key of no region, or when the registry cannot be reached.',
  })
  region: Region | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The record concerned when it is not an organization, request, booking or training: the need (NEED_ESCALATED), the feedback thread (FEEDBACK_POSTED), ' +
      'the report or, before one is opened, the form (REPORT_*), the staff account (ACCOUNT_CREATED, PASSWORD_CHANGED), the API key (API_KEY_EXPIRING), the district code (DISTRICT_CONTACTS_STALE).',
  })
  subjectId: string | null;

  @Field(() => String, { nullable: true, description: 'The district concerned, when there is one (e.g. DISTRICT_CONTACTS_STALE).' })
  districtCode: string | null;

  @Field(() => Int, { nullable: true, description: 'For VERIFICATION_EXPIRING, REPORT_DUE_SOON and API_KEY_EXPIRING: how many days are left.' })
  daysLeft: number | null;

  @Field(() => Int, { nullable: true, description: 'For ASSISTANCE_REQUEST_RATED: the score the organization gave, 1 to 5.' })
  score: number | null;

  @Field(() => String, { nullable: true, description: 'For REPORT_*: the period of the report (`2026-Q1`, `2026-H2`, `2026-07` or `2026`).' })
  period: string | null;

  @Field(() => String, { nullable: true, description: 'For ANNOUNCEMENT: its title (the announcement itself is subjectId).' })
  title: string | null;

  @Field(() => Organization, { nullable: true, description: 'The organization concerned, when there is one.' })
  organization: Organization | null;

  @Field(() => AssistanceRequest, { nullable: true, description: 'The assistance request concerned, when there is one.' })
  assistanceRequest: AssistanceRequest | null;

  @Field(() => Booking, { nullable: true, description: 'For BOOKING_CONFIRMED and BOOKING_CANCELLED: the booking concerned.' })
  booking: Booking | null;

  @Field(() => ID, { nullable: true, description: 'For TRAINING_REMINDER: the training that starts soon.' })
  trainingId: string | null;

  @Field(() => Training, { nullable: true, description: 'For TRAINING_REMINDER: the training that starts soon, with its topic, time and venue.' })
  training: Training | null;

  @Field(() => ID, {
    nullable: true,
    description: 'For ASSISTANCE_REQUEST_ASSIGNED: the staff member now responsible (null: unassigned); for a status change: the assignee then.',
  })
  assigneeId: string | null;

  @Field(() => ID, { nullable: true, description: 'For ASSISTANCE_REQUEST_ASSIGNED: who was responsible before (null: nobody).' })
  previousAssigneeId: string | null;

  @Field(() => AssistanceRequestStatus, {
    nullable: true,
    description: 'For ASSISTANCE_REQUEST_STATUS_CHANGED: the status the request left. Null for other kinds and for notifications stored before it was kept.',
  })
  fromStatus: AssistanceRequestStatus | null;

  @Field(() => AssistanceRequestStatus, {
    nullable: true,
    description: 'For ASSISTANCE_REQUEST_STATUS_CHANGED: the status the request moved to; for ASSISTANCE_REQUEST_SUBMITTED: its first status.',
  })
  toStatus: AssistanceRequestStatus | null;
}
