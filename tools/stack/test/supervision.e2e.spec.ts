/**
 * `npm start` supervises its services: one that dies is started again on its own port, the person
 * running the stack is told (with the service's last log lines), and the gateway serves it again
 * without a restart of its own; meanwhile what does not touch it keeps working.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startStack, type RunningStack } from '../src/stack';

jest.setTimeout(240_000);

const REGIONS = '{ regions { code } }';
const CATALOG = '{ assistanceCatalog { type } }';

describe('supervised services', () => {
  let stack: RunningStack;
  const messages: string[] = [];
  const logs = mkdtempSync(path.join(os.tmpdir(), 'birge-supervision-'));

  beforeAll(async () => {
    stack = await startStack({ logLevel: 'info', env: { NODE_ENV: 'test' }, output: logs, supervise: (message) => messages.push(message) });
  });

  afterAll(async () => {
    await stack?.stop();
    rmSync(logs, { recursive: true, force: true });
  });

  const ask = async (query: string) => {
    const response = await fetch(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    return (await response.json()) as { data?: Record<string, unknown[]> | null; errors?: { extensions?: { code?: string; service?: string } }[] };
  };

  it('restarts a killed subgraph, says so, and the gateway serves it again by itself', async () => {
    const gatewayPid = stack.processes.get('gateway')!.child.pid;
    const registry = stack.processes.get('registry')!;
    registry.child.kill('SIGKILL');
    await new Promise((resolve) => registry.child.once('exit', resolve));

    // While it is down: a coded error naming it, and other services unaffected.
    const down = await ask(REGIONS);
    expect(down.errors?.[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', service: 'registry' });
    expect((await ask(CATALOG)).data?.assistanceCatalog?.length).toBeGreaterThan(0);

    const deadline = Date.now() + 120_000;
    let regions: unknown[] | undefined;
    while (Date.now() < deadline && regions?.length !== 20) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      regions = (await ask(REGIONS)).data?.regions;
    }
    expect(regions).toHaveLength(20);
    // The new process may answer before the supervisor's own readiness check has seen it ready.
    const counted = Date.now() + 30_000;
    while (Date.now() < counted && stack.restarts('registry') === 0) await new Promise((resolve) => setTimeout(resolve, 200));
    expect(stack.restarts('registry')).toBe(1);
    expect(stack.processes.get('registry')!.child.pid).not.toBe(registry.child.pid);
    expect(stack.processes.get('gateway')!.child.pid).toBe(gatewayPid);
    expect(messages.join('\n')).toMatch(/registry was killed \(SIGKILL\); restarting it in 1 s\.\n {2}last lines of its log:\n {4}\S/);
    expect(messages).toContain('Birge: registry is running again (restart 1).');
  });

  it('does not restart a service it was asked to stop', async () => {
    await stack.stopService('notifications');
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(stack.restarts('notifications')).toBe(0);
    expect(stack.processes.get('notifications')!.child.exitCode !== null || stack.processes.get('notifications')!.child.signalCode !== null).toBe(true);
  });
});
