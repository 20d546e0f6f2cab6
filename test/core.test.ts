/**
 * The pure core, table-driven: the lifecycle (every status × every change), access (every route ×
 * role × assignee), the queue's order, and every kind of button data at its largest.
 */
import { describe, expect, it } from "vitest";
import { KINDS, type KindName, packFields, unpackFields } from "../src/bot/buttons/kinds.ts";
import { MAX_CALLBACK_BYTES, sign, verify } from "../src/bot/buttons/sign.ts";
import { canSee, canWork, isNotifiedOf, mayChange, mayReceive, routeIsFor } from "../src/domain/access.ts";
import { type CaseRecord, type CaseStatus, type CaseRow, CRON_FLAGS } from "../src/domain/case.ts";
import { applyChange, type Change } from "../src/domain/lifecycle.ts";
import { queueRows } from "../src/domain/queue.ts";
import { ROUTES, type Route } from "../src/domain/routing.ts";
import type { Role, StaffMember } from "../src/domain/staff.ts";
import { LOCALES } from "../src/i18n/locales.ts";

const STATUSES: CaseStatus[] = ["new", "taken", "mediation", "resolved", "referred", "withdrawn"];
const when = { now: Date.UTC(2026, 11, 2, 10), day: "2026-12-02", hour: 0 };

function record(status: CaseStatus, patch: Partial<CaseRecord> = {}): CaseRecord {
  return {
    v: 2,
    id: "K7Q4MZX2PA",
    school: "PRZ2XK",
    country: "XK",
    flow: "report",
    answers: { what: "insults" },
    route: "mediation",
    urgency: "normal",
    programme: false,
    status,
    hour: 0,
    day: "2026-11-30",
    hasText: false,
    hasPhoto: false,
    additions: 0,
    sealed: { content: "c", contact: "k" },
    history: [{ e: "new", d: "2026-11-30" }],
    flags: 0,
    ...(status === "new" ? {} : { assignee: { id: 2, name: "Drita" } }),
    ...patch,
  };
}

const person = { id: 3, name: "Ana" };
/** Each change, and the statuses it may start from (everything else must be refused). */
const CHANGES: Array<[Change, CaseStatus[], Partial<CaseRecord>?]> = [
  [{ kind: "take", by: person }, ["new"]],
  [{ kind: "handover", to: person }, ["taken", "mediation"]],
  [{ kind: "unassign" }, ["taken", "mediation"]],
  [{ kind: "escalate" }, ["new", "taken", "mediation"]],
  [{ kind: "checklist", items: [true, true, true, true] }, ["taken"]],
  [{ kind: "other-consent", yes: true }, ["mediation"]],
  [{ kind: "student-consent", yes: true }, ["mediation"], { mediation: { studentConsent: "asked" } }],
  [
    { kind: "concerned-consent", yes: true },
    ["mediation"],
    { answers: { what: "insults", who: "other" }, mediation: { studentConsent: "asked" } },
  ],
  [
    { kind: "schedule", at: when.now + 86_400_000, sealed: "s" },
    ["mediation"],
    { mediation: { studentConsent: "yes", otherConsent: "yes" } },
  ],
  [
    { kind: "agreement", sealed: "a", checkInHour: 1 },
    ["mediation"],
    { mediation: { studentConsent: "yes", otherConsent: "yes", sessionAt: when.now - 3_600_000 } },
  ],
  [
    { kind: "no-agreement" },
    ["mediation"],
    { mediation: { studentConsent: "yes", otherConsent: "yes", sessionAt: when.now - 3_600_000 } },
  ],
  [{ kind: "not-suitable" }, ["taken", "mediation"], { mediation: { checklist: [true, true, true, false] } }],
  [{ kind: "refer-staff" }, ["new", "taken", "mediation"]],
  [{ kind: "refer-external" }, ["new", "taken", "mediation"]],
  [{ kind: "withdraw" }, ["new", "taken", "mediation"]],
  [{ kind: "check-in-asked" }, ["resolved"], { mediation: { checkInHour: 1 } }],
  [{ kind: "check-in", better: false }, ["resolved"], { mediation: { checkIn: "asked" } }],
  [{ kind: "expire" }, ["new", "taken", "mediation"]],
];

