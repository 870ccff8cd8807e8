import { AccessRestriction, ConnectionType } from '@birge/server-kit';
import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { WITHHELD_LIST_DESCRIPTION } from '../access/assistance-access';
import { StateBodyReferral } from '../referral/state-body-referral.type';

/** The registry's StateBody; assistance adds its referral history. */
@Directive('@key(fields: "id")')
@ObjectType({
  description:
    'A state body in the directory: an akimat of a region, city or district, one of its departments, a territorial office, an institution. ' +
    'Requests are referred to it; the assistance service adds its referral history.',
})
export class StateBody {
  @Field(() => ID)
  id: string;
}

/** The registry's Sponsor; grant programmes name it as their funder. */
@Directive('@key(fields: "id")')
@ObjectType({
  description:
    'A sponsor or partner in the directory: a business, a foundation, a partner of the National Volunteer Network (who writes recommendation ' +
    'letters), an international organization. Grant programmes name it as their funder.',
})
export class Sponsor {
  @Field(() => ID)
  id: string;
}

@ObjectType({ description: "What a state body did with the requests referred to it: every region's referrals counted, no text." })
export class StateBodyReferralSummary {
  @Field(() => Int, { description: 'Referrals made to it.' })
  made: number;

  @Field(() => Int, { description: 'Referrals it answered.' })
  answered: number;

  @Field(() => Int, { description: 'Referrals still waiting for its answer.' })
  waiting: number;

  @Field(() => Float, { nullable: true, description: 'The median of days from referral to answer; null before the first answer.' })
  medianResponseDays: number | null;

  @Field(() => Int, { nullable: true, description: 'The longest wait, in days, of a referral still unanswered; null when none waits.' })
  longestWaitingDays: number | null;

  @Field(() => String, { nullable: true, description: 'The day (YYYY-MM-DD) of the latest referral.' })
  lastReferredOn: string | null;
}

@ObjectType('StateBodyReferralConnection', { description: 'A page of referrals to a state body, newest first.' })
export class StateBodyReferralConnection extends ConnectionType(StateBodyReferral, 'StateBodyReferral') {
  @Field(() => AccessRestriction, { nullable: true, description: WITHHELD_LIST_DESCRIPTION })
  withheld?: AccessRestriction | null;
}
