import { AccessRestriction, PERSONAL_DATA_HIDDEN_DESCRIPTION, PersonalData } from '@birge/server-kit';
import { Field, ID, ObjectType } from 'type-graphql';
import { ReportAction, ReportStatus } from '../report-forms/report-enums';

@ObjectType({ description: "A step of a report's history: opened, submitted, returned, accepted or reopened; who, when, and why." })
export class ReportHistoryStep {
  @Field(() => ID, { description: 'Stable id of the step.' })
  id: string;

  @Field(() => ReportAction, { description: 'What happened.' })
  action: ReportAction;

  @Field(() => ReportStatus, { nullable: true, description: 'The status before; null for the opening.' })
  fromStatus: ReportStatus | null;

  @Field(() => ReportStatus, { description: 'The status after.' })
  toStatus: ReportStatus;

  @PersonalData()
  @Field(() => String, {
    nullable: true,
    description: 'Personal data (free text that may name people). The reason given (returns and reopenings); null when none or withheld from you.',
  })
  comment: string | null;

  @Field(() => AccessRestriction, { nullable: true, description: PERSONAL_DATA_HIDDEN_DESCRIPTION })
  personalDataHidden?: AccessRestriction | null;

  @Field(() => ID, { description: 'Who did it (a user id).' })
  actorId: string;

  @Field({ description: 'When.' })
  at: Date;

  /** The report's region: decides who sees the comment. */
  regionCode: string;
}