describe("the lifecycle: every status × every change", () => {
  for (const [change, from, patch] of CHANGES) {
    for (const status of STATUSES) {
      const allowed = from.includes(status);
      it(`${change.kind} from ${status}: ${allowed ? "applies, with history" : "refused, nothing changes"}`, () => {
        const before = record(status, patch);
        const result = applyChange(before, change, when);
        expect(result.ok).toBe(allowed);
        if (result.ok && change.kind !== "check-in-asked")
          expect(result.next.history.length).toBe(before.history.length + 1);
        if (!result.ok) expect(before).toEqual(record(status, patch));
      });
    }
  }

  it("a bystander's report: the student it is about agrees (asked in person), never the reporter", () => {
    const asked = { mediation: { studentConsent: "asked" as const } };
    const bystander = record("mediation", { ...asked, answers: { what: "insults", who: "other" } });
    expect(applyChange(bystander, { kind: "student-consent", yes: true }, when)).toEqual({
      ok: false,
      reason: "order",
    });
    const agreed = applyChange(bystander, { kind: "concerned-consent", yes: true }, when);
    expect(agreed.ok && agreed.next.mediation?.studentConsent).toBe("yes");
    const own = record("mediation", { ...asked, answers: { what: "insults", who: "me" } });
    expect(applyChange(own, { kind: "concerned-consent", yes: true }, when)).toEqual({
      ok: false,
      reason: "order",
    });
    expect(applyChange(own, { kind: "student-consent", yes: false }, when).ok).toBe(true);
  });

  it("refuses mediation steps out of order: no session before both consents, no outcome before the session", () => {
    const noConsent = record("mediation", { mediation: { studentConsent: "asked" } });
    expect(applyChange(noConsent, { kind: "schedule", at: when.now + 1, sealed: "s" }, when)).toEqual({
      ok: false,
      reason: "order",
    });
    const future = record("mediation", {
      mediation: { studentConsent: "yes", otherConsent: "yes", sessionAt: when.now + 3_600_000 },
    });
    expect(applyChange(future, { kind: "agreement", sealed: "a", checkInHour: 1 }, when)).toEqual({
      ok: false,
      reason: "order",
    });
    // Not peers, injury or a weapon, sexual or home violence: referred on, never closed — consent or not.
    for (const checklist of [
      [false, true, true, true],
      [true, false, true, true],
      [true, true, false, true],
    ]) {
      const unsafe = record("taken", { mediation: { checklist } });
      expect(applyChange(unsafe, { kind: "not-suitable" }, when)).toEqual({ ok: false, reason: "violence" });
      const refused = record("mediation", { mediation: { checklist, studentConsent: "no" } });
      expect(applyChange(refused, { kind: "not-suitable" }, when)).toEqual({ ok: false, reason: "violence" });
    }
  });

  it("a reopened case goes back to its adviser; a moved session asks for a new reminder", () => {
    const resolved = record("resolved", {
      mediation: { checkIn: "asked" },
      closedHour: 5,
      outcome: "agreement",
    });
    const reopened = applyChange(resolved, { kind: "check-in", better: false }, when);
    expect(reopened.ok && reopened.next).toMatchObject({
      status: "taken",
      history: expect.arrayContaining([{ e: "reopened", d: when.day }]),
    });
    const scheduled = record("mediation", {
      flags: CRON_FLAGS.sessionReminder,
      mediation: { studentConsent: "yes", otherConsent: "yes", sessionAt: 1 },
    });
    const moved = applyChange(scheduled, { kind: "schedule", at: when.now + 1, sealed: "s" }, when);
    expect(moved.ok && moved.next.flags & CRON_FLAGS.sessionReminder).toBe(0);
    expect(moved.ok && moved.next.mediation?.rescheduled).toBe(true);
  });
});

const member = (role: Role, id = 7, school = "PRZ2XK"): StaffMember => ({
  school,
  id,
  role,
  name: "M",
  lang: "en",
  country: "XK",
  timeZone: "Europe/Belgrade",
});

