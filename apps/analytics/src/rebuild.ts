import { createSubgraphDataSource, loadConfig, subgraphConfigSchema } from '@birge/server-kit';
import { z } from 'zod';
import { analyticsSubgraph } from './analytics.subgraph';
import { ReadModelRebuildService } from './modules/rebuild/read-model-rebuild.service';
import { SourceApiClient } from './modules/rebuild/source-api.client';

/**
 * `npm run analytics:rebuild`: recomputes the analytics read model from the registry's and
 * assistance's GraphQL APIs (REGISTRY_URL, ASSISTANCE_URL), signing as the gateway does with
 * INTERNAL_SECRET. Safe to run while analytics consumes events (see ReadModelRebuildService).
 */
const rebuildConfigSchema = z.intersection(
  subgraphConfigSchema(analyticsSubgraph.defaultPort),
  z.object({
    REGISTRY_URL: z.url().default('http://127.0.0.1:4001/graphql'),
    ASSISTANCE_URL: z.url().default('http://127.0.0.1:4002/graphql'),
  }),
);

async function main(): Promise<void> {
  const config = loadConfig(rebuildConfigSchema);
  const dataSource = createSubgraphDataSource({
    url: config.DATABASE_URL,
    schema: analyticsSubgraph.name,
    entities: analyticsSubgraph.entities,
    migrations: analyticsSubgraph.migrations,
    applicationName: 'analytics-rebuild',
  });
  await dataSource.initialize();
  try {
    if (await dataSource.showMigrations()) throw new Error('the analytics schema has pending migrations: start analytics (or run its db:migrate) first');
    const service = new ReadModelRebuildService(
      dataSource,
      new SourceApiClient(config.REGISTRY_URL, config.INTERNAL_SECRET),
      new SourceApiClient(config.ASSISTANCE_URL, config.INTERNAL_SECRET),
    );
    const started = Date.now();
    const report = await service.rebuild();
    console.log(JSON.stringify({ rebuilt: report, ms: Date.now() - started }));
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
