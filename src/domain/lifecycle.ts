/**
 * Case lifecycle: new → taken → in mediation → resolved (agreement / no agreement / not suitable /
 * expired) or referred (external) or withdrawn; a resolved case can be reopened by the check-in.
 * Referring to school staff moves the case to their queue as a new case — it never ends with nobody
 * on it. Every change of a case, the mediation steps included, goes through `applyChange`: one
 * status check, one history entry. Pure: returns the next record, or why the change is refused.
 */
import { type CaseRecord, type CaseStatus, CRON_FLAGS, type Mediation, type Outcome } from "./case.ts";
import { aboutOther, CHECKLIST, checklistAllowsClosing, consentOf } from "./mediation.ts";

type Person = { id: number; name: string };

export type Change =
  | { kind: "take"; by: Person }
  | { kind: "handover"; to: Person }
  | { kind: "unassign" }
  | { kind: "escalate" }
  | { kind: "checklist"; items: boolean[] }
  | { kind: "other-consent"; yes: boolean }
  | { kind: "student-consent"; yes: boolean }
  /** The student a bystander reported about, asked in person by the adviser (aboutOther). */
  | { kind: "concerned-consent"; yes: boolean }
  | { kind: "schedule"; at: number; sealed: string }
  | { kind: "agreement"; sealed: string; checkInHour: number }
  | { kind: "no-agreement" }
  | { kind: "not-suitable" }
  | { kind: "refer-staff" }
  | { kind: "refer-external" }
  | { kind: "withdraw" }
  | { kind: "check-in-asked" }
  | { kind: "check-in"; better: boolean }
  | { kind: "flag"; flag: number }
  | { kind: "expire" };

export type ChangeKind = Change["kind"];

/** Statuses each change may start from. */
const FROM: Record<ChangeKind, readonly CaseStatus[]> = {
  take: ["new"],
  handover: ["taken", "mediation"],
  unassign: ["taken", "mediation"],
  escalate: ["new", "taken", "mediation"],
  checklist: ["taken"],
  "other-consent": ["mediation"],
  "student-consent": ["mediation"],
  "concerned-consent": ["mediation"],
  schedule: ["mediation"],
  agreement: ["mediation"],
  "no-agreement": ["mediation"],
  "not-suitable": ["taken", "mediation"],
  "refer-staff": ["new", "taken", "mediation"],
  "refer-external": ["new", "taken", "mediation"],
  withdraw: ["new", "taken", "mediation"],
  "check-in-asked": ["resolved"],
  "check-in": ["resolved"],
  flag: ["new", "taken", "mediation", "resolved", "referred", "withdrawn"],
  expire: ["new", "taken", "mediation"],
};

export type Refusal =
  | "status"
  /** the mediation step is out of order: consent missing, no session yet, already answered */
  | "order"
  /** closing as "not suitable" needs a checklist that found no violence, or a refused consent */
  | "violence";

export type ChangeResult = { ok: true; next: CaseRecord } | { ok: false; reason: Refusal };

export interface When {
  now: number;
  /** The school-local date, YYYY-MM-DD: the day history entries carry. */
  day: string;
  hour: number;
}

const refuse = (reason: Refusal): ChangeResult => ({ ok: false, reason });

