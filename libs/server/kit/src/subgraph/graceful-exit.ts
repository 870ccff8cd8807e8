/** How long a service may take to stop after SIGTERM before it is made to exit. */
export const STOP_GRACE_MS = 10_000;

/**
 * On SIGTERM or SIGINT: stop taking new requests, let those in flight finish (`stop`), then exit.
 * A stop that takes longer than the grace period (a request that hangs) ends with exit code 1
 * and says so, so an orchestrator never waits on a service forever.
 */
export function exitOnSignals(name: string, stop: () => Promise<void>, graceMs = STOP_GRACE_MS): void {
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => {
      console.error(`${name}: still stopping ${graceMs} ms after ${signal}; exiting now`);
      process.exit(1);
    }, graceMs).unref();
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`${name}: error while stopping after ${signal}`, error);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}
