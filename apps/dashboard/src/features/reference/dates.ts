/** `datetime-local` and `date` inputs give local wall-clock values; the API wants ISO instants. */
export function localInputToIso(value: string): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

const pad = (value: number) => String(value).padStart(2, '0');

/** The value a `datetime-local` input shows for an instant, in local time. */
export function isoToLocalInput(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Monday 00:00 of the week the instant falls in (local time), as weeks are counted in Kazakhstan. */
export function startOfWeek(date: Date): Date {
  const start = new Date(date.getFullYear(), date.getMonth(), date.getDate());
  const shift = (start.getDay() + 6) % 7;
  start.setDate(start.getDate() - shift);
  return start;
}

export function addDays(date: Date, days: number): Date {
  const next = new Date(date);
  next.setDate(next.getDate() + days);
  return next;
}

/** `dd.mm.yyyy`. */
export function formatDay(date: Date): string {
  return `${pad(date.getDate())}.${pad(date.getMonth() + 1)}.${date.getFullYear()}`;
}

/** Groups items by the Monday of their week, in order. */
export function groupByWeek<T>(items: readonly T[], at: (item: T) => string): { weekStart: Date; items: T[] }[] {
  const groups = new Map<number, { weekStart: Date; items: T[] }>();
  for (const item of items) {
    const weekStart = startOfWeek(new Date(at(item)));
    const key = weekStart.getTime();
    const group = groups.get(key) ?? { weekStart, items: [] };
    group.items.push(item);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => a.weekStart.getTime() - b.weekStart.getTime());
}

/** `YYYY-MM-DD` (a day without a time, as the registry stores it) written `dd.mm.yyyy`. */
export function formatIsoDay(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : day;
}

/** A day the API sends as midnight UTC (e.g. lastContactAt), written `dd.mm.yyyy` whatever the time zone. */
export function formatUtcDay(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatIsoDay(date.toISOString());
}

/** Today in local time as `YYYY-MM-DD`, for `date` inputs. */
export function todayIsoDay(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
