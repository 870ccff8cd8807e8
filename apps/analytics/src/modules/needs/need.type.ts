import { AccessRestriction, PERSONAL_DATA_HIDDEN_DESCRIPTION, PersonalData } from '@birge/server-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { District } from '../region/district.type';
import { Region } from '../region/region.type';
import { NeedKind, NeedStatus, NeedTheme } from './need-enums';
import { NeedEvidence } from './need-evidence.type';

@ObjectType({
  description:
    "An entry of a region's needs and problems register: what the region's volunteer movement (or its front office) lacks, in words, " +
    'with its evidence, its status history and a comment thread. Deliberately unscored: no priority, no ranking.',
})
export class Need {
  @Field(() => ID, { description: 'Stable id of the entry.' })
  id: string;

  @Field(() => Region, { nullable: true, description: 'The region whose need it is. Null only when the registry, which names it, cannot be reached.' })
  region: Region | null;

  @Field(() => District, { nullable: true, description: 'The district, city or city district it concerns; null when it concerns the whole region.' })
  district: District | null;

  @Field(() => NeedTheme, { description: 'What the need is about.' })
  theme: NeedTheme;

  @Field(() => NeedKind, { description: "Whether it is the movement's need or the front office's own." })
  kind: NeedKind;

  @PersonalData()
  @Field(() => String, {
    nullable: true,
    description: "Personal data (free text that may name people and organizations). The need in the front office's own words. Null when withheld from you: see personalDataHidden.",
  })
  narrative: string | null;

  @Field(() => AccessRestriction, { nullable: true, description: PERSONAL_DATA_HIDDEN_DESCRIPTION })
  personalDataHidden?: AccessRestriction | null;

  @Field({ description: 'The day (YYYY-MM-DD) the need was first noticed.' })
  firstNoticedOn: string;

  @Field(() => NeedStatus, { description: 'Where the entry stands.' })
  status: NeedStatus;

  @Field(() => [NeedStatus], { description: 'The statuses the entry may move to next; empty once it is resolved or no longer relevant.' })
  allowedTransitions: NeedStatus[];

  @Field(() => NeedEvidence, { description: 'The records the need rests on.' })
  evidence: NeedEvidence;

  @Field({ description: 'When the entry was recorded.' })
  createdAt: Date;

  @Field(() => ID, { description: 'Who recorded it (a user id).' })
  createdBy: string;

  @Field({ description: 'When the entry last changed (its fields or its status; comments do not change it).' })
  updatedAt: Date;

  @Field(() => ID, { nullable: true, description: 'Who changed it last (a user id); null until the first change.' })
  updatedBy: string | null;

  @Field(() => Int, { description: 'Increases on every change; pass it back when editing or moving the entry.' })
  version: number;

  /** Decides who sees the narrative, and which region's staff may change the entry. */
  regionCode: string;
}
