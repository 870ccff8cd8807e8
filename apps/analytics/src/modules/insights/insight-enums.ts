import { registerGraphqlEnum } from '@birge/server-kit';
import { InsightDimension, InsightMeasure } from '@birge/shared-reference';
import { INSIGHT_DIMENSION_DESCRIPTIONS, INSIGHT_MEASURE_DESCRIPTIONS } from './insight-enum-values';

registerGraphqlEnum(
  InsightDimension,
  'InsightDimension',
  'What analytics figures are cut and grouped by: place (REGION, DISTRICT: drill-down region → district), time (MONTH, QUARTER, YEAR), ' +
    'the organization (kind, legal form, verification status, the 12 directions, the 7 categories, the 3 modes), the request (type, ' +
    'sub-type, status, outcome) and the booked resource kind. Not every dimension cuts every measure: see docs/analytics.md.',
  INSIGHT_DIMENSION_DESCRIPTIONS,
);
registerGraphqlEnum(
  InsightMeasure,
  'InsightMeasure',
  "A figure of the analytics API. Counts describe the picture, never a score: no measure ranks regions, and every region's figures " +
    'come with its open needs and its last report (InsightRow.regionContext). Shares and rates are between 0 and 1; durations in hours.',
  INSIGHT_MEASURE_DESCRIPTIONS,
);

export { InsightDimension, InsightMeasure };
