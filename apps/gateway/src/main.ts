import { startGateway } from './start-gateway';

startGateway()
  .then((running) => {
    const shutdown = () => {
      running.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.once('SIGTERM', shutdown);
    process.once('SIGINT', shutdown);
  })
  .catch((error: unknown) => {
    console.error(`gateway failed to start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
