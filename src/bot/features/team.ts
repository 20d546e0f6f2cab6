/**
 * /advisers — the principal's list of the school's advisers and leads, with one-tap removal
 * (confirmed). A removed member loses access with their next tap (the desk checks every change);
 * their open cases go back to the principal to hand on.
 */
import { Composer } from "grammy";
import { matcher, signed } from "../buttons/signed.ts";
import { keyboard, sign } from "../buttons/sign.ts";
import type { UraContext } from "../context.ts";
import { staffOnly } from "./guards.ts";

export const team = new Composer<UraContext>();

const name = (m: { name: string; displayName?: string }) => m.displayName ?? m.name;

team.chatType("private").command("advisers", async (ctx) => {
  const principal = await staffOnly(ctx, "principal");
  if (!principal) return;
  const { t, config, locale } = ctx.ura;
  const others = (await ctx.ura.desk(principal.school).members()).filter((s) => s.role !== "principal");
  if (others.length === 0) return ctx.reply(t("advisers-empty"));
  const lines = others.map((a) => `• ${name(a)} — ${t(`role-${a.role}`)}`);
  const rows = await Promise.all(
    others.map(async (a) => [
      {
        text: t("advisers-remove", { name: name(a) }),
        callback_data: await sign(config.pseudonymKey, ctx.from.id, locale, "removeAsk", {
          member: String(a.id),
        }),
      },
    ]),
  );
  await ctx.reply([t("advisers-title"), ...lines].join("\n"), { reply_markup: keyboard(rows) });
});

team.callbackQuery(
  matcher("removeAsk"),
  signed("removeAsk", async (ctx, { member }) => {
    const principal = await staffOnly(ctx, "principal");
    if (!principal) return;
    const { t, config, locale } = ctx.ura;
    const target = (await ctx.ura.desk(principal.school).members()).find((s) => String(s.id) === member);
    if (!target || target.role === "principal") {
      await ctx.editMessageText(t("advisers-gone"));
      return ctx.answerCallbackQuery();
    }
    const yes = await sign(config.pseudonymKey, ctx.from.id, locale, "remove", { member });
    await ctx.editMessageText(t("advisers-remove-ask", { name: name(target) }), {
      reply_markup: keyboard([[{ text: t("advisers-remove-confirm"), callback_data: yes }]]),
    });
    await ctx.answerCallbackQuery();
  }),
);

team.callbackQuery(
  matcher("remove"),
  signed("remove", async (ctx, { member }) => {
    const principal = await staffOnly(ctx, "principal");
    if (!principal) return;
    const removed = await ctx.ura
      .desk(principal.school)
      .remove(ctx.ura.now(), Number(member), { memberId: principal.id });
    await ctx.editMessageText(
      removed ? ctx.ura.t("advisers-removed", { name: name(removed) }) : ctx.ura.t("advisers-gone"),
    );
    await ctx.answerCallbackQuery();
  }),
);
