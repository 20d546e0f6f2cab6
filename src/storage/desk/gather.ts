/**
 * What the programme gathers from a school — its trends counts — and, once a week, its principals'
 * digest, queued in the transaction that records the week: never lost, never sent twice for a week.
 * The gathering already reaches every school each hour (cron/trends.ts), so the digest costs no
 * call of its own.
 */
import { digestDue, digestNotices } from "../../domain/trends/digest.ts";
import { weekOfDay } from "../../domain/trends/periods.ts";
import { summaryOf } from "../../domain/trends/summary.ts";
import type { Counts, Dimension } from "../../domain/trends/types.ts";
import { viewOfScope } from "../../domain/trends/view.ts";
import type { DeskState } from "./state.ts";
import { stats } from "./stats.ts";

/** How the digest's figures are shown: as on the dashboard (threshold, every value each breakdown lists). */
export interface DigestOptions {
  /** Whether principals get the digest at all (config WEEKLY_DIGEST). */
  send: boolean;
  threshold: number;
  values: Partial<Record<Dimension, readonly string[]>>;
}

/**
 * The counts leave the school without the week in progress: gathered every hour, this week's cells
 * would move by one report at a time, and a partner or admin comparing two reloads would see one
 * report's category, place and urgency together, within the hour (DESIGN, anonymity 5: a week at
 * most, one dimension at a time). The school's own dashboard and digest read all of it.
 */
export function gather(d: DeskState, options: DigestOptions): Counts {
  const all = stats(d);
  const { [weekOfDay(d.when().day)]: _inProgress, ...whole } = all.weeks;
  const counts = { ...all, weeks: whole };
  const school = d.requireSchool();
  const due = options.send ? digestDue(d.now(), school.timeZone) : null;
  if (!due) return counts;
  const sent = d.sql.exec("SELECT 1 FROM digests WHERE week = ?", due.week).toArray().length > 0;
  if (sent) return counts;
  d.sql.exec("INSERT INTO digests (week) VALUES (?)", due.week);
  const scope = { kind: "school" as const, id: school.code, name: school.name };
  // The principal's own digest may count the week in progress, as their dashboard does.
  const view = viewOfScope(scope, all, due.month, options.threshold, {
    values: options.values,
    lastWeek: due.reportOn,
  });
  d.notify(digestNotices(d.audience(), summaryOf(view, due.reportOn)));
  return counts;
}
