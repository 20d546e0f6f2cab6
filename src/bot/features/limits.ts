/** What a person hears when their day's share of writes is spent (src/storage/sessions.ts). */
import type { UraContext } from "../context.ts";

export async function tooMany(ctx: UraContext): Promise<void> {
  if (ctx.callbackQuery)
    await ctx.answerCallbackQuery({ text: ctx.ura.t("too-many-today"), show_alert: true });
  else await ctx.reply(ctx.ura.t("too-many-today"));
}
