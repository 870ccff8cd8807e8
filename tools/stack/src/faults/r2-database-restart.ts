import { Client } from 'pg';
import { startStack, type RunningStack } from '../stack';
import { sleep } from './load';

export interface R2Figures {
  /** Writes sent, acknowledged (an id came back), and refused with a code while the database was away. */
  writes: { sent: number; acknowledged: number; refusedWithCode: number; other: number };
  /** The first few answers counted as `other`, to say what they were. */
  otherSamples: string[];
  /** Acknowledged writes found in the database afterwards: must equal `acknowledged`. */
  stored: number;
  /** From PostgreSQL being back to the first acknowledged write. */
  writingAgainAfterMs: number;
}

const CREATE = 'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }';

/**
 * R2: restart PostgreSQL under a write load through the gateway. The services must reconnect by
 * themselves, and every write acknowledged to its caller must be stored (acknowledged = stored).
 */
export async function faultR2(options: { concurrency: number; downMs: number; stack?: RunningStack; logs?: string }): Promise<R2Figures> {
  const stack = options.stack ?? (await startStack({ logLevel: 'warn', env: { NODE_ENV: 'test' }, restartableDatabase: true, output: options.logs ?? 'ignore' }));
  try {
    const acknowledged: string[] = [];
    let sent = 0;
    let refusedWithCode = 0;
    let other = 0;
    const otherSamples: string[] = [];
    const otherwise = (what: string) => {
      other += 1;
      if (otherSamples.length < 5) otherSamples.push(what.slice(0, 300));
    };
    let stop = false;
    let backAt = 0;
    let firstAfter = 0;
    const writer = async (lane: number) => {
      for (let i = 0; !stop; i += 1) {
        sent += 1;
        const input = { name: `Сынақ ${lane}-${i}-${Date.now()}`, kind: 'INITIATIVE_GROUP', regionCode: '710000000', directions: ['BILIM'] };
        try {
          const response = await fetch(stack.gatewayUrl, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: CREATE, variables: { input } }),
            signal: AbortSignal.timeout(20_000),
          });
          const body = (await response.json()) as { data?: { createOrganization?: { id: string } | null } | null; errors?: { extensions?: { code?: string } }[] };
          const id = body.data?.createOrganization?.id;
          if (id && !body.errors?.length) {
            acknowledged.push(id);
            if (backAt && !firstAfter) firstAfter = performance.now();
          } else if (body.errors?.every((e) => typeof e.extensions?.code === 'string' && e.extensions.code !== 'INTERNAL_SERVER_ERROR')) {
            refusedWithCode += 1;
            await sleep(50);
          } else otherwise(JSON.stringify(body));
        } catch (error) {
          otherwise(`no answer: ${(error as Error).message}`);
        }
      }
    };
    const writers = Array.from({ length: options.concurrency }, (_, lane) => writer(lane));
    await sleep(1500);
    await stack.restartDatabase(options.downMs);
    backAt = performance.now();
    const deadline = Date.now() + 60_000;
    while (!firstAfter && Date.now() < deadline) await sleep(50);
    await sleep(1500);
    stop = true;
    await Promise.all(writers);
    const client = new Client({ connectionString: stack.databaseUrl });
    await client.connect();
    const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM registry.organization WHERE id = ANY($1::uuid[])', [acknowledged]);
    await client.end();
    return {
      writes: { sent, acknowledged: acknowledged.length, refusedWithCode, other },
      otherSamples,
      stored: rows[0].n,
      writingAgainAfterMs: firstAfter ? Math.round(firstAfter - backAt) : -1,
    };
  } finally {
    if (!options.stack) await stack.stop();
  }
}
