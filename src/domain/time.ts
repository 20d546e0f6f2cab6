/**
 * Time as people see it: schools keep local time (DESIGN "Time"); trends never show anything finer
 * than a week. Pure functions of a timestamp and an IANA time zone.
 */

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY_MS = 86_400_000;

/**
 * Hours since the epoch: the finest grain a case keeps of when it was sent — what the queue's
 * order and the cron's "nobody took it for an hour" need, and no finer (threat model: time).
 */
export const hourOf = (ms: number) => Math.floor(ms / HOUR);

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock parts of an instant in a zone. One formatter per zone and isolate: building one costs far more than using it. */
function localParts(ms: number, timeZone: string): Record<string, string> {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      weekday: "short",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(timeZone, f);
  }
  return Object.fromEntries(f.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
}

const QUARTER = 15 * MINUTE;
const offsets = new Map<string, number>();

/**
 * Minutes the zone is ahead of UTC at that instant. Kept per zone and quarter hour: every zone's
 * offset is whole quarter hours and changes only on one, and formatting the parts was a visible
 * share of an update's CPU (`npm run bench`).
 */
export function offsetMinutes(at: number, timeZone: string): number {
  const id = `${timeZone}@${Math.floor(at / QUARTER)}`;
  let offset = offsets.get(id);
  if (offset === undefined) {
    if (offsets.size >= 256) offsets.clear();
    offset = computeOffset(at, timeZone);
    offsets.set(id, offset);
  }
  return offset;
}

function computeOffset(at: number, timeZone: string): number {
  const p = localParts(at, timeZone);
  const asUtc = Date.UTC(
    Number(p.year),
    Number(p.month) - 1,
    Number(p.day),
    Number(p.hour),
    Number(p.minute),
  );
  return Math.round((asUtc - Math.floor(at / MINUTE) * MINUTE) / MINUTE);
}

/** The school-local calendar day as a number (days since the epoch): daily limits count these. */
export const localDayNumber = (ms: number, timeZone: string) =>
  Math.floor((ms + offsetMinutes(ms, timeZone) * MINUTE) / DAY_MS);

/** The school-local date, YYYY-MM-DD: the only time a case's history keeps. */
export const localIsoDay = (ms: number, timeZone: string) =>
  new Date(ms + offsetMinutes(ms, timeZone) * MINUTE).toISOString().slice(0, 10);

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

export function localTime(ms: number, timeZone: string): LocalTime {
  const p = localParts(ms, timeZone);
  return {
    weekday: WEEKDAYS.indexOf(p.weekday ?? "Mon") + 1,
    minutes: Number(p.hour) * 60 + Number(p.minute),
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
