/**
 * /forget: everything kept about the student goes — their reports at every school's desk they
 * reported to (whoever was working on an open one is told it was withdrawn, not what it said), and
 * their session (with its language, school, unfinished report and failed-join count). Only today's count of writes stays until the day ends
 * (src/storage/sessions.ts), as /privacy says.
 */
import { Composer } from "grammy";
import { matcher, signed } from "../../buttons/signed.ts";
import { keyboard, sign } from "../../buttons/sign.ts";
import type { UraContext } from "../../context.ts";
import { reportedTo } from "./mycases.ts";

export const forget = new Composer<UraContext>();

forget.chatType("private").command("forget", async (ctx) => {
  const { t, config, locale } = ctx.ura;
  const yes = await sign(config.pseudonymKey, ctx.from.id, locale, "forget", {});
  const no = await sign(config.pseudonymKey, ctx.from.id, locale, "forgetNot", {});
  await ctx.reply(t("forget-confirm"), {
    reply_markup: keyboard([
      [{ text: t("forget-yes"), callback_data: yes }],
      [{ text: t("forget-no"), callback_data: no }],
    ]),
  });
});

forget.callbackQuery(
  matcher("forgetNot"),
  signed("forgetNot", async (ctx) => {
    await ctx.editMessageText(ctx.ura.t("forget-kept"));
    await ctx.answerCallbackQuery();
  }),
);

forget.callbackQuery(
  matcher("forget"),
  signed("forget", async (ctx) => {
    const { now } = ctx.ura;
    const owners = await ctx.ura.owners();
    for (const school of await reportedTo(ctx))
      await ctx.ura.desk(school).forget(now(), ctx.update.update_id, owners);
    await ctx.ura.session.erase();
    await ctx.editMessageText(ctx.ura.t("forget-done"));
    await ctx.answerCallbackQuery();
  }),
);
