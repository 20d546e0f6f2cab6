/** /language: the remembered choice overrides Telegram's language_code (one session write). */
import { Composer } from "grammy";
import { isLocale, LOCALES, type Locale } from "../../i18n/locales.ts";
import { translate } from "../../i18n/translate.ts";
import { getMember, putMember } from "../../storage/staff.ts";
import { keyboard } from "../buttons.ts";
import { localeDigit, localeInCallback } from "../callback-locale.ts";
import type { UraContext } from "../context.ts";

export const language = new Composer<UraContext>();

// Names, not flags: a language is not a state, and in Kosovo a flag is a statement of its own.
// The picker lists them in this order (Serbian's school script first), not in LOCALES' append order.
const NAMES = {
  sq: "Shqip",
  "sr-Cyrl": "Српски (ћирилица)",
  sr: "Srpski (latinica)",
  mk: "Македонски",
  en: "English",
} as const satisfies Record<Locale, string>;

language.chatType("private").command("language", async (ctx) => {
  const rows = (Object.keys(NAMES) as Locale[]).map((l) => [
    { text: NAMES[l], callback_data: `L${localeDigit(l)}` },
  ]);
  await ctx.reply(LOCALES.map((l) => translate(l, "language-choose")).join(" / "), {
    reply_markup: keyboard(rows),
  });
});

// Unsigned on purpose: choosing one's own language is harmless whoever sends it.
language.callbackQuery(/^L\d$/, async (ctx) => {
  const chosen = localeInCallback(ctx.callbackQuery.data);
  if (!isLocale(chosen)) return ctx.answerCallbackQuery();
  const session = await ctx.ura.session.load();
  if (session.lang !== chosen) await ctx.ura.session.save({ ...session, lang: chosen });
  // Staff also get their notices (sent while they are not the one acting) in the new language.
  const member = await getMember(ctx.ura.kv, ctx.from.id);
  if (member && member.lang !== chosen) await putMember(ctx.ura.kv, { ...member, lang: chosen });
  ctx.ura.setLocale(chosen);
  await ctx.answerCallbackQuery();
  await ctx.editMessageText(ctx.ura.t("language-set"));
});
