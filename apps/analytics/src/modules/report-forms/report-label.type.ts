import { TrilingualText } from '@birge/server-kit';
import { ObjectType } from 'type-graphql';

@ObjectType({ description: 'A text of a report form (a title, a label, a hint) in Kazakh, Russian and English, as its designer wrote it.' })
export class ReportLabel extends TrilingualText {}
