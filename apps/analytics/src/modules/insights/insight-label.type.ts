import { TrilingualText } from '@birge/server-kit';
import { ObjectType } from 'type-graphql';

@ObjectType({ description: 'A label of the analytics API in Kazakh, Russian and English.' })
export class InsightLabel extends TrilingualText {}
