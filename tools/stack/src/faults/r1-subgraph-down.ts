import { startStack, type RunningStack } from '../stack';
import { runLoad, sleep } from './load';

/** An operation the registry alone answers, and one assistance alone answers. */
export const R1_OPERATIONS = {
  registry: '{ regions { code name { kk } } }',
  assistance: '{ assistanceCatalog { type subtypes { subtype } } }',
};

export interface R1Figures {
  /** Requests that did not touch the registry while it was down, and how many of them failed. */
  untouched: { sent: number; failed: number };
  /**
   * Requests that touched it meanwhile: answered with SERVICE_UNAVAILABLE naming it, answered in
   * full (it was already listening again, a moment before it said it was ready), or any other way.
   */
  touching: { sent: number; coded: number; answered: number; other: number };
  /** From the registry being ready again to the first registry answer through the same gateway. */
  recoveredAfterMs: number;
  gatewayRestarted: boolean;
}

async function registryAnswers(gatewayUrl: string): Promise<boolean> {
  const response = await fetch(gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: R1_OPERATIONS.registry }) });
  const body = (await response.json()) as { data?: { regions?: unknown[] } | null };
  return body.data?.regions?.length === 20;
}

/**
 * R1: kill a subgraph (the registry) under load through the gateway. Requests that do not touch
 * it must keep 0 errors; those that do must get SERVICE_UNAVAILABLE naming it; once it is back
 * (restarted by the stack's supervisor) the same gateway must serve it again by itself.
 */
export async function faultR1(options: { concurrency: number; stack?: RunningStack }): Promise<R1Figures> {
  const stack = options.stack ?? (await startStack({ logLevel: 'warn', env: { NODE_ENV: 'test' }, supervise: () => undefined }));
  try {
    const gatewayPid = stack.processes.get('gateway')?.child.pid;
    let finish!: () => void;
    const load = runLoad({ url: stack.gatewayUrl, operations: R1_OPERATIONS, concurrency: options.concurrency, until: new Promise<void>((resolve) => (finish = resolve)) });
    await sleep(1000);
    const killed = stack.processes.get('registry')!;
    const downAt = performance.now();
    killed.child.kill('SIGKILL');
    await new Promise((resolve) => killed.child.once('exit', resolve));
    // The supervisor starts it again on the same port; wait until it says it is ready.
    while (stack.processes.get('registry') === killed) await sleep(50);
    while (
      !(await fetch(stack.urls.registry.replace(/\/graphql$/, '/readyz')).then(
        (r) => r.ok,
        () => false,
      ))
    )
      await sleep(50);
    const upAt = performance.now();
    while (!(await registryAnswers(stack.gatewayUrl))) await sleep(20);
    const recoveredAt = performance.now();
    await sleep(1000);
    finish();
    const outcomes = (await load).filter((o) => o.startedAt >= downAt && o.endedAt <= upAt);
    const untouched = outcomes.filter((o) => o.operation === 'assistance');
    const touching = outcomes.filter((o) => o.operation === 'registry');
    const coded = touching.filter((o) => o.status === 200 && o.codes.length > 0 && o.codes.every((code) => code === 'SERVICE_UNAVAILABLE'));
    const answered = touching.filter((o) => o.status === 200 && o.codes.length === 0);
    return {
      untouched: { sent: untouched.length, failed: untouched.filter((o) => o.status !== 200 || o.codes.length > 0).length },
      touching: { sent: touching.length, coded: coded.length, answered: answered.length, other: touching.length - coded.length - answered.length },
      recoveredAfterMs: Math.round(recoveredAt - upAt),
      gatewayRestarted: stack.processes.get('gateway')?.child.pid !== gatewayPid,
    };
  } finally {
    if (!options.stack) await stack.stop();
  }
}
