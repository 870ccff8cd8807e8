import pino, { type Logger } from 'pino';

export type { Logger } from 'pino';

/** Structured JSON logs; every line names the service, request logs carry the request id. */
export function createLogger(service: string, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({ name: service, level, base: { service } });
}
