import { INHERIT_CACHE, TrilingualText } from '@birge/server-kit';
import { Directive, ObjectType } from 'type-graphql';

@Directive(INHERIT_CACHE)
@ObjectType({ description: 'A label of the assistance catalog in Kazakh, Russian and English.' })
export class AssistanceLabel extends TrilingualText {}
