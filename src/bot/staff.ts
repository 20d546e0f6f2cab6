/** Staff lookups for features: who is this, and may they touch that case? */
import { canSee } from "../domain/access.ts";
import type { StoredCase } from "../domain/case.ts";
import type { StaffMember } from "../domain/staff.ts";
import { getCase } from "../storage/cases.ts";
import { getMember } from "../storage/staff.ts";
import type { UraContext } from "./context.ts";

/** The sender's staff membership, or a localized refusal (a student reaching staff commands). */
export async function requireStaff(ctx: UraContext, role?: StaffMember["role"]): Promise<StaffMember | null> {
  const member = ctx.from ? await getMember(ctx.ura.kv, ctx.from.id) : null;
  if (member && (!role || member.role === role)) return member;
  const refusal = ctx.ura.t(role === "principal" ? "principal-only" : "staff-only");
  if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: refusal, show_alert: true });
  else await ctx.reply(refusal);
  return null;
}

/** A case of the member's own school that they may see; anything else looks like "not found". */
export async function caseForStaff(
  ctx: UraContext,
  member: StaffMember,
  caseId: string,
): Promise<StoredCase | null> {
  const c = await getCase(ctx.ura.kv, member.school, caseId);
  if (c && canSee(member, c)) return c;
  const text = ctx.ura.t("case-not-found");
  if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text, show_alert: true });
  else await ctx.reply(text);
  return null;
}

/** How a colleague is named to other staff: their display name, else their Telegram first name. */
export function staffName(member: StaffMember): string {
  return member.displayName ?? member.name;
}
