import { writeSubgraphSchema } from '@birge/server-kit';
import { buildIdentitySchema } from './identity.schema';

void writeSubgraphSchema(buildIdentitySchema, `${__dirname}/../schema.graphql`);
