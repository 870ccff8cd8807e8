import { loadConfig, runSubgraphProcess } from '@birge/server-kit';
import { identityConfigSchema } from './identity.config';
import { identitySubgraph } from './identity.subgraph';

// Checked before anything starts, so a missing JWT_SECRET in production stops the process at once.
try {
  loadConfig(identityConfigSchema);
} catch (error) {
  console.error(`identity failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
runSubgraphProcess(identitySubgraph);
