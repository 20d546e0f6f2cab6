/**
 * The cron: what is due, decided from queue rows alone (table-driven), and a run at scale — 2,000
 * open cases in 20 schools — that stays inside one free-plan invocation, acts on the most urgent
 * first, sends nothing twice when two runs overlap, and loses nothing when Telegram fails.
 */
import { describe, expect, it } from "vitest";
import type { Services } from "../src/bot/context.ts";
import { servicesFor } from "../src/bot/services.ts";
import type { CaseRow } from "../src/domain/case.ts";
import { CRON_FLAGS } from "../src/domain/case.ts";
import { dueFor, MAX_OPEN_DAYS } from "../src/domain/due.ts";
import type { School } from "../src/domain/school.ts";
import { MAX_ACTIONS, MAX_SCHOOLS, runJobs } from "../src/cron/jobs.ts";
import { env } from "cloudflare:workers";
import { countKv } from "./support/kv-spy.ts";
import { desk } from "./support/schools.ts";
import { fileCase } from "./support/seed.ts";
import type { FakeTelegram } from "./support/telegram.ts";
import { useWorld } from "./support/world.ts";

let tg: FakeTelegram;
useWorld((fresh) => {
  tg = fresh;
});

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2026, 11, 2, 10, 0);
const hour = Math.floor(NOW / HOUR);
const row = (patch: Partial<CaseRow>): CaseRow => ({
  r: "staff",
  u: "normal",
  s: "new",
  c: "conflict",
  h: hour,
  d: "2026-12-02",
  ...patch,
});

describe("what is due (from a queue row alone)", () => {
  it.each([
    ["urgent, taken by nobody for more than an hour", row({ u: "urgent", h: hour - 2 }), "urgent-unclaimed"],
    ["urgent, sent within the last hour-mark", row({ u: "urgent", h: hour - 1 }), undefined],
    [
      "urgent, already escalated",
      row({ u: "urgent", h: hour - 2, f: CRON_FLAGS.urgentToPrincipal }),
      undefined,
    ],
    ["mediation, nobody took it for a day", row({ r: "mediation", h: hour - 24 }), "remind"],
    ["staff route, a day old: no club reminder", row({ h: hour - 24 }), undefined],
    ["three days untaken", row({ h: hour - 72 }), "unclaimed"],
    [
      "three days untaken, already escalated",
      row({ h: hour - 72, f: CRON_FLAGS.escalatePrincipal }),
      undefined,
    ],
    [
      "a session within a day",
      row({ s: "mediation", sa: Math.floor((NOW + 20 * HOUR) / 60_000) }),
      "session",
    ],
    ["a session in two days", row({ s: "mediation", sa: Math.floor((NOW + 48 * HOUR) / 60_000) }), undefined],
    ["a check-in due", row({ s: "resolved", ci: hour, x: hour - 240 }), "check-in"],
    ["open longer than the limit", row({ s: "taken", h: hour - MAX_OPEN_DAYS * 24 }), "expire"],
    ["closed longer than retention", row({ s: "resolved", x: hour - 180 * 24 }), "erase"],
    ["closed within retention", row({ s: "resolved", x: hour - 179 * 24 }), undefined],
  ])("%s", (_name, r, due) => {
    expect(dueFor(r, NOW, 180)).toBe(due);
  });
});

/** Twenty schools, each with a principal and an adviser who have talked to the bot. */
async function schools(count: number): Promise<School[]> {
  const out: School[] = [];
  for (let i = 0; i < count; i++) {
    const code = `C${String(i)
      .padStart(2, "0")
      .replace(/[01]/g, (d) => (d === "0" ? "A" : "B"))}RN2`;
    const school: School = {
      code,
      name: `School ${i}`,
      municipality: "Prizren",
      country: "XK",
      lang: "en",
      timeZone: "Europe/Belgrade",
      createdAt: 0,
    };
    const d = desk(code);
    await d.init(NOW - 200 * DAY, school);
    for (const [j, role] of (["principal", "adviser"] as const).entries()) {
      const id = 800_000 + i * 10 + j;
      await d.createInvite(NOW - 200 * DAY, `INV${code}${j}XYZ`.slice(0, 13), role);
      await d.join(NOW - 200 * DAY, {
        updateId: i * 10 + j + 1,
        code: `INV${code}${j}XYZ`.slice(0, 13),
        user: { id, name: `${role} ${i}`, lang: "en" },
      });
      tg.sim.addChat(id);
    }
    out.push(school);
  }
  return out;
}

const principals = (n: number) => Array.from({ length: n }, (_, i) => 800_000 + i * 10);
const services = (): Services => servicesFor(env, () => NOW);

describe("a cron run at scale", () => {
  it("2,000 open cases: one invocation's budget, the most urgent first, nothing twice, nothing lost when Telegram fails", {
    timeout: 120_000,
  }, async () => {
    const all = await schools(20);
    // Per school: 5 urgent untaken for 3 h, 20 staff cases untaken for 4 days, 30 mediation cases a day old, 45 fresh.
    let chat = 700_000;
    for (const school of all) {
      const mix = [
        ...Array(5).fill({ route: "staff", urgency: "urgent", ageMs: 3 * HOUR }),
        ...Array(20).fill({ route: "staff", urgency: "normal", ageMs: 4 * DAY }),
        ...Array(30).fill({ route: "mediation", urgency: "normal", ageMs: 25 * HOUR }),
        ...Array(45).fill({ route: "mediation", urgency: "normal", ageMs: HOUR / 2 }),
      ];
      for (const m of mix) await fileCase(school, { ...m, chat: chat++, now: NOW });
    }
    await tg.settle(); // the new-case notices of the seeding
    tg.clear();
    // Telegram is overloaded for the first notices: they must still arrive, once.
    tg.sim.failNext("sendMessage", { kind: "429", retryAfter: 1 }, 15);
    const count = countKv();
    const first = services();
    const second = services();
    // Two runs at the same moment (an overlap, or a retried trigger): the desks' flags make it one.
    const [a, b] = await Promise.all([runJobs(first), runJobs(second)]);
    expect(a.scanned).toBe(2_000);
    // Within one free-plan invocation: KV lists (1,000 keys a page), desk calls (subrequests).
    expect(count.lists).toBeLessThanOrEqual(2 * 2);
    expect(first.deskCalls.calls).toBeLessThanOrEqual(MAX_SCHOOLS);
    expect(first.deskCalls.calls + count.lists / 2).toBeLessThan(50);
    const acted = (d: keyof typeof a.acted) => a.acted[d] + b.acted[d];
    // The most urgent first: 100 urgent, then 100 of the 400 three-day escalations fill the 200 actions.
    expect(MAX_ACTIONS).toBe(200);
    expect(acted("urgent-unclaimed")).toBe(100);
    expect(acted("unclaimed")).toBe(100);
    expect(acted("remind")).toBe(0);
    await tg.settle(2_500, 60_000); // retries wait retry_after (1 s) before they come again
    const toPrincipals = principals(20).flatMap((id) => tg.textsTo(id));
    const codes = toPrincipals.map((x) => /[2-9A-Z]{5} [2-9A-Z]{5}/.exec(x)?.[0]).filter(Boolean);
    expect(codes).toHaveLength(200);
    expect(new Set(codes).size).toBe(200);
    // The next run goes on where this one stopped.
    const next = await runJobs(services());
    expect(next.acted["urgent-unclaimed"]).toBe(0);
    expect(next.acted.unclaimed).toBe(200);
  });
});
