/**
 * Who may do what with a case. Pure, and the only place these rules live: every staff action
 * goes through it, so an adviser of one school can never reach another school's case.
 */
import type { Route } from "../flow/types.ts";
import type { StoredCase } from "./case.ts";
import type { Role, StaffMember } from "./staff.ts";

/** Whose queue a route belongs to: the club's, the child-protection lead's; the principal sees all. */
export function routeIsFor(role: Role, route: Route): boolean {
  if (role === "principal") return true;
  return role === "adviser" ? route === "mediation" : route !== "mediation";
}

/** Who is told of a new case: its route's people, and the principal of everything outside mediation and anything urgent. */
export function isNotifiedOf(role: Role, c: Pick<StoredCase, "route" | "urgency">): boolean {
  if (role === "principal") return c.route !== "mediation" || c.urgency === "urgent";
  return routeIsFor(role, c.route);
}

/** Sees the queue row (category, urgency, age — no content). */
export function canSee(member: StaffMember, c: StoredCase): boolean {
  if (member.school !== c.school) return false;
  return routeIsFor(member.role, c.route) || c.assignee?.id === member.id;
}

/** Opens the sealed content and acts on the case: its assignee, or the principal. */
export function canWork(member: StaffMember, c: StoredCase): boolean {
  if (member.school !== c.school) return false;
  return member.role === "principal" || c.assignee?.id === member.id;
}

export function canTake(member: StaffMember, c: StoredCase): boolean {
  return canSee(member, c) && c.status === "new";
}
