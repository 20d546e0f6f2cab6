/**
 * The cron's work on one school's cases. The cron decides from KV rows what looks due; the desk
 * re-checks each on the case itself (a row may be a moment behind), sets the flag that guards it
 * and puts its notices in the outbox in the same transaction — so a notice is sent once, and never
 * lost (the old "flag first, then send" lost a reminder whenever the send failed).
 */
import { type CaseRecord, rowOf } from "../../domain/case.ts";
import { dueFor, FLAG_OF } from "../../domain/due.ts";
import { applyChange, type Change } from "../../domain/lifecycle.ts";
import { type Due, onChange, onDue } from "../../domain/notices.ts";
import { localIsoDay } from "../../domain/time.ts";
import type { DueItem } from "./api.ts";
import type { DeskState } from "./state.ts";

export function runDue(d: DeskState, items: readonly DueItem[], retentionDays: number): Record<Due, number> {
  const acted: Record<Due, number> = {
    "urgent-unclaimed": 0,
    unclaimed: 0,
    remind: 0,
    session: 0,
    "check-in": 0,
    expire: 0,
    erase: 0,
  };
  const audience = d.audience();
  const when = d.when();
  const tz = d.requireSchool().timeZone;
  for (const item of items) {
    const c = d.readCase(item.id);
    if (!c || dueFor(rowOf(c), when.now, retentionDays) !== item.due) continue;
    if (item.due === "erase") {
      d.deleteCase(c, true);
      acted.erase++;
      continue;
    }
    const due = item.due;
    if (due === "check-in" || due === "expire") {
      const change: Change = due === "check-in" ? { kind: "check-in-asked" } : { kind: "expire" };
      const result = applyChange(c, change, when);
      if (!result.ok) continue;
      d.writeCase(result.next, c);
      d.notify(onChange(c, result.next, change, {}, audience));
    } else {
      const result = applyChange(c, { kind: "flag", flag: FLAG_OF[due] }, when);
      if (!result.ok) continue;
      d.writeCase(result.next, c);
      d.notify(onDue(result.next, due, audience, sessionDay(result.next, when.now, tz)));
    }
    acted[item.due]++;
  }
  return acted;
}

/** "today" or "tomorrow", in the school's calendar: what the session reminder says. */
function sessionDay(c: CaseRecord, now: number, tz: string): string {
  const at = c.mediation?.sessionAt;
  if (at === undefined) return "today";
  return localIsoDay(at, tz) === localIsoDay(now, tz) ? "today" : "tomorrow";
}
