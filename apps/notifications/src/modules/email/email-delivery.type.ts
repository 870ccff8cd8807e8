import { Field, ID, Int, ObjectType } from 'type-graphql';
import { NotificationKind } from '../notification/notification-kind.enum';
import { EmailDeliveryStatus } from './email-delivery-status.enum';

@ObjectType({ description: 'One email of a notification to one staff member, as the delivery log records it. Republican administrators only.' })
export class EmailDelivery {
  @Field(() => ID, { description: 'Stable id of the log entry.' })
  id: string;

  @Field(() => NotificationKind, { description: 'What the email is about.' })
  kind: NotificationKind;

  @Field(() => EmailDeliveryStatus, { description: 'Queued, being sent, sent, or failed.' })
  status: EmailDeliveryStatus;

  @Field({ description: 'The address it is written to.' })
  email: string;

  @Field(() => ID, { description: 'The staff account it is for.' })
  recipientId: string;

  @Field({ description: 'The language it is written in: kk, ru or en (the recipient’s).' })
  language: string;

  @Field({ description: 'Its Message-ID header, derived from the event and the recipient: a repeat carries the same one.' })
  messageId: string;

  @Field(() => ID, { description: 'The event it tells of.' })
  eventId: string;

  @Field(() => Int, { description: 'How many times it was handed to the SMTP server.' })
  attempts: number;

  @Field(() => Date, { nullable: true, description: 'When it was last tried.' })
  lastAttemptAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'While QUEUED: not before this time.' })
  nextAttemptAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the SMTP server took it.' })
  sentAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The SMTP server’s answer (or the connection error) of the last failed attempt.' })
  failureReason: string | null;

  @Field(() => Int, { nullable: true, description: 'The SMTP reply code of the last attempt (250 when sent), when the server answered.' })
  responseCode: number | null;

  @Field({ description: 'When it was queued.' })
  createdAt: Date;
}
