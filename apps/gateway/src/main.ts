import { exitOnSignals } from '@birge/server-kit';
import { startGateway } from './start-gateway';

startGateway()
  .then((running) => exitOnSignals('gateway', () => running.close()))
  .catch((error: unknown) => {
    console.error(`gateway failed to start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
