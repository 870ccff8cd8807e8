import { ConnectionType } from '@birge/server-kit';
import { ObjectType } from 'type-graphql';
import { Need } from './need.type';

@ObjectType('NeedConnection', { description: 'A page of the needs register, the most recently recorded first.' })
export class NeedConnection extends ConnectionType(Need, 'Need') {}
