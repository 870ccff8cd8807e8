import { IsEnum } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';
import { NotificationKind } from '../notification/notification-kind.enum';
import { DeliveryMode, NotificationChannel } from './preference-enums';

@ObjectType({ description: 'How the current user gets one kind of notification on one channel.' })
export class NotificationPreference {
  @Field(() => NotificationKind, { description: 'The kind of notification.' })
  kind: NotificationKind;

  @Field(() => NotificationChannel, { description: 'In the app or by e-mail.' })
  channel: NotificationChannel;

  @Field(() => DeliveryMode, { description: 'IMMEDIATE unless the user chose otherwise.' })
  mode: DeliveryMode;
}

@InputType({ description: 'One choice: a kind on a channel, and how.' })
export class NotificationPreferenceInput {
  @Field(() => NotificationKind, { description: 'The kind of notification.' })
  @IsEnum(NotificationKind)
  kind: NotificationKind;

  @Field(() => NotificationChannel, { description: 'In the app or by e-mail.' })
  @IsEnum(NotificationChannel)
  channel: NotificationChannel;

  @Field(() => DeliveryMode, { description: 'IN_APP takes IMMEDIATE or OFF only (BAD_USER_INPUT IN_APP_NO_DIGEST).' })
  @IsEnum(DeliveryMode)
  mode: DeliveryMode;
}
