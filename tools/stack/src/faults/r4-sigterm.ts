import { startStack, type RunningStack } from '../stack';
import { runLoad, sleep } from './load';

export interface R4Figures {
  /**
   * Requests the load had sent when SIGTERM came but not yet seen answered: answered in full, or
   * (those the gateway had not yet begun reading) refused with 503 SHUTTING_DOWN, to send again;
   * `lost` counts any other end and must be 0.
   */
  inFlight: { sent: number; answered: number; refused: number; lost: number };
  /**
   * Requests sent after SIGTERM: refused (no connection, or 503 SHUTTING_DOWN on a connection kept
   * alive from before), answered anyway (sent before the listener closed), or failed otherwise.
   */
  after: { sent: number; refused: number; answered: number; failedOtherwise: number };
  /** From SIGTERM to the process's exit, and its exit code. */
  exitedAfterMs: number;
  exitCode: number | null;
}

/**
 * R4: SIGTERM to the gateway under load. Requests in flight must finish, new ones must be
 * refused, and the process must exit (cleanly) within 10 s.
 */
export async function faultR4(options: { concurrency: number; stack?: RunningStack }): Promise<R4Figures> {
  const stack = options.stack ?? (await startStack({ logLevel: 'warn', env: { NODE_ENV: 'test' } }));
  try {
    let finish!: () => void;
    const operations = { federated: '{ regions { code coverage { districtCount } } assistanceCatalog { type } }' };
    const load = runLoad({ url: stack.gatewayUrl, operations, concurrency: options.concurrency, until: new Promise<void>((resolve) => (finish = resolve)) });
    await sleep(1500);
    const gateway = stack.processes.get('gateway')!;
    const exited = new Promise<number | null>((resolve) => gateway.child.once('exit', (code) => resolve(code)));
    const signalAt = performance.now();
    gateway.child.kill('SIGTERM');
    const exitCode = await exited;
    const exitedAt = performance.now();
    await sleep(500);
    finish();
    const outcomes = await load;
    const inFlight = outcomes.filter((o) => o.startedAt < signalAt && o.endedAt >= signalAt);
    const after = outcomes.filter((o) => o.startedAt >= signalAt);
    const answered = (o: (typeof outcomes)[number]) => o.status === 200 && o.codes.length === 0;
    const refused = (o: (typeof outcomes)[number]) =>
      (o.status === null && /ECONNREFUSED|ECONNRESET|UND_ERR_SOCKET/.test(o.failure ?? '')) || (o.status === 503 && o.codes.every((code) => code === 'SHUTTING_DOWN'));
    return {
      inFlight: {
        sent: inFlight.length,
        answered: inFlight.filter(answered).length,
        refused: inFlight.filter((o) => o.status === 503 && o.codes.every((code) => code === 'SHUTTING_DOWN')).length,
        lost: inFlight.filter((o) => !answered(o) && !(o.status === 503 && o.codes.every((code) => code === 'SHUTTING_DOWN'))).length,
      },
      after: {
        sent: after.length,
        refused: after.filter(refused).length,
        answered: after.filter(answered).length,
        failedOtherwise: after.filter((o) => !answered(o) && !refused(o)).length,
      },
      exitedAfterMs: Math.round(exitedAt - signalAt),
      exitCode,
    };
  } finally {
    if (!options.stack) await stack.stop();
  }
}
