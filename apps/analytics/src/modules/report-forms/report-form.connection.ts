import { ConnectionType } from '@birge/server-kit';
import { ObjectType } from 'type-graphql';
import { ReportForm } from './report-form.type';

@ObjectType('ReportFormConnection', { description: 'A page of report forms, the most recently made first.' })
export class ReportFormConnection extends ConnectionType(ReportForm, 'ReportForm') {}
