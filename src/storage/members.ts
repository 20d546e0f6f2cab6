/**
 * "Who is this?" for staff: one KV read of the member's record, written through by their school's
 * desk. KV may be a minute behind a removal; the desk re-checks membership on every change.
 */
import type { StaffMember } from "../domain/staff.ts";
import { keys } from "./keys.ts";
import type { Kv } from "./kv-counter.ts";

export async function getMember(kv: Kv, userId: number): Promise<StaffMember | null> {
  const raw = await kv.get(keys.member(userId));
  return raw ? (JSON.parse(raw) as StaffMember) : null;
}
