/** Kazakhstan's time zone (the IANA database knows its offset and any change of it; code never holds one). */
export const ALMATY = 'Asia/Almaty';

const FORMAT = new Intl.DateTimeFormat('en-CA', { timeZone: ALMATY, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', hourCycle: 'h23', weekday: 'short' });
const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** The local date (YYYY-MM-DD), hour (0-23) and ISO weekday (1 Monday … 7 Sunday) of an instant in Almaty. */
export function almatyLocal(at: Date): { date: string; hour: number; weekday: number } {
  const parts = Object.fromEntries(FORMAT.formatToParts(at).map((part) => [part.type, part.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour), weekday: WEEKDAYS[parts.weekday] };
}
