/**
 * Who may do what with a case. Pure, and the only place these rules live: the school's desk checks
 * them on every change against its own, strongly consistent staff list, so an adviser of one school
 * can never reach another school's case, and a removed member loses access with their next tap.
 */
import type { CaseRecord } from "./case.ts";
import type { ChangeKind } from "./lifecycle.ts";
import type { Route, Urgency } from "./routing.ts";
import type { Role, StaffMember } from "./staff.ts";

/** Whose queue a route belongs to: the club's, the child-protection lead's; the principal sees all. */
export function routeIsFor(role: Role, route: Route): boolean {
  if (role === "principal") return true;
  return role === "adviser" ? route === "mediation" : route !== "mediation";
}

/** Who is told of a new case: its route's people, and the principal of everything outside mediation and anything urgent. */
export function isNotifiedOf(role: Role, c: { route: Route; urgency: Urgency }): boolean {
  if (role === "principal") return c.route !== "mediation" || c.urgency === "urgent";
  return routeIsFor(role, c.route);
}

/** Sees the queue row (category, urgency, age — no content). */
export function canSee(member: StaffMember, c: Pick<CaseRecord, "school" | "route" | "assignee">): boolean {
  if (member.school !== c.school) return false;
  return routeIsFor(member.role, c.route) || c.assignee?.id === member.id;
}

/** Opens the sealed content and acts on the case: its assignee, or the principal. */
export function canWork(member: StaffMember, c: Pick<CaseRecord, "school" | "assignee">): boolean {
  if (member.school !== c.school) return false;
  return member.role === "principal" || c.assignee?.id === member.id;
}

/** May this member make this change? The lifecycle then checks the status and the order. */
export function mayChange(member: StaffMember, c: CaseRecord, kind: ChangeKind): boolean {
  switch (kind) {
    case "take":
      return canSee(member, c);
    case "refer-staff":
    case "refer-external":
      // A new case may be referred on by whoever's queue it is in, before anyone takes it.
      return c.status === "new" ? canSee(member, c) : canWork(member, c);
    case "escalate":
      // The principal is who it is escalated to.
      return member.role !== "principal" && canWork(member, c);
    case "unassign":
      return member.role === "principal" && member.school === c.school;
    case "handover":
    case "checklist":
    case "other-consent":
    case "concerned-consent":
    case "schedule":
    case "agreement":
    case "no-agreement":
    case "not-suitable":
      return canWork(member, c);
    default:
      // The student's own answers, the cron's flags and expiry: never a staff member's to make.
      return false;
  }
}

/** A case may only be handed to someone whose queue its route belongs to: never protection to the club. */
export function mayReceive(target: StaffMember, c: Pick<CaseRecord, "school" | "route">): boolean {
  return target.school === c.school && routeIsFor(target.role, c.route);
}
