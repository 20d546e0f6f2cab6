/**
 * /language: the person's own choice overrides Telegram's language_code and the school's language.
 * The buttons are signed like every other (a forged press changes nothing) and a choice is written
 * only when it changes — one session write, and for staff the language of their notices.
 */
import { Composer } from "grammy";
import { type Locale, LOCALES } from "../../i18n/locales.ts";
import { translate } from "../../i18n/translate.ts";
import { matcher, signed } from "../buttons/signed.ts";
import { keyboard, sign } from "../buttons/sign.ts";
import type { UraContext } from "../context.ts";
import { tooMany } from "./limits.ts";

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
  const rows = await Promise.all(
    (Object.keys(NAMES) as Locale[]).map(async (l) => [
      {
        text: NAMES[l],
        callback_data: await sign(ctx.ura.config.pseudonymKey, ctx.from.id, l, "language", {}),
      },
    ]),
  );
  // One prompt per language Ura speaks (Serbian once: both scripts ask the same).
  const prompts = [
    ...new Set(LOCALES.filter((l) => l !== "sr-Cyrl").map((l) => translate(l, "language-choose"))),
  ];
  await ctx.reply(prompts.join(" / "), { reply_markup: keyboard(rows) });
});

language.callbackQuery(
  matcher("language"),
  signed("language", async (ctx, _payload, chosen) => {
    const session = await ctx.ura.session.load();
    const saved = await ctx.ura.session.save({ ...session, lang: chosen });
    if (saved === "capped") return tooMany(ctx);
    // Staff also get their notices (sent while they are not the one acting) in the new language.
    const member = await ctx.ura.member();
    if (member && member.lang !== chosen)
      await ctx.ura.desk(member.school).setProfile(ctx.ura.now(), member.id, { lang: chosen });
    ctx.ura.setLocale(chosen);
    await ctx.editMessageText(ctx.ura.t("language-set"));
    await ctx.answerCallbackQuery();
  }),
);
