import { z } from 'zod';

/**
 * The ports browsers and fetch refuse to connect to: the "bad ports" of the WHATWG Fetch standard
 * (https://fetch.spec.whatwg.org/#port-blocking). A service there would start, and then nobody
 * could reach it: not the dashboard, not the gateway's own fetch to a subgraph.
 */
export const FETCH_BLOCKED_PORTS: ReadonlySet<number> = new Set([
  1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179,
  389, 427, 465, 512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000,
  6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080,
]);

/** Why a port cannot serve Birge, or null when it can; 0 (any free port) is allowed when `anyAllowed`. */
export function portProblem(port: number, anyAllowed = true): string | null {
  if (!Number.isInteger(port) || port < 0 || port > 65535) return 'must be a port number between 1 and 65535';
  if (port === 0) return anyAllowed ? null : 'must be a port number between 1 and 65535';
  if (FETCH_BLOCKED_PORTS.has(port))
    return `${port} is a port browsers and fetch refuse to connect to (the Fetch standard's blocked ports, e.g. 6000 for X11): choose another, e.g. 4000-4999`;
  return null;
}

/** A PORT variable: a number, 0 for any free port, never a port browsers refuse. */
export function portSchema(defaultPort: number) {
  return z.coerce
    .number()
    .default(defaultPort)
    .superRefine((port, context) => {
      const problem = portProblem(port);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    });
}
