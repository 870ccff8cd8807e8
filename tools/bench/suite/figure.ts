/**
 * The contract between `npm run bench` (run.ts) and each figure of the suite.
 *
 * A figure is one file in this folder named `<id>-<what>.ts` (`p2-subgraph-floor.ts`,
 * `e2e-federated-list.ts`): the id is the part before the first dash, upper-cased (P2, E2E). It
 * exports `run(ctx)`, which measures and gives back the lines to print, one per figure (a figure
 * may print several, P7a, P7b...). Each line begins with its id and holds `ratio=<number>` and the
 * raw figures as `name=value`; build it with `figureLine` (method/format.ts). Files of the same
 * prefix that do not export `run` are helpers of that figure and are not run.
 *
 * Shared method helpers (tools/bench/suite/method/): pinning a process to a core, autocannon with
 * warm-up and answer verification, HDR histogram percentiles, CPU-ms per request from
 * /proc/<pid>/stat, peak RSS from VmHWM, alternating rounds.
 */
import type { RunningStack } from '../../stack/src/stack';

export interface BenchContext {
  /** National scale the data was generated at (1 or 10). */
  scale: number;
  /** The generator's seed: the same seed, the same data. */
  seed: number;
  /**
   * PostgreSQL URL of the database holding the generated data, every subgraph in its own schema
   * (an embedded server with pg_stat_statements preloaded). Empty when no selected figure needs it.
   */
  databaseUrl: string;
  /** Where the data came from: tools/generate, or the fallback (demo data and CSV imports). */
  dataSource: 'generate' | 'fallback' | 'none';
  /**
   * The secrets the services run with (NODE_ENV=production): sign gateway tokens and direct
   * subgraph calls with method/identity.ts.
   */
  secrets: { internalSecret: string; jwtSecret: string; portalLinkSecret: string };
  /**
   * The whole system, built (production mode, `node` on dist/), on `databaseUrl`, started once
   * and shared by the figures that need it; the gateway pinned to `cores.subject`, the rest on
   * `cores.rest`. A figure that needs a system of its own (start-up times) starts it itself.
   */
  stack(): Promise<RunningStack>;
  /** Rounds for side-by-side figures (subject and baseline alternate; 2 unless --rounds). */
  rounds: number;
  /** autocannon warm-up and measured seconds for throughput figures. */
  warmupSeconds: number;
  durationSeconds: number;
  /** Cores: the subject process alone on `subject`, everything else on `rest`. */
  cores: { subject: number; rest: string };
  /** A folder for this run's artefacts (profiles, logs): tmp/bench/<timestamp>. */
  outDir: string;
  /** Progress for the reader (stderr); the figure lines go to stdout through the return value. */
  log(message: string): void;
}

/** What every figure module exports. */
export type FigureRun = (ctx: BenchContext) => Promise<string[]>;

export interface FigureModule {
  run: FigureRun;
}
