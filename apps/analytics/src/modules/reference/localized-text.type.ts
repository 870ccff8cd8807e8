import { INHERIT_CACHE, TrilingualText } from '@birge/server-kit';
import { Directive, ObjectType } from 'type-graphql';

/** The registry's LocalizedText (shareable): a text in the three languages, here a cooperation match's needs explained. */
@Directive('@shareable')
@Directive(INHERIT_CACHE)
@ObjectType({ description: 'A name in Kazakh, Russian and English.' })
export class LocalizedText extends TrilingualText {}
