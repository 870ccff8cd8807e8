import { MAX_DISTRICTS_PER_REGION, REGION_CODES } from '@birge/shared-reference';
import { ListSize } from '@birge/server-kit';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { InsightPeriod } from '../insights/insight-period.type';
import { MAX_SERIES_MONTHS } from '../insights/insight-limits';
import { District } from '../region/district.type';
import { Region } from '../region/region.type';

const NEVER_A_TARGET =
  ' A description of reach, never a target to grow: the office tells organizations what it offers so they can ask, and no region or ' + 'district is ranked by it.';

@ObjectType({ description: 'Outreach figures of one place (or of all places counted) as they stood on the last day of the period.' })
export class OutreachFigures {
  @Field(() => Int, { description: 'Organizations and initiative groups registered by the last day of the period (a merged record counts once).' })
  organizationCount: number;

  @Field(() => Int, {
    description: `Of organizationCount, those told what the front office offers on a contact of its log on or before the last day of the period.${NEVER_A_TARGET}`,
  })
  toldCount: number;

  @Field(() => Float, { nullable: true, description: `toldCount divided by organizationCount, between 0 and 1; null when there is no organization.${NEVER_A_TARGET}` })
  toldShare: number | null;

  @Field(() => Int, { description: 'Of organizationCount, those told of the offer on a contact within the period.' })
  toldInPeriodCount: number;

  @Field(() => String, { nullable: true, description: 'The last day one of them was told of the offer, YYYY-MM-DD (up to the end of the period); null when never.' })
  lastToldOn: string | null;
}

@ObjectType({ description: 'Outreach in one region.' })
export class OutreachRegionRow extends OutreachFigures {
  @Field(() => Region, { description: 'The region.' })
  region: Region;
}

@ObjectType({ description: "Outreach in one district, placed by the organization's own district." })
export class OutreachDistrictRow extends OutreachFigures {
  @Field(() => Region, { description: 'The region of the district.' })
  region: Region;

  @Field(() => District, { description: 'The district.' })
  district: District;
}

@ObjectType({ description: "One month of the outreach trend: the figures as they stood on its last day (or the period's, for the last month)." })
export class OutreachMonth {
  @Field({ description: 'The month, YYYY-MM.' })
  month: string;

  @Field(() => Int, { description: "Organizations and initiative groups registered by the month's end." })
  organizationCount: number;

  @Field(() => Int, { description: "Of them, those told of the offer by the month's end." })
  toldCount: number;

  @Field(() => Float, { nullable: true, description: 'toldCount divided by organizationCount; null when there is no organization.' })
  toldShare: number | null;

  @Field(() => Int, { description: "Organizations counted as told at the month's end but not at its start: told for the first time, or registered, within the month." })
  newlyToldCount: number;
}

@ObjectType({
  description:
    "The memo's first success criterion: the share of known organizations and initiative groups that were told what the front office " +
    `offers, and when, from the contact log (toldAboutOffer).${NEVER_A_TARGET}`,
})
export class Outreach extends OutreachFigures {
  @Field(() => InsightPeriod, { description: 'The period as resolved.' })
  period: InsightPeriod;

  @ListSize(REGION_CODES.length)
  @Field(() => [OutreachRegionRow], { description: "Every region counted, in the registry's official order (never ranked by a figure)." })
  regions: OutreachRegionRow[];

  @ListSize(REGION_CODES.length * MAX_DISTRICTS_PER_REGION)
  @Field(() => [OutreachDistrictRow], {
    description: 'Every district counted, region by region in the official order. Organizations without a district count in their region only.',
  })
  districts: OutreachDistrictRow[];

  @ListSize(MAX_SERIES_MONTHS)
  @Field(() => [OutreachMonth], { description: 'The monthly trend over the period, every month present.' })
  months: OutreachMonth[];
}
