/**
 * The cron (every 15 minutes): one paged list() over all cases decides from KV metadata alone what
 * is due — reminders, escalations, session reminders, check-ins, expiry of cases nobody closed, and
 * retention. The due cases go to their schools' desks, most urgent first, one call per school: each
 * desk re-checks the case, sets the flag and queues the notices in one transaction, so a run sends
 * nothing twice (a second run at the same moment finds the flags set) and loses nothing (the
 * notices are committed with the flag and delivered by the queue, with retries).
 *
 * Bounded to stay inside the free plan per run: at most MAX_PAGES list() calls, MAX_SCHOOLS desk
 * calls (subrequests) and MAX_ACTIONS cases; what is left waits 15 minutes for the next run.
 */
import type { Services } from "../bot/context.ts";
import { DUE_PRIORITY, dueFor } from "../domain/due.ts";
import type { Due } from "../domain/notices.ts";
import { listAllCases } from "../storage/cases.ts";
import { deskOf } from "../storage/desk/client.ts";

export const MAX_ACTIONS = 200;
/** Desk calls for due work a run; with the trends gathering (cron/trends.ts) a run stays within 50 subrequests. */
export const MAX_SCHOOLS = 25;
/** 20,000 cases a run; with closed cases erased after retention, a programme stays well below. */
export const MAX_PAGES = 20;

export interface CronResult {
  scanned: number;
  due: number;
  schools: number;
  acted: Record<Due, number>;
}

/** What a cron run did (scheduled.ts): the jobs, and how many schools' trends were gathered. */
export interface ScheduledReport extends CronResult {
  cron: string;
  gathered: number;
}

export async function runJobs(services: Services): Promise<CronResult> {
  const now = services.now();
  const { retentionDays } = services.config;
  const rows = await listAllCases(services.kv, MAX_PAGES);
  const due = rows
    .flatMap((row) => {
      const what = dueFor(row, now, retentionDays);
      return what ? [{ school: row.school, id: row.id, due: what }] : [];
    })
    .sort((a, b) => DUE_PRIORITY.indexOf(a.due) - DUE_PRIORITY.indexOf(b.due))
    .slice(0, MAX_ACTIONS);
  // Schools in the order of their most urgent due case.
  const bySchool = new Map<string, Array<{ id: string; due: Due }>>();
  for (const item of due)
    bySchool.set(item.school, [...(bySchool.get(item.school) ?? []), { id: item.id, due: item.due }]);
  const acted = Object.fromEntries(DUE_PRIORITY.map((d) => [d, 0])) as Record<Due, number>;
  const schools = [...bySchool].slice(0, MAX_SCHOOLS);
  const results = await Promise.all(
    schools.map(([school, items]) =>
      deskOf(services.env, school, services.deskCalls).runDue(now, items, retentionDays),
    ),
  );
  for (const result of results) for (const d of DUE_PRIORITY) acted[d] += result[d];
  return { scanned: rows.length, due: due.length, schools: schools.length, acted };
}
