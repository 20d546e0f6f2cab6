/** Queue ordering and filters over list() rows. Pure. */
import { type CaseRow, OPEN_STATUSES } from "./case.ts";
import { routeIsFor } from "./access.ts";
import type { StaffMember } from "./staff.ts";

export type QueueFilter = "open" | "new" | "mine" | "progress";
export const QUEUE_FILTERS: readonly QueueFilter[] = ["open", "new", "mine", "progress"];
export const PAGE_SIZE = 8;
const URGENCY_ORDER = { urgent: 0, high: 1, normal: 2 } as const;

/** The rows a member's queue shows: their route (advisers: mediation), urgency first, then oldest. */
export function queueRows<T extends CaseRow>(rows: T[], member: StaffMember, filter: QueueFilter): T[] {
  return rows
    .filter((r) => OPEN_STATUSES.includes(r.s))
    .filter((r) => routeIsFor(member.role, r.r) || r.a === member.id)
    .filter((r) => {
      if (filter === "new") return r.s === "new";
      if (filter === "mine") return r.a === member.id;
      if (filter === "progress") return r.s === "taken" || r.s === "mediation";
      return true;
    })
    .sort((a, b) => URGENCY_ORDER[a.u] - URGENCY_ORDER[b.u] || a.h - b.h);
}
