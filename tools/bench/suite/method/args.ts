/** `npm run bench [-- --only P1,P4] [--scale 10] [--seed 1] [--rounds 2] [--warmup 10] [--duration 30]`. */
export interface BenchArgs {
  /** Figure ids to run (upper case), or null for all. */
  only: string[] | null;
  scale: number;
  seed: number;
  rounds: number;
  warmupSeconds: number;
  durationSeconds: number;
  /** Use this database (already generated) instead of generating into an embedded server. */
  databaseUrl: string | null;
}

export const DEFAULT_ARGS: BenchArgs = { only: null, scale: 10, seed: 1, rounds: 2, warmupSeconds: 10, durationSeconds: 30, databaseUrl: null };

const NUMERIC: Record<string, keyof BenchArgs> = { '--scale': 'scale', '--seed': 'seed', '--rounds': 'rounds', '--warmup': 'warmupSeconds', '--duration': 'durationSeconds' };

/** Parses the command line (`--name value` or `--name=value`); throws with the reason on anything unknown. */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = { ...DEFAULT_ARGS };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].includes('=') ? [argv[i].slice(0, argv[i].indexOf('=')), argv[i].slice(argv[i].indexOf('=') + 1)] : [argv[i], undefined];
    if (flag !== '--only' && flag !== '--database-url' && !(flag in NUMERIC)) {
      throw new Error(`unknown option ${flag} (known: --only, --scale, --seed, --rounds, --warmup, --duration, --database-url)`);
    }
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    if (flag === '--only') {
      const ids = value
        .split(',')
        .map((id) => id.trim().toUpperCase())
        .filter(Boolean);
      if (!ids.length) throw new Error('--only needs at least one figure id, e.g. --only P1,P4');
      args.only = ids;
    } else if (flag === '--database-url') {
      args.databaseUrl = value;
    } else {
      const number = Number(value);
      if (!Number.isInteger(number) || number < (flag === '--seed' ? 0 : 1)) throw new Error(`${flag} must be a whole number${flag === '--seed' ? '' : ' from 1'}, got "${value}"`);
      (args[NUMERIC[flag]] as number) = number;
    }
  }
  return args;
}

/** Whether figure `id` runs: P7 also matches its sub-lines' id P7 given as P7a and so on. */
export function selected(args: Pick<BenchArgs, 'only'>, id: string): boolean {
  return args.only === null || args.only.some((wanted) => wanted === id || wanted.replace(/[A-Z]$/, '') === id);
}

/** Figure id of a file name: the part before the first dash, upper-cased; null for anything else. */
export function figureIdOf(file: string): string | null {
  const match = /^([a-z][a-z0-9]*)-[\w.-]+\.ts$/.exec(file);
  if (!match || file.endsWith('.spec.ts') || file.endsWith('.d.ts')) return null;
  return match[1].toUpperCase();
}
