import { Field, InputType } from 'type-graphql';
import { NotificationKind } from './notification-kind.enum';

@InputType({ description: "Narrows the current user's notifications; every field is optional and they combine." })
export class NotificationFilter {
  @Field(() => NotificationKind, { nullable: true, description: 'Only notifications of this kind.' })
  kind?: NotificationKind | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only those the current user has read; false: only unread ones; omitted: both.' })
  read?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only those the current user has archived; false or omitted: the inbox, without archived ones.',
  })
  archived?: boolean | null;
}
