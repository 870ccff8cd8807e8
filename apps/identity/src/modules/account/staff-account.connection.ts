import { ConnectionType } from '@birge/server-kit';
import { ObjectType } from 'type-graphql';
import { StaffAccount } from './staff-account.type';

@ObjectType('StaffAccountConnection')
export class StaffAccountConnection extends ConnectionType(StaffAccount, 'StaffAccount') {}
