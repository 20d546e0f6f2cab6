/**
 * What the cron must do for a case, decided from its queue row alone (KV metadata: one list() per
 * 1,000 cases, no reads). Pure, so the schedule is tested directly. Times are in hours: the row
 * keeps nothing finer (DESIGN, anonymity 8).
 */
import { type CaseRow, CRON_FLAGS } from "./case.ts";
import type { Due } from "./notices.ts";
import { DAY_MS, MINUTE } from "./time.ts";

export type { Due };

/** A case nobody closed in this many days is closed as "expired" (and the principal told): never kept forever. */
export const MAX_OPEN_DAYS = 120;

const has = (row: CaseRow, flag: number) => ((row.f ?? 0) & flag) !== 0;

export function dueFor(row: CaseRow, now: number, retentionDays: number): Due | undefined {
  const hour = Math.floor(now / (60 * MINUTE));
  if (row.x !== undefined) {
    if (hour - row.x >= retentionDays * 24) return "erase";
  }
  // Sent within the hour `h`: "more than an hour" is two hour-marks later, never early by minutes.
  const age = hour - row.h;
  if (row.s === "new") {
    if (row.u === "urgent" && age >= 2 && !has(row, CRON_FLAGS.urgentToPrincipal)) return "urgent-unclaimed";
    if (age >= 72 && !has(row, CRON_FLAGS.escalatePrincipal)) return "unclaimed";
    if (row.r === "mediation" && age >= 24 && !has(row, CRON_FLAGS.remindAdvisers)) return "remind";
  }
  if (row.s === "mediation" && row.sa !== undefined && !has(row, CRON_FLAGS.sessionReminder)) {
    const until = row.sa * MINUTE - now;
    if (until > 0 && until <= DAY_MS) return "session";
  }
  if (row.s === "resolved" && row.ci !== undefined && hour >= row.ci && !has(row, CRON_FLAGS.checkIn))
    return "check-in";
  const open = row.s === "new" || row.s === "taken" || row.s === "mediation";
  if (open && age >= MAX_OPEN_DAYS * 24 && !has(row, CRON_FLAGS.expired)) return "expire";
  return undefined;
}

/** Most important first: when a run cannot do everything, children in danger are not behind erasures. */
export const DUE_PRIORITY: readonly Due[] = [
  "urgent-unclaimed",
  "unclaimed",
  "remind",
  "session",
  "check-in",
  "expire",
  "erase",
];

/** The flag a due notice sets in the same transaction, so a second run never sends it twice. */
export const FLAG_OF: Record<Exclude<Due, "erase" | "check-in" | "expire">, number> = {
  remind: CRON_FLAGS.remindAdvisers,
  unclaimed: CRON_FLAGS.escalatePrincipal,
  "urgent-unclaimed": CRON_FLAGS.urgentToPrincipal,
  session: CRON_FLAGS.sessionReminder,
};
