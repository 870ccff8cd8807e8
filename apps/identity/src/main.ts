import { ConfigError, loadConfig, runSubgraphProcess, subgraphConfigSchema } from '@birge/server-kit';
import { identityConfigSchema } from './identity.config';
import { identitySubgraph } from './identity.subgraph';

// Every variable is checked before anything starts, so a deployment learns of all its mistakes
// at once (e.g. both development secrets left in production).
const problems = new Set<string>();
for (const schema of [subgraphConfigSchema(identitySubgraph.defaultPort), identityConfigSchema]) {
  try {
    loadConfig(schema);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    error.problems.forEach((problem) => problems.add(problem));
  }
}
if (problems.size) {
  console.error(`identity failed to start: ${new ConfigError([...problems]).message}`);
  process.exit(1);
}
runSubgraphProcess(identitySubgraph);