export function applyChange(c: CaseRecord, change: Change, when: When): ChangeResult {
  if (!FROM[change.kind].includes(c.status)) return refuse("status");
  const m: Mediation = c.mediation ?? {};
  const logged = (next: CaseRecord, event: string): ChangeResult => ({
    ok: true,
    next: { ...next, history: [...c.history, { e: event, d: when.day }] },
  });
  const close = (status: CaseStatus, outcome: Outcome | undefined, event: string, base = c) =>
    logged({ ...base, status, ...(outcome ? { outcome } : {}), closedHour: when.hour }, event);
  const withMediation = (patch: Mediation) => ({ ...c, mediation: { ...m, ...patch } });

  switch (change.kind) {
    case "take":
      return logged({ ...c, status: "taken", assignee: change.by }, "taken");
    case "handover":
      return logged({ ...c, assignee: change.to }, "handover");
    case "unassign": {
      // The person left or changed role: the case keeps its progress and waits to be handed on.
      const { assignee: _gone, ...rest } = c;
      return logged(rest, "unassigned");
    }
    case "escalate":
      return c.escalated ? refuse("order") : logged({ ...c, escalated: true }, "escalated");
    case "checklist": {
      if (change.items.length !== CHECKLIST.length) return refuse("order");
      if (c.route !== "mediation") return refuse("order");
      const suitable = change.items.every(Boolean);
      if (!suitable) return logged(withMediation({ checklist: change.items }), "unsuitable");
      const next = withMediation({ checklist: change.items, studentConsent: "asked" });
      return logged({ ...next, status: "mediation" }, "mediation");
    }
    case "other-consent":
      if (m.otherConsent) return refuse("order");
      return logged(withMediation({ otherConsent: change.yes ? "yes" : "no" }), `other-${yesNo(change.yes)}`);
    case "student-consent":
    case "concerned-consent":
      // Who agrees is the student it is about: the reporter when it happened to them; when a
      // bystander reported, that student, asked in person — the bystander cannot agree for them.
      if (m.studentConsent !== "asked") return refuse("order");
      if ((change.kind === "concerned-consent") !== aboutOther(c)) return refuse("order");
      return logged(
        withMediation({ studentConsent: change.yes ? "yes" : "no" }),
        `consent-${yesNo(change.yes)}`,
      );
    case "schedule": {
      if (consentOf(m) !== "given") return refuse("order");
      const next = withMediation({ sessionAt: change.at, rescheduled: m.sessionAt !== undefined });
      // A new time means a new reminder.
      const flags = c.flags & ~CRON_FLAGS.sessionReminder;
      return logged(
        { ...next, flags, sealed: { ...c.sealed, session: change.sealed } },
        m.sessionAt === undefined ? "scheduled" : "rescheduled",
      );
    }
    case "agreement": {
      // An agreement comes out of the talk: not before the session took place.
      if (consentOf(m) !== "given" || m.sessionAt === undefined || m.sessionAt > when.now)
        return refuse("order");
      const next = withMediation({ checkInHour: change.checkInHour });
      return close("resolved", "agreement", "agreement", {
        ...next,
        sealed: { ...c.sealed, agreement: change.sealed },
      });
    }
    case "no-agreement":
      if (consentOf(m) !== "given" || m.sessionAt === undefined || m.sessionAt > when.now)
        return refuse("order");
      return close("resolved", "no-agreement", "no-agreement");
    case "not-suitable":
      // Not peers, serious injury, a weapon, sexual or home violence found: never just closed — only
      // referred on, whatever either side said to mediation.
      if (!checklistAllowsClosing(m)) return refuse("violence");
      return close("resolved", "not-suitable", "not-suitable");
    case "refer-staff": {
      // Not a closing: the case moves to the staff's queue (lead, principal) and waits to be taken.
      const { assignee: _left, mediation: _mediation, ...rest } = c;
      return logged({ ...rest, route: "staff", status: "new" }, "referred-staff");
    }
    case "refer-external":
      return close("referred", "referred-external", "referred-external");
    case "withdraw":
      return close("withdrawn", undefined, "withdrawn");
    case "check-in-asked":
      if (m.checkIn || m.checkInHour === undefined) return refuse("order");
      return {
        ok: true,
        next: { ...withMediation({ checkIn: "asked" }), flags: c.flags | CRON_FLAGS.checkIn },
      };
    case "check-in": {
      if (m.checkIn !== "asked") return refuse("order");
      if (change.better) return logged(withMediation({ checkIn: "better" }), "better");
      const { closedHour: _closed, outcome: _outcome, ...open } = withMediation({ checkIn: "not-better" });
      return logged({ ...open, status: c.assignee ? "taken" : "new" }, "reopened");
    }
    case "flag":
      return c.flags & change.flag
        ? refuse("order")
        : { ok: true, next: { ...c, flags: c.flags | change.flag } };
    case "expire":
      return close("resolved", "expired", "expired", { ...c, flags: c.flags | CRON_FLAGS.expired });
  }
}

const yesNo = (yes: boolean) => (yes ? "yes" : "no");
