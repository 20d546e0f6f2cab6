/**
 * /trends — the trends a member may see, as a short summary in their language: a principal their
 * school (live, from its desk), a partner NGO its schools together, a programme admin the whole
 * programme (both as the cron last gathered them). Figures are the dashboard's own, suppressed the
 * same way. A button opens the dashboard as a Mini App (when the Worker has an https address);
 * `/trends link` gives a link for a computer's browser that works once, within 15 minutes.
 *
 * Advisers and leads are told who sees trends and where their own work is; for anyone else
 * (students) /trends is an unknown command, like every staff command.
 */
import { Composer } from "grammy";
import { localIsoDay } from "../../domain/time.ts";
import { reportingMonth, TRENDS_ZONE } from "../../domain/trends/periods.ts";
import { summaryOf } from "../../domain/trends/summary.ts";
import { loadScope } from "../../web/dashboard/data.ts";
import { wordsFor } from "../../web/dashboard/labels.ts";
import { dashboardLink } from "../../web/dashboard/link.ts";
import { homeOf, viewerOf } from "../../web/dashboard/viewer.ts";
import type { UraContext } from "../context.ts";
import { dashboardButton } from "../views/digest-view.ts";
import { trendsText } from "../views/trends-text.ts";

export const trends = new Composer<UraContext>();

trends.chatType("private").command("trends", async (ctx, next) => {
  const { t, now, config } = ctx.ura;
  const viewer = await viewerOf(ctx.ura, {
    userId: ctx.from.id,
    ...(ctx.from.language_code ? { telegramLang: ctx.from.language_code } : {}),
    theme: {},
    expires: 0,
  });
  if (viewer.kind === "none") return next();
  if (viewer.kind === "staff") return void (await ctx.reply(t("dash-not-for-staff")));
  if (ctx.match.trim().toLowerCase() === "link") {
    const link = await dashboardLink(config, ctx.from.id, now());
    return void (await ctx.reply(t("trends-link", { link }), {
      link_preview_options: { is_disabled: true },
    }));
  }
  const home = homeOf(viewer);
  const words = wordsFor(ctx.ura.locale, config.trendsMinCell);
  const loaded =
    home && (await loadScope(ctx.ura, viewer, home, reportingMonth(localIsoDay(now(), TRENDS_ZONE)), words));
  if (!loaded) return void (await ctx.reply(t("trends-no-figures")));
  const text = trendsText(summaryOf(loaded.view), words, t("trends-title", { name: loaded.view.scope.name }));
  const button = dashboardButton(config, t("trends-open"));
  await ctx.reply(button ? text : `${text}\n\n${t("trends-on-computer")}`, {
    ...(button ? { reply_markup: { inline_keyboard: [[button]] } } : {}),
  });
});
