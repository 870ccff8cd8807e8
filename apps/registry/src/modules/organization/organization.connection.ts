import { ConnectionType } from '@birge/server-kit';
import { ObjectType } from 'type-graphql';
import { Organization } from './organization.type';

@ObjectType('OrganizationConnection')
export class OrganizationConnection extends ConnectionType(Organization, 'Organization') {}
