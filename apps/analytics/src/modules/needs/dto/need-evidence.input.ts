import { NEED_LIMITS } from '@birge/shared-reference';
import { ArrayMaxSize, ArrayUnique, IsOptional, IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

const MAX = NEED_LIMITS.evidenceMaxPerKind;
const list = { message: `must list at most ${MAX} records` };
const unique = { message: 'must not list a record twice' };
const ids = (what: string) => ({ each: true, message: `must list ${what} ids (UUIDs)` });

@InputType({ description: `The records a need rests on, by kind; at most ${MAX} of each, each once. A list given replaces the one stored; one left out stays as it is.` })
export class NeedEvidenceInput {
  @Field(() => [ID], { nullable: true, description: 'Ids of organizations, initiative groups or volunteers of the registry.' })
  @IsOptional()
  @ArrayMaxSize(MAX, list)
  @ArrayUnique(undefined, unique)
  @IsUUID('all', ids('organization'))
  organizationIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: "Ids of the registry's contact-log entries." })
  @IsOptional()
  @ArrayMaxSize(MAX, list)
  @ArrayUnique(undefined, unique)
  @IsUUID('all', ids('contact'))
  contactIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Ids of assistance requests.' })
  @IsOptional()
  @ArrayMaxSize(MAX, list)
  @ArrayUnique(undefined, unique)
  @IsUUID('all', ids('assistance request'))
  assistanceRequestIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Ids of trainings.' })
  @IsOptional()
  @ArrayMaxSize(MAX, list)
  @ArrayUnique(undefined, unique)
  @IsUUID('all', ids('training'))
  trainingIds?: string[] | null;
}
