import { ConnectionType } from '@birge/server-kit';
import { ObjectType } from 'type-graphql';
import { Organization } from './organization.type';

@ObjectType('OrganizationConnection', { description: 'A page of organizations with the total under the filter.' })
export class OrganizationConnection extends ConnectionType(Organization, 'Organization') {}
