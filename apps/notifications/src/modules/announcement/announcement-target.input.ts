import { ArrayMaxSize, IsEnum, IsOptional } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { Direction, OrganizationKind, VerificationStatus } from './announcement-enums';

const ANY = 'Empty or omitted: any.';

@InputType({
  description:
    'Who an announcement is for: organizations matching every non-empty list (a list matches any of its values). Regional staff may target ' +
    'their own region only (regionCodes empty means their region).',
})
export class AnnouncementTargetInput {
  @Field(() => [String], { nullable: true, description: `Regions by KATO code (up to 20). ${ANY}` })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'at most 20 regions' })
  regionCodes?: string[] | null;

  @Field(() => [String], { nullable: true, description: `Districts by KATO code, each within one of regionCodes (up to 300). ${ANY}` })
  @IsOptional()
  @ArrayMaxSize(300, { message: 'at most 300 districts' })
  districtCodes?: string[] | null;

  @Field(() => [Direction], { nullable: true, description: `Directions of volunteering; an organization working in any of them matches. ${ANY}` })
  @IsOptional()
  @ArrayMaxSize(12)
  @IsEnum(Direction, { each: true })
  directions?: Direction[] | null;

  @Field(() => [OrganizationKind], { nullable: true, description: `Kinds of actor. ${ANY}` })
  @IsOptional()
  @ArrayMaxSize(3)
  @IsEnum(OrganizationKind, { each: true })
  organizationKinds?: OrganizationKind[] | null;

  @Field(() => [VerificationStatus], { nullable: true, description: `Verification statuses as stored (VERIFIED includes a verification that has run out). ${ANY}` })
  @IsOptional()
  @ArrayMaxSize(5)
  @IsEnum(VerificationStatus, { each: true })
  verificationStatuses?: VerificationStatus[] | null;
}
