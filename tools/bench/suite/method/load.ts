/**
 * Throughput under load: autocannon against one URL after a warm-up, with the server's CPU per
 * request from /proc and latencies in an HDR histogram; the answer checked before and after.
 */
import autocannon from 'autocannon';
import { LatencyHistogram, type Percentiles } from './histogram';
import { cpuMs, cpuMsPerRequest, peakRssMiB } from './proc';

export interface LoadTarget {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** Throws when the answer is wrong; called on one answer before the warm-up and one after the run. */
  verify?: (status: number, body: string) => void;
}

export interface LoadOptions {
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
  /** The server process whose CPU is counted (the subject). */
  pid: number;
}

export interface LoadResult extends Percentiles {
  requests: number;
  errors: number;
  rps: number;
  /** Server CPU milliseconds per answered request, over the measured part only. */
  cpuMsPerRequest: number | null;
  peakRssMiB: number;
}

/** One request with fetch: its status and body, for verification. */
export async function fetchAnswer(target: LoadTarget): Promise<{ status: number; body: string }> {
  const response = await fetch(target.url, { method: target.method ?? 'POST', headers: target.headers, body: target.body });
  return { status: response.status, body: await response.text() };
}

/** Checks the answer with `target.verify`, or that it is a 200 without GraphQL errors. */
export async function verifyAnswer(target: LoadTarget): Promise<string> {
  const { status, body } = await fetchAnswer(target);
  if (target.verify) target.verify(status, body);
  else if (status !== 200 || body.includes('"errors"')) throw new Error(`${target.url} answered ${status}: ${body.slice(0, 300)}`);
  return body;
}

function cannon(target: LoadTarget, connections: number, seconds: number, histogram?: LatencyHistogram): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url: target.url, method: target.method ?? 'POST', headers: target.headers, body: target.body, connections, duration: seconds },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    if (histogram) instance.on('response', (_client, _status, _bytes, responseTime) => histogram.record(responseTime));
  });
}

/** Warm-up, then the measured run; the answer verified before and after. */
export async function measureLoad(target: LoadTarget, options: LoadOptions): Promise<LoadResult> {
  await verifyAnswer(target);
  if (options.warmupSeconds > 0) await cannon(target, options.connections, options.warmupSeconds);
  const histogram = new LatencyHistogram();
  const cpuBefore = cpuMs(options.pid);
  const result = await cannon(target, options.connections, options.durationSeconds, histogram);
  const cpuAfter = cpuMs(options.pid);
  await verifyAnswer(target);
  const errors = result.errors + result.timeouts + result.non2xx;
  const requests = result.requests.total;
  return {
    ...histogram.percentiles(),
    requests,
    errors,
    rps: requests / options.durationSeconds,
    cpuMsPerRequest: cpuMsPerRequest(cpuBefore, cpuAfter, requests),
    peakRssMiB: peakRssMiB(options.pid),
  };
}
