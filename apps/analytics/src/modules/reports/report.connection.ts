import { ConnectionType } from '@birge/server-kit';
import { ObjectType } from 'type-graphql';
import { Report } from './report.type';

@ObjectType('ReportConnection', { description: 'A page of periodic reports, the most recently changed first.' })
export class ReportConnection extends ConnectionType(Report, 'Report') {}
