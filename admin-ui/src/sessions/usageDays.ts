import type { Day } from '../api/schema';

/** The longest range the usage screen asks for: a year of bars is still readable. */
export const MAX_DAYS = 366;

/** A day of the range, with nothing used on the days the server has no row for. */
export interface DayOfUsage {
  date: string;
  downloadBytes: number;
  uploadBytes: number;
  sessions: number;
  onlineSeconds: number;
}

/**
 * Every day from `from` to `to` (ISO dates, both included), in order: a day without usage is a bar
 * of nothing, not a missing bar, so that the chart's days stay evenly spaced.
 */
export function everyDay(days: readonly Day[], from: string, to: string): DayOfUsage[] {
  const byDate = new Map(days.map((day) => [day.date, day]));
  const result: DayOfUsage[] = [];
  for (let date = new Date(`${from}T00:00:00Z`); isoDate(date) <= to && result.length < MAX_DAYS; date.setUTCDate(date.getUTCDate() + 1)) {
    const day = byDate.get(isoDate(date));
    result.push({
      date: isoDate(date),
      downloadBytes: day?.downloadBytes ?? 0,
      uploadBytes: day?.uploadBytes ?? 0,
      sessions: day?.sessions ?? 0,
      onlineSeconds: day?.onlineSeconds ?? 0,
    });
  }
  return result;
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The last `days` days up to today (UTC, as the server's daily rollups count them). */
export function lastDays(days: number, today = new Date()): { from: string; to: string } {
  const from = new Date(today);
  from.setUTCDate(from.getUTCDate() - (days - 1));
  return { from: isoDate(from), to: isoDate(today) };
}
