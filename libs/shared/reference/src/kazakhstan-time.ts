import { TZDate } from '@date-fns/tz';
import { addDays, format } from 'date-fns';

/**
 * The time zone the front offices work in. Kazakhstan has had one zone (UTC+5) since March 2024;
 * the IANA database knows that and any later change, so no offset is ever written in code.
 */
export const KAZAKHSTAN_TIME_ZONE = 'Asia/Almaty';

const inKazakhstan = (at: Date) => new TZDate(at.getTime(), KAZAKHSTAN_TIME_ZONE);

/** The calendar day (YYYY-MM-DD) it is in Kazakhstan at an instant. */
export function kazakhstanDay(at: Date): string {
  return format(inKazakhstan(at), 'yyyy-MM-dd');
}

/** "2026-12-07 09:31": the Kazakhstan time of an instant to the minute, a form CSV readers and spreadsheets both parse. */
export function kazakhstanMinute(at: Date): string {
  return format(inKazakhstan(at), 'yyyy-MM-dd HH:mm');
}

/** The local date (YYYY-MM-DD), hour (0–23) and ISO weekday (1 Monday … 7 Sunday) of an instant in Kazakhstan. */
export function kazakhstanClock(at: Date): { date: string; hour: number; weekday: number } {
  const local = inKazakhstan(at);
  return { date: format(local, 'yyyy-MM-dd'), hour: local.getHours(), weekday: Number(format(local, 'i')) };
}

/** The instant a Kazakhstan calendar day (YYYY-MM-DD) begins. */
export function startOfKazakhstanDay(day: string): Date {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(new TZDate(year, month - 1, date, KAZAKHSTAN_TIME_ZONE).getTime());
}

/** The first instant after a Kazakhstan calendar day. */
export function endOfKazakhstanDay(day: string): Date {
  return startOfKazakhstanDay(addCalendarDays(day, 1));
}

/** The calendar day (YYYY-MM-DD) `days` after (negative: before) another. */
export function addCalendarDays(day: string, days: number): string {
  const [year, month, date] = day.split('-').map(Number);
  return format(addDays(new Date(year, month - 1, date), days), 'yyyy-MM-dd');
}

/** The same wall-clock time as a UTC Date (for spreadsheets, which store times without a zone). */
export function kazakhstanWallClock(at: Date): Date {
  const local = inKazakhstan(at);
  return new Date(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate(), local.getHours(), local.getMinutes(), local.getSeconds()));
}
