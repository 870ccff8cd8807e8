/**
 * How many records of each kind a scale means. Scale 1 is a realistic national data set (10,000
 * organizations, the country's volunteer organizations and groups known to the front offices);
 * scale 10 is the performance issue's "national scale ×10".
 */
export const PER_SCALE = {
  organizations: 10_000,
  contacts: 50_000,
  requests: 100_000,
  notifications: 200_000,
  trainings: 500,
  bookings: 5_000,
} as const;

/** Staff do not grow with the data: each regional office has its people. */
export const STAFF_PER_REGION = 4;
export const NATIONAL_STAFF = { REPUBLICAN_ADMIN: 2, ANALYST: 2 } as const;
/** Rooms and equipment each regional office lends. */
export const RESOURCES_PER_REGION = { ROOM: 3, EQUIPMENT: 2 } as const;
/** The records reach back this many days before the day of the data set. */
export const HISTORY_DAYS = 3 * 365;

export type Plan = Record<keyof typeof PER_SCALE, number>;

export function planFor(scale: number): Plan {
  if (!(scale > 0) || scale > 100) throw new Error(`scale must be above 0 and at most 100 (got ${scale})`);
  return Object.fromEntries(Object.entries(PER_SCALE).map(([key, n]) => [key, Math.max(1, Math.round(n * scale))])) as Plan;
}
