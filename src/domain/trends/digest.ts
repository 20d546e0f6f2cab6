/**
 * The principals' weekly digest: when it may go out, and to whom. It reports on the week that just
 * ended with the same suppressed figures as `/trends` (summary.ts), once per school and week — the
 * school's desk records the week in the transaction that queues it. Pure.
 */
import type { Audience, Notice } from "../notices.ts";
import { MINUTE, offsetMinutes } from "../time.ts";
import { monthOfWeek, weekOfDay } from "./periods.ts";
import type { TrendsSummary } from "./summary.ts";
import type { IsoWeek } from "./types.ts";

/** From Monday 08:00 school time; when the cron could not reach the school then, in school hours only. */
export const DIGEST_HOURS = { from: 8, to: 18 } as const;

export interface DigestDue {
  /** The ISO week the digest belongs to (sent once in it). */
  week: IsoWeek;
  /** The week that just ended, which it reports on, and that week's month. */
  reportOn: IsoWeek;
  month: string;
}

/**
 * Whether a school's digest may go out now: Monday to Friday, 08:00 to 18:00 school time — on
 * Monday morning when the cron reaches the school then, later that week when it could not. A
 * principal is never woken at night or at the weekend by a digest.
 */
export function digestDue(now: number, timeZone: string): DigestDue | null {
  const local = new Date(now + offsetMinutes(now, timeZone) * MINUTE);
  const weekday = local.getUTCDay();
  const hour = local.getUTCHours();
  if (weekday === 0 || weekday === 6 || hour < DIGEST_HOURS.from || hour >= DIGEST_HOURS.to) return null;
  const weekAgo = new Date(local.getTime() - 7 * 1440 * MINUTE).toISOString().slice(0, 10);
  const reportOn = weekOfDay(weekAgo);
  return { week: weekOfDay(local.toISOString().slice(0, 10)), reportOn, month: monthOfWeek(reportOn) };
}

/**
 * One notice per principal. A school without a principal gets none: the programme's admins see
 * every school with /trends, and a digest is not an alarm that must reach someone.
 */
export function digestNotices(a: Audience, summary: TrendsSummary): Notice[] {
  return a.staff
    .filter((m) => m.role === "principal")
    .map((m) => ({
      to: { kind: "staff", id: m.id, lang: m.lang },
      kind: "digest",
      school: a.school.code,
      args: { summary: JSON.stringify(summary), tz: a.school.timeZone },
      now: false,
    }));
}
