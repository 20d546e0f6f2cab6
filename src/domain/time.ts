/**
 * Time as people see it: schools keep local time (DESIGN "Time"); trends never show anything finer
 * than a week. Pure functions of a timestamp and an IANA time zone.
 */

export const MINUTE = 60_000;
export const DAY_MS = 86_400_000;

export const dayNumber = (ms: number) => Math.floor(ms / DAY_MS);

/** ISO-8601 week, e.g. "2026-W49": the finest time granularity that leaves a case record in trends. */
export function isoWeek(ms: number): string {
  const d = new Date(ms);
  const date = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday); // the Thursday of this week names its year
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((date.getTime() - yearStart) / DAY_MS + 1) / 7);
  return `${date.getUTCFullYear()}-W${String(week).padStart(2, "0")}`;
}

export interface LocalTime {
  /** 1 = Monday … 7 = Sunday */
  weekday: number;
  minutes: number;
}

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const formatters = new Map<string, Intl.DateTimeFormat>();

export function localTime(ms: number, timeZone: string): LocalTime {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      weekday: "short",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(timeZone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  return {
    weekday: WEEKDAYS.indexOf(parts.weekday ?? "Mon") + 1,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/** School hours on weekdays, local time. Holidays are not known to Ura (README: limits). */
export const SCHOOL_OPENS = 8 * 60;
export const SCHOOL_CLOSES = 15 * 60;

export type FirstSeen = { open: true } | { open: false; day: "today" | "tomorrow" | number };

/** When will an adult at school first see a report sent now? Honest answer for the student. */
export function firstSeen(ms: number, timeZone: string): FirstSeen {
  const { weekday, minutes } = localTime(ms, timeZone);
  const schoolDay = weekday <= 5;
  if (schoolDay && minutes >= SCHOOL_OPENS && minutes < SCHOOL_CLOSES) return { open: true };
  if (schoolDay && minutes < SCHOOL_OPENS) return { open: false, day: "today" };
  const nextDay = weekday >= 5 ? 1 : weekday + 1;
  return { open: false, day: nextDay === (weekday % 7) + 1 ? "tomorrow" : nextDay };
}
