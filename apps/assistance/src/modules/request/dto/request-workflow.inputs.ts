import { IdField, OptionalField, OptionalTextField, RequiredTextField, VersionField } from '@birge/server-kit';
import { IsInt, IsOptional, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { AssistanceOutcomeResult, AssistanceRequestStatus } from '../assistance-enums';

const NOT_A_REQUEST_ID = 'is not an assistance request id (a UUID)';

@InputType({ description: 'What came of the request; required when resolving it.' })
export class AssistanceOutcomeInput {
  @Field(() => AssistanceOutcomeResult, { description: "One of the results the request's sub-type allows (see assistanceCatalog)." })
  result: AssistanceOutcomeResult;

  @OptionalTextField(2000, 'What was done (at most 2000 characters).')
  note?: string | null;

  @OptionalTextField(2000, 'An http(s) link to the evidence; required for PUBLICATION_MADE.')
  link?: string | null;
}

@InputType({ description: 'A referral to a state body; required when a request starts waiting on one. Name the body by stateBodyId or stateBody.' })
export class StateBodyReferralInput {
  @Field(() => ID, {
    nullable: true,
    description:
      'The state body of the directory (stateBodies); the referral is then named by its Kazakh name and counts in its history. ' +
      'UNKNOWN_STATE_BODY or STATE_BODY_ARCHIVED on referral.stateBodyId otherwise.',
  })
  @IsOptional()
  stateBodyId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Which state body, as free text (2 to 300 characters), e.g. "Akimat of Almaty, department of internal policy", for a body not in the directory; ignored with stateBodyId.',
  })
  @IsOptional()
  @MinLength(2, { message: 'must be at least 2 characters' })
  @MaxLength(300, { message: 'must be at most 300 characters' })
  stateBody?: string | null;

  @OptionalField(() => String, 'The day (YYYY-MM-DD) it was referred; today when omitted.')
  referredOn?: string | null;

  @OptionalTextField(2000, 'What was asked of the body (at most 2000 characters).')
  note?: string | null;
}

@InputType({ description: 'Moves a request to another status of its workflow.' })
export class ChangeAssistanceRequestStatusInput {
  @IdField('The request.', NOT_A_REQUEST_ID)
  id: string;

  @VersionField('The version you last read; a stale one is refused with CONFLICT (reason STALE_VERSION).')
  version: number;

  @Field(() => AssistanceRequestStatus, { description: "The new status; one of the request's allowedTransitions." })
  status: AssistanceRequestStatus;

  @OptionalTextField(2000, 'The reason or a remark; required when declining (at most 2000 characters).')
  comment?: string | null;

  @OptionalField(() => AssistanceOutcomeInput, 'Required with RESOLVED, refused otherwise.')
  @ValidateNested()
  outcome?: AssistanceOutcomeInput | null;

  @OptionalField(() => StateBodyReferralInput, 'Required with WAITING_ON_STATE_BODY, refused otherwise.')
  @ValidateNested()
  referral?: StateBodyReferralInput | null;
}

@InputType({ description: 'Gives a request to a staff member, or takes it back.' })
export class AssignAssistanceRequestInput {
  @IdField('The request.', NOT_A_REQUEST_ID)
  id: string;

  @VersionField('The version you last read.')
  version: number;

  @OptionalField(() => ID, 'The staff member (a user id); null to unassign.')
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(200, { message: 'must be at most 200 characters' })
  assigneeId?: string | null;
}

@InputType({ description: "A comment on a request's timeline. Comments change nothing else, so they need no version." })
export class CommentOnAssistanceRequestInput {
  @IdField('The request.', NOT_A_REQUEST_ID)
  id: string;

  @RequiredTextField(4000, 'The comment (1 to 4000 characters).')
  text: string;
}

@InputType({ description: "Records a state body's answer to a referral." })
export class RecordStateBodyAnswerInput {
  @IdField('The request.', NOT_A_REQUEST_ID)
  id: string;

  @VersionField('The version of the request you last read.')
  version: number;

  @IdField('The referral answered.', 'is not a referral id (a UUID)')
  referralId: string;

  @RequiredTextField(4000, "The body's answer (1 to 4000 characters).")
  answer: string;

  @OptionalField(() => String, 'The day (YYYY-MM-DD) the answer came; today when omitted.')
  answeredOn?: string | null;
}

@InputType({ description: "The requester's rating of the help; only once, and only after the request was resolved." })
export class RateAssistanceRequestInput {
  @IdField('The request.', NOT_A_REQUEST_ID)
  id: string;

  @VersionField('The version you last read.')
  version: number;

  @Field(() => Int, { description: '1 (poor) to 5 (excellent).' })
  @IsInt({ message: 'must be an integer' })
  @Min(1, { message: 'must be between 1 and 5' })
  @Max(5, { message: 'must be between 1 and 5' })
  score: number;

  @OptionalTextField(2000, 'A comment (at most 2000 characters).')
  comment?: string | null;
}
