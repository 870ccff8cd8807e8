import { ConnectionType } from '@birge/server-kit';
import { ObjectType } from 'type-graphql';
import { StaffAccount } from './staff-account.type';

@ObjectType('StaffAccountConnection', { description: 'A page of staff accounts.' })
export class StaffAccountConnection extends ConnectionType(StaffAccount, 'StaffAccount') {}
