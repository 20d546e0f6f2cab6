/**
 * Weeks and months as trends count them. An ISO week belongs to the month of its Thursday — as it
 * belongs to the year of its Thursday — so every month is a set of whole weeks and the weeks of a
 * month add up to it exactly: a suppressed week can be protected against its month's total.
 */
import type { IsoWeek, Period } from "./types.ts";

const DAY = 86_400_000;

/** The ISO week of a date ("2026-12-02" → "2026-W49"). */
export function weekOfDay(day: string): IsoWeek {
  const date = new Date(`${day}T00:00:00Z`);
  const weekday = date.getUTCDay() || 7;
  const thursday = new Date(date.getTime() + (4 - weekday) * DAY);
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((thursday.getTime() - yearStart) / DAY + 1) / 7);
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, "0")}`;
}

/** The Thursday of an ISO week, as a UTC date. */
function thursdayOf(week: IsoWeek): Date {
  const [y, w] = week.split("-W").map(Number) as [number, number];
  const jan4 = new Date(Date.UTC(y, 0, 4));
  const mondayOfWeek1 = jan4.getTime() - ((jan4.getUTCDay() || 7) - 1) * DAY;
  return new Date(mondayOfWeek1 + (w - 1) * 7 * DAY + 3 * DAY);
}

/** The month a week counts in ("2026-W49" → "2026-12"). */
export function monthOfWeek(week: IsoWeek): string {
  return thursdayOf(week).toISOString().slice(0, 7);
}

/** The month of a day, as trends count it (the month of that day's week). */
export const monthOfDay = (day: string) => monthOfWeek(weekOfDay(day));

/** A month as its whole weeks. */
export function month(id: string): Period {
  const [y, m] = id.split("-").map(Number) as [number, number];
  const weeks: IsoWeek[] = [];
  // Every week whose Thursday is in the month: start at the month's first day's week, step a week.
  for (let t = Date.UTC(y, m - 1, 1) - 6 * DAY; t < Date.UTC(y, m, 1) + 7 * DAY; t += 7 * DAY) {
    const week = weekOfDay(new Date(t).toISOString().slice(0, 10));
    if (monthOfWeek(week) === id && !weeks.includes(week)) weeks.push(week);
  }
  return { kind: "month", id, weeks };
}

export function previousMonth(id: string): string {
  const [y, m] = id.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 2, 1)).toISOString().slice(0, 7);
}

/** The `count` months up to and including `id`, oldest first. */
export function lastMonths(id: string, count: number): string[] {
  const out = [id];
  while (out.length < count) out.unshift(previousMonth(out[0] as string));
  return out;
}

/**
 * All the programme's schools keep Central European time (DESIGN "Time"): "this week" and "this
 * month" of trends are the same for all of them.
 */
export const TRENDS_ZONE = "Europe/Belgrade";

/**
 * The month a summary or a page opens on, `today` being the school-local day: the last whole month
 * while this one is in its first week (a few days against a whole month would read as a collapse),
 * this month after.
 */
export function reportingMonth(today: string): string {
  const current = monthOfDay(today);
  return month(current).weeks[0] === weekOfDay(today) ? previousMonth(current) : current;
}

/** Whole days between two school-local dates. */
export const daysBetween = (from: string, to: string) =>
  Math.max(0, Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY));
