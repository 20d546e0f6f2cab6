/**
 * Who may do what with a case. Pure, and the only place these rules live: every staff action
 * goes through it, so an adviser of one school can never reach another school's case.
 */
import type { StoredCase } from "./case.ts";
import type { StaffMember } from "./staff.ts";

/** Sees the queue row (category, urgency, age — no content). */
export function canSee(member: StaffMember, c: StoredCase): boolean {
  if (member.school !== c.school) return false;
  return member.role === "principal" || c.route === "mediation" || c.assignee?.id === member.id;
}

/** Opens the sealed content and acts on the case: its assignee, or the principal. */
export function canWork(member: StaffMember, c: StoredCase): boolean {
  if (member.school !== c.school) return false;
  return member.role === "principal" || c.assignee?.id === member.id;
}

export function canTake(member: StaffMember, c: StoredCase): boolean {
  return canSee(member, c) && c.status === "new";
}
