/**
 * The status line under the title: what the last request cost, what the last cron run did, and
 * problems reaching the Worker; a log of the costs, newest first.
 */
import type { Due } from "../../domain/notices.ts";
import type { Scheduled } from "./api.ts";
import { costText } from "./chat-view.ts";
import { clock, h, must, plural } from "./dom.ts";
import type { Cost } from "./store.ts";

const LOG_KEPT = 50;
const DAY_MS = 24 * 3600_000;

/** What the cron's jobs did, in words (src/cron/jobs.ts: `acted`). */
const DONE: Record<Due, [string, string]> = {
  "urgent-unclaimed": ["urgent case nobody took", "urgent cases nobody took"],
  unclaimed: ["case nobody took", "cases nobody took"],
  remind: ["reminder", "reminders"],
  session: ["session reminder", "session reminders"],
  "check-in": ["check-in", "check-ins"],
  expire: ["case closed for age", "cases closed for age"],
  erase: ["case erased (retention)", "cases erased (retention)"],
};

export class Status {
  private readonly line = must<HTMLElement>("#status");
  private readonly log = must<HTMLDetailsElement>("#cost-log");
  private readonly list = must<HTMLOListElement>("#cost-list");
  private readonly summary = must<HTMLElement>("#cost-log summary");
  private readonly total: Cost = { requests: 0, reads: 0, writes: 0, deletes: 0, lists: 0, desk: 0 };

  say(text: string, tone: "info" | "error" = "info"): void {
    this.line.textContent = text;
    this.line.classList.toggle("error", tone === "error");
  }

  /** A request's cost: the line, the running total and the log. */
  cost(who: string, what: string, cost: Omit<Cost, "requests">): void {
    const one = { requests: 1, ...cost };
    for (const k of ["reads", "writes", "deletes", "lists", "desk"] as const) this.total[k] += cost[k];
    this.total.requests++;
    this.say(`${who}: ${what} → ${costText(one)}`);
    this.list.insertBefore(
      h("li", { text: `${clock(Date.now())} ${who}: ${what} → ${costText(one)}` }),
      this.list.firstChild,
    );
    while (this.list.children.length > LOG_KEPT) this.list.lastElementChild?.remove();
    this.summary.textContent = `${plural(this.total.requests, "request")}, ${plural(this.total.writes, "KV write")} so far`;
    this.log.hidden = false;
  }

  /** How far ahead the playground's clock runs: next to its button, and in the status line when it moved. */
  clock(clockMs: number, now: number, moved: boolean): void {
    const days = Math.round(clockMs / DAY_MS);
    const badge = must<HTMLElement>("#clock");
    badge.hidden = days === 0;
    badge.textContent = `· clock ${plural(days, "day")} ahead`;
    if (!moved) return;
    const when = new Date(now).toLocaleString([], {
      weekday: "short",
      day: "numeric",
      month: "short",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    this.say(
      `The playground's clock now runs ${plural(days, "day")} ahead: it is ${when}. Run the cron to see what is due.`,
    );
  }

  /** "Cron ran: …" — always says what the run looked at and what it did. */
  cron(answer: Scheduled): void {
    const { report, calls } = answer;
    const done = (Object.entries(report.acted) as Array<[Due, number]>)
      .filter(([, n]) => n > 0)
      .map(([due, n]) => `${n} ${(DONE[due] ?? [due, due])[n === 1 ? 0 : 1]}`);
    const looked = `looked at ${plural(report.scanned, "case")}, ${report.due} due`;
    const acted = done.length
      ? `acted on ${done.join(", ")} — notices follow in a moment`
      : "nothing was due";
    this.say(
      `Cron ran at ${clock(Date.now())}: ${looked}; ${acted}. ${plural(calls.length, "Bot API call")} so far.`,
    );
  }
}
