import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { FeedbackThreadStatus, FeedbackTopic } from '../feedback-enums';

@InputType({ description: 'Narrows the feedback threads; every field given must match.' })
export class FeedbackThreadFilter {
  @Field(() => ID, { nullable: true, description: "Only this region's threads (KATO code). Regional staff: their own region (the default); another is FORBIDDEN (OTHER_REGION)." })
  @IsOptional()
  @MaxLength(20, { message: 'must be at most 20 characters' })
  regionCode?: string | null;

  @Field(() => FeedbackThreadStatus, { nullable: true, description: 'Only open, or only closed, threads.' })
  @IsOptional()
  status?: FeedbackThreadStatus | null;

  @Field(() => FeedbackTopic, { nullable: true, description: 'Only threads of this topic.' })
  @IsOptional()
  topic?: FeedbackTopic | null;
}