describe("access: every route × role × assignee", () => {
  for (const route of ROUTES) {
    for (const role of ["adviser", "lead", "principal"] as Role[]) {
      for (const assigned of [false, true]) {
        it(`${role} on a ${route} case${assigned ? " they took" : ""}`, () => {
          const c = record("taken", { route, assignee: { id: assigned ? 7 : 9, name: "x" } });
          const m = member(role);
          const ownRoute =
            role === "principal" || (role === "adviser" ? route === "mediation" : route !== "mediation");
          expect(routeIsFor(role, route)).toBe(ownRoute);
          expect(canSee(m, c)).toBe(ownRoute || assigned);
          expect(canWork(m, c)).toBe(role === "principal" || assigned);
          expect(mayChange(m, c, "escalate")).toBe(role !== "principal" && assigned);
          expect(mayChange(m, c, "student-consent")).toBe(false);
          expect(mayReceive(m, c)).toBe(ownRoute);
          // Another school's member: nothing, whatever the route or the role.
          const other = member(role, 7, "TRN3AB");
          expect([canSee(other, c), canWork(other, c), mayReceive(other, c)]).toEqual([false, false, false]);
        });
      }
    }
  }

  it("the principal hears of everything outside mediation and anything urgent; the club only of mediation", () => {
    const told = (role: Role, route: Route, urgency: "urgent" | "normal") =>
      isNotifiedOf(role, { route, urgency });
    expect(told("principal", "mediation", "normal")).toBe(false);
    expect(told("principal", "mediation", "urgent")).toBe(true);
    expect(told("principal", "protection", "normal")).toBe(true);
    expect(told("adviser", "protection", "urgent")).toBe(false);
    expect(told("lead", "mediation", "urgent")).toBe(false);
  });
});

describe("the queue", () => {
  const row = (id: string, u: CaseRow["u"], h: number, s: CaseStatus = "new", a?: number) => ({
    id,
    r: "mediation" as const,
    u,
    s,
    c: "insults",
    h,
    d: "2026-12-01",
    ...(a ? { a } : {}),
  });
  it("urgency first, then the oldest; closed cases never; filters by new, mine, in progress", () => {
    const rows = [
      row("a", "normal", 5),
      row("b", "urgent", 9),
      row("c", "high", 1),
      row("d", "normal", 2),
      row("e", "urgent", 9, "resolved"),
    ];
    expect(queueRows(rows, member("adviser"), "open").map((r) => r.id)).toEqual(["b", "c", "d", "a"]);
    const mine = [
      row("x", "normal", 1, "taken", 7),
      row("y", "normal", 1, "taken", 8),
      row("z", "normal", 1),
    ];
    expect(queueRows(mine, member("adviser"), "mine").map((r) => r.id)).toEqual(["x"]);
    expect(queueRows(mine, member("adviser"), "new").map((r) => r.id)).toEqual(["z"]);
    expect(queueRows(mine, member("adviser"), "progress").map((r) => r.id)).toEqual(["x", "y"]);
  });
});

describe("button data", () => {
  /** Each kind's fields at their longest. */
  const LONGEST: Record<KindName, Record<string, string>> = {
    newReport: { school: "ZZZZZZ", country: "2" },
    resume: {},
    withdrawAsk: { school: "ZZZZZZ", case: "ZZZZZZZZZZ" },
    withdraw: { school: "ZZZZZZ", case: "ZZZZZZZZZZ" },
    keep: {},
    forget: {},
    forgetNot: {},
    language: {},
    answer: { school: "ZZZZZZ", case: "ZZZZZZZZZZ" },
    consent: { school: "ZZZZZZ", case: "ZZZZZZZZZZ", yes: "1" },
    checkIn: { school: "ZZZZZZ", case: "ZZZZZZZZZZ", yes: "1" },
    open: { case: "ZZZZZZZZZZ" },
    act: { case: "ZZZZZZZZZZ", action: "h999999999999999" },
    queue: { filter: "p", page: "999999999999999" },
    removeAsk: { member: "999999999999999" },
    remove: { member: "999999999999999" },
    staffRemoveAsk: { school: "ZZZZZZ", member: "999999999999999" },
    staffRemove: { school: "ZZZZZZ", member: "999999999999999" },
  };

  it.each(Object.keys(KINDS) as KindName[])(
    "%s round-trips at its largest, in every language, within 64 bytes",
    async (name) => {
      const payload = LONGEST[name] as never;
      expect(unpackFields(name, packFields(name, payload))).toEqual(payload);
      for (const locale of LOCALES) {
        const data = await sign("k".repeat(40), 1234567890123, locale, name, payload);
        expect(new TextEncoder().encode(data).length).toBeLessThanOrEqual(MAX_CALLBACK_BYTES);
        expect(await verify("k".repeat(40), 1234567890123, data)).toEqual({ kind: name, locale, payload });
      }
    },
  );

  it("every kind has its own tag", () => {
    const tags = Object.values(KINDS).map((k) => k.tag);
    expect(new Set(tags).size).toBe(tags.length);
  });
});
