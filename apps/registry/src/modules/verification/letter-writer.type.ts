import { createUnionType, Field, Int, ObjectType } from 'type-graphql';
import { Sponsor } from '../directory/sponsor.type';
import { StateBody } from '../directory/state-body.type';

/** Who wrote a verification letter: a sponsor or partner of the directory, or a state body. */
export const LetterWriter = createUnionType({
  name: 'LetterWriter',
  description: 'The directory entry that wrote a verification letter: a sponsor or partner (Sponsor), or a state body such as an akimat (StateBody).',
  types: () => [Sponsor, StateBody] as const,
  resolveType: (entry) => ('writesRecommendationLetters' in entry ? Sponsor : StateBody),
});

@ObjectType({ description: "How many verification letters a directory entry wrote, of every region's organizations (no text)." })
export class VerificationLetterSummary {
  @Field(() => Int, { description: 'Letter checks naming it as the writer.' })
  written: number;

  @Field(() => Int, { description: 'Of those, the checks that passed.' })
  passed: number;

  @Field(() => Date, { nullable: true, description: 'When the latest of those checks got its outcome; null before the first.' })
  lastCheckedAt: Date | null;
}
