import { OptionalTextField } from '@birge/server-kit';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { Organization } from '../organization/organization.type';

@ObjectType({ description: 'A registered record whose name is close to the one being entered, in the same region.' })
export class PossibleDuplicate {
  @Field(() => Organization, { description: 'The registered record.' })
  organization: Organization;

  @Field(() => Float, { description: 'Trigram similarity of the folded names, 0 to 1 (Kazakh, Russian and Latin spellings compared alike).' })
  similarity: number;
}

@InputType({ description: 'The names of a record being entered, to look for possible duplicates among registered ones.' })
export class PossibleDuplicatesInput {
  @Field({ description: 'The display name.' })
  @MaxLength(200, { message: 'must be at most 200 characters' })
  name: string;

  @OptionalTextField(200, 'The name in Kazakh.')
  nameKk?: string | null;

  @OptionalTextField(200, 'The name in Russian.')
  nameRu?: string | null;

  @OptionalTextField(200, 'The name in Latin letters.')
  nameLatin?: string | null;

  @Field(() => ID, { description: 'KATO code of the region: duplicates are looked for in the same region.' })
  regionCode: string;

  @Field(() => ID, { nullable: true, description: 'Leave this record out (when editing it).' })
  @IsOptional()
  excludeId?: string | null;
}

@InputType({ description: 'Two records of one actor: `mergeId` is folded into `keepId` and then no longer exists.' })
export class MergeOrganizationsInput {
  @Field(() => ID, { description: 'The record that stays.' })
  keepId: string;

  @Field(() => ID, { description: 'The record that goes; its id keeps resolving to the kept record.' })
  mergeId: string;

  @Field(() => Int, { nullable: true, description: 'Optional optimistic lock: the version of the kept record you read (STALE_VERSION otherwise).' })
  @IsOptional()
  keepVersion?: number | null;
}
