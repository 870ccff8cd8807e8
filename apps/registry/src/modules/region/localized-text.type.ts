import { INHERIT_CACHE, TrilingualText } from '@birge/server-kit';
import { Directive, ObjectType } from 'type-graphql';

/** Shareable: the analytics subgraph explains a cooperation match's needs with the same type. */
@Directive('@shareable')
@Directive(INHERIT_CACHE)
@ObjectType({ description: 'A name in Kazakh, Russian and English.' })
export class LocalizedText extends TrilingualText {}
