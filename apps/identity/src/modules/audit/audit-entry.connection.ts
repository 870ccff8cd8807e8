import { ConnectionType } from '@birge/server-kit';
import { ObjectType } from 'type-graphql';
import { AuditEntry } from './audit-entry.type';

@ObjectType('AuditEntryConnection', { description: 'A page of audit log entries.' })
export class AuditEntryConnection extends ConnectionType(AuditEntry, 'AuditEntry') {}
