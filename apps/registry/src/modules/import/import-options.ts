import type { RowError } from './import-columns';

export interface ImportProgress {
  phase: 'validate' | 'copy' | 'apply' | 'done';
  done: number;
  total: number;
}

export interface ImportResult {
  ok: boolean;
  dryRun: boolean;
  rowCount: number;
  created: number;
  updated: number;
  unchanged: number;
  errorCount: number;
  /** At most `maxErrors` of them, in file order. */
  errors: RowError[];
}

export interface ImportOptions {
  dryRun?: boolean;
  onProgress?: (progress: ImportProgress) => void;
  maxErrors?: number;
  today?: Date;
  /** Filled with milliseconds per database step (for the benchmark). */
  timings?: Record<string, number>;
}
