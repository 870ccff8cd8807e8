import { writeSubgraphSchema } from '@birge/server-kit';
import { buildNotificationsSchema } from './notifications.schema';

void writeSubgraphSchema(buildNotificationsSchema, `${__dirname}/../schema.graphql`);
