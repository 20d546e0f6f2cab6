/**
 * First middleware of every update: builds `ctx.ura` and resolves the language.
 * Language: a choice carried in signed callback data (no KV read), else the remembered /language
 * choice (the session: the one KV read of the update), else Telegram's language_code, else English.
 */
import type { MiddlewareFn } from "grammy";
import { pseudonym } from "../crypto/pseudonym.ts";
import { FALLBACK_LOCALE, type Locale, localeFromTelegram } from "../i18n/locales.ts";
import { translator } from "../i18n/translate.ts";
import { SessionStore } from "../storage/sessions.ts";
import type { Services, UraContext } from "./context.ts";
import { localeInCallback } from "./callback-locale.ts";

export function scope(services: Services): MiddlewareFn<UraContext> {
  return async (ctx, next) => {
    const from = ctx.from;
    let memo: Promise<string> | undefined;
    const pseudonymOf = () => {
      if (!from) return Promise.reject(new Error("update has no sender"));
      memo ??= pseudonym(services.config.pseudonymKey, from.id);
      return memo;
    };
    const session = new SessionStore(
      services.kv,
      pseudonymOf,
      services.config.retentionDays,
      services.config.sealKey,
    );
    const fromButton = localeInCallback(ctx.callbackQuery?.data);
    let locale: Locale = fromButton ?? localeFromTelegram(from?.language_code) ?? FALLBACK_LOCALE;
    if (!fromButton && from && ctx.chat?.type === "private") {
      locale = (await session.load()).lang ?? locale;
    }
    ctx.ura = {
      ...services,
      locale,
      t: translator(locale),
      pseudonym: pseudonymOf,
      session,
      setLocale(next: Locale) {
        ctx.ura.locale = next;
        ctx.ura.t = translator(next);
      },
    };
    await next();
  };
}
