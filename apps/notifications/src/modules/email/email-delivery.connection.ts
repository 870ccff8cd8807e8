import { ConnectionType } from '@birge/server-kit';
import { ObjectType } from 'type-graphql';
import { EmailDelivery } from './email-delivery.type';

@ObjectType('EmailDeliveryConnection', { description: 'A page of the email delivery log, newest first.' })
export class EmailDeliveryConnection extends ConnectionType(EmailDelivery, 'EmailDelivery') {}
