/** Who may use staff features, and how a refusal is said — once, for every staff feature. */
import type { Role, StaffMember } from "../../domain/staff.ts";
import type { StaffRefusal } from "../../storage/desk/api.ts";
import type { CaseRecord } from "../../domain/case.ts";
import type { UraContext } from "../context.ts";

/** Says no: an alert on a button press, a message otherwise. */
export async function refuse(ctx: UraContext, text: string): Promise<void> {
  if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text, show_alert: true });
  else await ctx.reply(text);
}

/**
 * The sender's staff membership — only in their private chat with the bot, where a case card can
 * be shown (a staff button pressed in a group must not post a card there) — or a refusal.
 */
export async function staffOnly(ctx: UraContext, role?: Role): Promise<StaffMember | null> {
  if (ctx.chat?.type !== "private") {
    if (ctx.callbackQuery)
      await ctx.answerCallbackQuery({ text: ctx.ura.t("only-private"), show_alert: true });
    return null;
  }
  const member = await ctx.ura.member();
  if (member && (!role || member.role === role)) return member;
  await refuse(ctx, ctx.ura.t(role === "principal" ? "principal-only" : "staff-only"));
  return null;
}

export const isAdmin = (ctx: UraContext) =>
  ctx.from !== undefined && ctx.ura.config.adminIds.has(ctx.from.id);

/** Why the desk refused a change (of `kind`, when known), in words for the staff member. */
export function refusalText(ctx: UraContext, reason: StaffRefusal, c?: CaseRecord, kind?: string): string {
  const { t } = ctx.ura;
  switch (reason) {
    case "gone":
      return t("case-not-found");
    case "forbidden":
      return t("case-not-yours");
    case "target":
      return t("handover-refused");
    case "order":
      // The mediation steps in order: consent before a session, the session before its outcome.
      if (kind === "schedule") return t("consent-missing");
      if (kind === "agreement" || kind === "no-agreement") return t("session-missing");
      return t("case-wrong-order");
    case "violence":
      return t("refer-only");
    case "status":
      // "X already has this case" answers a take only: any other stale button is simply not possible now.
      if (kind === "take" && c?.assignee && (c.status === "taken" || c.status === "mediation"))
        return t("take-already", { name: c.assignee.name });
      return t("case-wrong-status", { status: t(`staff-status-${c?.status ?? "new"}`) });
  }
}
