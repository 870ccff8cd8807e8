import { writeSubgraphSchema } from '@birge/server-kit';
import { buildAnalyticsSchema } from './analytics.schema';

void writeSubgraphSchema(buildAnalyticsSchema, `${__dirname}/../schema.graphql`);
