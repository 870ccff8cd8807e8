import { writeSubgraphSchema } from '@birge/server-kit';
import { buildAssistanceSchema } from './assistance.schema';

void writeSubgraphSchema(buildAssistanceSchema, `${__dirname}/../schema.graphql`);
