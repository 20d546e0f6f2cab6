/** /help (the numbers of the student's country, or the staff's commands), /privacy, /clear. */
import { Composer } from "grammy";
import { COUNTRIES } from "../../../domain/country.ts";
import type { UraContext } from "../../context.ts";
import { clearChat } from "../../quick-exit.ts";
import { helpText } from "../../views/cards.ts";

export const info = new Composer<UraContext>();
const pm = info.chatType("private");

pm.command("help", async (ctx) => {
  const { t } = ctx.ura;
  const member = await ctx.ura.member();
  if (member) return ctx.reply(`${t("staff-help")}\n\n${helpText(t, member.country)}`);
  const school = (await ctx.ura.session.load()).school;
  if (school) return ctx.reply(helpText(t, school.country));
  // Without a school we cannot know the country: show all three, 112 works everywhere.
  return ctx.reply([t("help-no-school"), ...COUNTRIES.map((c) => `\n${helpText(t, c)}`)].join("\n"));
});

pm.command("privacy", (ctx) => ctx.reply(ctx.ura.t("privacy-text", { days: ctx.ura.config.retentionDays })));

pm.command("clear", (ctx) => clearChat(ctx));
