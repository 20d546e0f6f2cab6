/**
 * The cron jobs. One paged list() over all cases (metadata only) decides what is due; only due
 * cases are read and written. Each notice's flag is written *before* it is sent, so a second run —
 * or a run overlapping the first — never sends it twice (at worst a failed send is not retried).
 * Bounded: at most MAX_ACTIONS cases acted on per run, most urgent first; the rest wait for the next run.
 */
import { type CaseRow, CRON_FLAGS, displayCode, rowOf, type StoredCase } from "../domain/case.ts";
import { formatLocal } from "../domain/schedule.ts";
import { DAY_MS, MINUTE } from "../domain/time.ts";
import { directoryFor } from "../flow/registry.ts";
import { localeDigit } from "../bot/callback-locale.ts";
import { type BotApi, buttonFor, notifyMember, notifyStaff, tellStudent } from "../bot/notify.ts";
import type { Config } from "../config.ts";
import { deleteCase, getCase, putCase } from "../storage/cases.ts";
import { keys } from "../storage/keys.ts";
import type { Kv } from "../storage/kv-counter.ts";
import { openJson } from "../crypto/seal.ts";

const HOUR = 60 * MINUTE;
export const MAX_ACTIONS = 40;
/** 20,000 cases a run; with closed cases erased after retention, a programme stays well below. */
const MAX_PAGES = 20;

type Due = "remind" | "escalate" | "urgent" | "session" | "check-in" | "erase";

/** What is due for one row, from metadata alone. Pure, so the schedule is easy to test. */
export function dueFor(row: CaseRow, now: number, retentionDays: number): Due | undefined {
  const flags = row.f ?? 0;
  const age = now - row.t * MINUTE;
  if (row.x !== undefined && now - row.x * MINUTE >= retentionDays * DAY_MS) return "erase";
  if (row.s === "new") {
    if (row.u === "urgent" && age >= HOUR && !(flags & CRON_FLAGS.urgentToPrincipal)) return "urgent";
    if (age >= 72 * HOUR && !(flags & CRON_FLAGS.escalatePrincipal)) return "escalate";
    if (row.r === "mediation" && age >= 24 * HOUR && !(flags & CRON_FLAGS.remindAdvisers)) return "remind";
  }
  if (row.s === "mediation" && row.sa !== undefined && !(flags & CRON_FLAGS.sessionReminder)) {
    const until = row.sa * MINUTE - now;
    if (until > 0 && until <= DAY_MS) return "session";
  }
  if (row.s === "resolved" && row.ci !== undefined && now >= row.ci * MINUTE && !(flags & CRON_FLAGS.checkIn))
    return "check-in";
  return undefined;
}

const FLAG_OF: Record<Exclude<Due, "erase">, number> = {
  remind: CRON_FLAGS.remindAdvisers,
  escalate: CRON_FLAGS.escalatePrincipal,
  urgent: CRON_FLAGS.urgentToPrincipal,
  session: CRON_FLAGS.sessionReminder,
  "check-in": CRON_FLAGS.checkIn,
};

export interface CronResult {
  scanned: number;
  acted: Record<Due, number>;
}

/** Most important first: when a run cannot do everything, children in danger are not behind erasures. */
const PRIORITY: readonly Due[] = ["urgent", "escalate", "remind", "session", "check-in", "erase"];

export async function runJobs(api: BotApi, kv: Kv, config: Config, now: number): Promise<CronResult> {
  const acted: Record<Due, number> = {
    remind: 0,
    escalate: 0,
    urgent: 0,
    session: 0,
    "check-in": 0,
    erase: 0,
  };
  const due: Array<{ school: string; id: string; due: Due }> = [];
  let scanned = 0;
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const list = await kv.list<CaseRow>({ prefix: keys.allCasesPrefix(), cursor });
    for (const key of list.keys) {
      scanned++;
      const what = key.metadata && dueFor(key.metadata, now, config.retentionDays);
      const [, school = "", id = ""] = key.name.split(":");
      if (what) due.push({ school, id, due: what });
    }
    if (list.list_complete) break;
    cursor = list.cursor;
  }
  due.sort((a, b) => PRIORITY.indexOf(a.due) - PRIORITY.indexOf(b.due));
  for (const item of due.slice(0, MAX_ACTIONS)) {
    if (item.due === "erase") {
      await deleteCase(kv, item.school, item.id);
      acted.erase++;
      continue;
    }
    const c = await getCase(kv, item.school, item.id);
    // Metadata may be a moment behind: act only if the case itself still says it is due.
    if (!c || dueFor(rowOf(c), now, config.retentionDays) !== item.due) continue;
    const marked: StoredCase = { ...c, flags: (c.flags ?? 0) | FLAG_OF[item.due] };
    if (item.due === "check-in") marked.mediation = { ...c.mediation, checkIn: "asked" };
    await putCase(kv, marked);
    await send(api, kv, config, marked, item.due);
    acted[item.due]++;
  }
  return { scanned, acted };
}

async function send(
  api: BotApi,
  kv: Kv,
  config: Config,
  c: StoredCase,
  due: Exclude<Due, "erase">,
): Promise<void> {
  const code = displayCode(c.id);
  const principal = (s: { role: string }) => s.role === "principal";
  switch (due) {
    case "remind":
      await notifyStaff(
        api,
        kv,
        config,
        c.school,
        (s) => s.role === "adviser",
        (t) => t("cron-remind-advisers", { code }),
        c.id,
      );
      return;
    case "escalate":
      await notifyStaff(api, kv, config, c.school, principal, (t) => t("cron-escalate", { code }), c.id);
      return;
    case "urgent":
      await notifyStaff(api, kv, config, c.school, principal, (t) => t("cron-urgent", { code }), c.id);
      return;
    case "session": {
      const tz = directoryFor(c.country).timeZone;
      const session = c.mediation?.session
        ? await openJson<{ at: number; place: string }>(
            config.sealKey,
            c.mediation.session,
            `${keys.case(c.school, c.id)}#session`,
          )
        : undefined;
      if (!session) return;
      const when = formatLocal(session.at, tz);
      await tellStudent(api, config, c, (t) => t("cron-session-student", { when, place: session.place }));
      await notifyMember(
        api,
        kv,
        config,
        c.school,
        c.assignee?.id,
        (t) => t("cron-session-adviser", { code, when }),
        c.id,
      );
      return;
    }
    case "check-in":
      await tellStudent(
        api,
        config,
        c,
        (t) => t("checkin-question", { code }),
        async (t, chat, locale) => [
          [
            await buttonFor(config, chat, t("checkin-yes"), `B${localeDigit(locale)}${c.school}${c.id}y`),
            await buttonFor(config, chat, t("checkin-no"), `B${localeDigit(locale)}${c.school}${c.id}n`),
          ],
        ],
      );
      return;
  }
}
