/**
 * Case lifecycle: new → taken → in mediation → resolved (agreement / no agreement / not suitable)
 * or referred (external) or withdrawn; a resolved case can be reopened by the check-in. Referring
 * to school staff moves the case to their queue as a new case — it never ends with nobody on it.
 * Pure: returns the next record, or an error naming why the change is not allowed.
 */
import { timeZoneOf } from "../flow/registry.ts";
import type { CaseStatus, Outcome, StoredCase } from "./case.ts";
import { localIsoDay } from "./time.ts";

export type Change =
  | { kind: "take"; by: { id: number; name: string } }
  | { kind: "handover"; to: { id: number; name: string } }
  | { kind: "unassign" }
  | { kind: "escalate" }
  | { kind: "start-mediation" }
  | { kind: "resolve"; outcome: "agreement" | "no-agreement" | "not-suitable" }
  | { kind: "refer-staff" }
  | { kind: "refer-external" }
  | { kind: "withdraw" }
  | { kind: "reopen" };

const FROM: Record<Change["kind"], readonly CaseStatus[]> = {
  take: ["new"],
  handover: ["taken", "mediation"],
  unassign: ["taken", "mediation"],
  escalate: ["new", "taken", "mediation"],
  "start-mediation": ["taken"],
  resolve: ["taken", "mediation"],
  "refer-staff": ["new", "taken", "mediation"],
  "refer-external": ["new", "taken", "mediation"],
  withdraw: ["new", "taken", "mediation"],
  reopen: ["resolved"],
};

export type ChangeResult = { ok: true; next: StoredCase } | { ok: false; reason: "status" };

export function applyChange(c: StoredCase, change: Change, now: number): ChangeResult {
  if (!FROM[change.kind].includes(c.status)) return { ok: false, reason: "status" };
  const day = localIsoDay(now, timeZoneOf(c.country));
  const log = (e: string) => [...(c.history ?? []), { e, d: day }];
  switch (change.kind) {
    case "take":
      return { ok: true, next: { ...c, status: "taken", assignee: change.by, history: log("taken") } };
    case "handover":
      return { ok: true, next: { ...c, assignee: change.to, history: log("handover") } };
    case "unassign": {
      // Its adviser left the club: the case keeps its progress and waits for the principal to hand it on.
      const { assignee: _gone, ...rest } = c;
      return { ok: true, next: { ...rest, history: log("unassigned") } };
    }
    case "escalate":
      return { ok: true, next: { ...c, escalated: true, history: log("escalated") } };
    case "start-mediation":
      return { ok: true, next: { ...c, status: "mediation", history: log("mediation") } };
    case "resolve":
      return { ok: true, next: close(c, "resolved", change.outcome, log(change.outcome), now) };
    case "refer-staff": {
      // Not a closing: the case moves to the staff's queue (lead, principal) and waits to be taken.
      const { assignee: _left, mediation: _mediation, ...rest } = c;
      return { ok: true, next: { ...rest, route: "staff", status: "new", history: log("referred-staff") } };
    }
    case "refer-external":
      return { ok: true, next: close(c, "referred", "referred-external", log("referred-external"), now) };
    case "withdraw":
      return { ok: true, next: close(c, "withdrawn", undefined, log("withdrawn"), now) };
    case "reopen": {
      const { closedAt: _closed, outcome: _outcome, ...open } = c;
      return { ok: true, next: { ...open, status: c.assignee ? "taken" : "new", history: log("reopened") } };
    }
  }
}

function close(
  c: StoredCase,
  status: CaseStatus,
  outcome: Outcome | undefined,
  history: StoredCase["history"],
  now: number,
): StoredCase {
  return { ...c, status, ...(outcome ? { outcome } : {}), history, closedAt: now };
}

/** Mediation needs both sides' consent (DESIGN): until then no session, no agreement. */
export function mediationConsent(c: StoredCase): "given" | "refused" | "waiting" {
  const { studentConsent, otherConsent } = c.mediation ?? {};
  if (studentConsent === "no" || otherConsent === "no") return "refused";
  return studentConsent === "yes" && otherConsent === "yes" ? "given" : "waiting";
}
