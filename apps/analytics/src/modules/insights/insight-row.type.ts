import { ListSize } from '@birge/server-kit';
import { Field, ObjectType } from 'type-graphql';
import { MAX_QUERY_MEASURES, MAX_GROUP_DIMENSIONS } from './insight-limits';
import { InsightKey } from './insight-key.type';
import { InsightRegionContext } from './insight-region-context.type';
import { InsightValue } from './insight-value.type';

@ObjectType({ description: 'One group of a table: its keys (one per grouping dimension, none for the total) and the measures asked for.' })
export class InsightRow {
  @ListSize(MAX_GROUP_DIMENSIONS)
  @Field(() => [InsightKey], { description: 'The group, in the order of groupBy; empty for the total row.' })
  keys: InsightKey[];

  @ListSize(MAX_QUERY_MEASURES)
  @Field(() => [InsightValue], { description: 'The measures, in the order they were asked for.' })
  values: InsightValue[];

  /** The region the row belongs to (its REGION key, or its DISTRICT key's region); null when the row spans regions. */
  regionCode: string | null;

  @Field(() => InsightRegionContext, {
    nullable: true,
    description:
      "When the row is one region's (grouped by REGION or DISTRICT): that region's open needs and last report narrative, served beside " +
      'its figures by design. Null for rows that span regions.',
  })
  regionContext?: InsightRegionContext | null;
}
