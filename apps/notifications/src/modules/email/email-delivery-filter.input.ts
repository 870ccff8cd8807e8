import { Field, InputType } from 'type-graphql';
import { NotificationKind } from '../notification/notification-kind.enum';
import { EmailDeliveryStatus } from './email-delivery-status.enum';

@InputType({ description: 'Narrows the email delivery log; every given field must match.' })
export class EmailDeliveryFilter {
  @Field(() => EmailDeliveryStatus, { nullable: true, description: 'Only emails in this state.' })
  status?: EmailDeliveryStatus | null;

  @Field(() => NotificationKind, { nullable: true, description: 'Only emails about this kind of notification.' })
  kind?: NotificationKind | null;

  @Field(() => Date, { nullable: true, description: 'Queued at or after this time.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Queued before this time.' })
  to?: Date | null;
}
