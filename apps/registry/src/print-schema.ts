import { writeSubgraphSchema } from '@birge/server-kit';
import { buildRegistrySchema } from './registry.schema';

void writeSubgraphSchema(buildRegistrySchema, `${__dirname}/../schema.graphql`);
