/** One request's outcome under load: answered (with its HTTP status and error codes), or not connected at all. */
export interface Outcome {
  /** Which of the load's operations it was (its name in `operations`). */
  operation: string;
  startedAt: number;
  endedAt: number;
  status: number | null;
  codes: string[];
  /** Set when no HTTP answer came (connection refused or reset). */
  failure?: string;
}

export interface LoadOptions {
  url: string;
  /** The GraphQL operations to cycle through, by name. */
  operations: Record<string, string>;
  concurrency: number;
  /** Stops when this resolves. */
  until: Promise<unknown>;
}

/**
 * A small closed-loop load: `concurrency` callers, each sending the next operation as soon as
 * the last is answered, until told to stop. Every outcome is kept, so a fault run can count
 * exactly what happened to each request.
 */
export async function runLoad(options: LoadOptions): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  let stop = false;
  void options.until.then(() => {
    stop = true;
  });
  let next = 0;
  const named = Object.entries(options.operations);
  const caller = async () => {
    while (!stop) {
      const [operation, query] = named[next++ % named.length];
      const startedAt = performance.now();
      try {
        const response = await fetch(options.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
          signal: AbortSignal.timeout(15_000),
        });
        const body = (await response.json().catch(() => ({}))) as { errors?: { extensions?: { code?: string } }[] };
        outcomes.push({ operation, startedAt, endedAt: performance.now(), status: response.status, codes: (body.errors ?? []).map((e) => e.extensions?.code ?? 'NO_CODE') });
      } catch (error) {
        outcomes.push({
          operation,
          startedAt,
          endedAt: performance.now(),
          status: null,
          codes: [],
          failure: (error as Error).cause ? String((error as { cause: { code?: string } }).cause.code ?? error) : (error as Error).message,
        });
        // A refused connection answers at once: pause so a stopped server is not spun against.
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, caller));
  return outcomes;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
