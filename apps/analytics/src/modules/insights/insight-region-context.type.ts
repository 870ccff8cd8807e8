import { AccessRestriction, ListSize, PERSONAL_DATA_HIDDEN_DESCRIPTION, PersonalData } from '@birge/server-kit';
import { Field, Int, ObjectType } from 'type-graphql';
import { Need } from '../needs/need.type';
import { Region } from '../region/region.type';

/** How many open needs a region's context lists (the count says how many there are in all). */
export const CONTEXT_NEEDS = 5;

@ObjectType({
  description:
    "What a region's figures must be read with (anti-vanity: counts alone never judge a front office): its open needs from the needs " +
    'and problems register, and the narrative of its last accepted report.',
})
export class InsightRegionContext {
  @Field(() => Region, { description: 'The region.' })
  region: Region;

  @Field(() => Int, { description: "Entries of the region's needs register still open (not resolved nor closed), as of now." })
  openNeedCount: number;

  @ListSize(CONTEXT_NEEDS)
  @Field(() => [Need], { description: `The ${CONTEXT_NEEDS} most recently recorded open needs of the region.` })
  openNeeds: Need[];

  @PersonalData()
  @Field(() => String, {
    nullable: true,
    description:
      "Personal data (free text that may name people). The narrative of the region's last accepted periodic report (its text answers, in the " +
      "form's order); null while the region has none accepted, or when withheld from you (see personalDataHidden; lastReportPeriod still tells).",
  })
  lastReportNarrative: string | null;

  @Field(() => String, { nullable: true, description: 'The period of that report (e.g. 2026-Q1); null with the narrative.' })
  lastReportPeriod: string | null;

  @Field(() => AccessRestriction, { nullable: true, description: PERSONAL_DATA_HIDDEN_DESCRIPTION })
  personalDataHidden?: AccessRestriction | null;

  /** The region, which decides who reads the narrative. */
  regionCode: string;
}
