import { Field, ObjectType } from 'type-graphql';
import { AssistanceOutcomeResult } from './assistance-enums';

@ObjectType({ description: 'What came of a resolved request, recorded when it was resolved.' })
export class AssistanceOutcome {
  @Field(() => AssistanceOutcomeResult, { description: 'The result; one of those its sub-type allows.' })
  result: AssistanceOutcomeResult;

  @Field(() => String, { nullable: true, description: 'What was done, in the staff member\'s words.' })
  note: string | null;

  @Field(() => String, { nullable: true, description: 'Evidence: the publication\'s address for PUBLICATION_MADE, otherwise optional.' })
  link: string | null;

  @Field({ description: 'When the request was resolved.' })
  resolvedAt: Date;
}
