import { ConnectionType } from '@birge/server-kit';
import { ObjectType } from 'type-graphql';
import { Notification } from './notification.type';

@ObjectType('NotificationConnection', { description: 'A page of notifications, newest first.' })
export class NotificationConnection extends ConnectionType(Notification, 'Notification') {}
