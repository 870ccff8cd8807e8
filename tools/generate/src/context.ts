import type { PoolClient } from 'pg';
import type { Places } from './places';
import type { Plan } from './plan';

/** What one step reports as it goes: rows written of about `total`. */
export interface GenerateProgress {
  step: string;
  done: number;
  total: number;
}

/** The staff the generated records name as their authors, by region (the office's people). */
export interface GeneratedStaff {
  /** Regional staff ids per region index; the first of each is the office's head. */
  byRegion: string[][];
  admins: string[];
}

/**
 * The generated organizations, column-wise (100,000 at scale 10): what later writers need to place
 * contacts, requests, registrations and bookings with organizations that exist, where they are.
 */
export interface GeneratedOrganizations {
  ids: string[];
  regionIndex: Uint8Array;
  districtCodes: (string | null)[];
  kinds: string[];
  /** Registered at, ms since the epoch. */
  createdAt: Float64Array;
  /** Indexes of the organizations of each region. */
  byRegion: number[][];
}

export interface GenerateContext {
  client: PoolClient;
  seed: number;
  scale: number;
  plan: Plan;
  /** The day the data set is as of (00:00 UTC): every time lies before its end. */
  asOf: Date;
  places: Places;
  /** The text written as created_by on the marker: names the seed, the scale and the day. */
  mark: string;
  progress(step: string, done: number, total: number): void;
}

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;
