/**
 * First middleware of every update: builds `ctx.ura` from the request's services and resolves the
 * language, in this order: the language a pressed button carries (no KV read); the person's own
 * /language choice (the session: the one KV read of the update); Telegram's language_code; the
 * school's language (DESIGN "Languages"); English.
 */
import type { MiddlewareFn } from "grammy";
import { pseudonym } from "../crypto/pseudonym.ts";
import { MAX_OPEN_DAYS } from "../domain/due.ts";
import type { StaffMember } from "../domain/staff.ts";
import { FALLBACK_LOCALE, type Locale, localeFromTelegram } from "../i18n/locales.ts";
import { translator } from "../i18n/translate.ts";
import { deskOf } from "../storage/desk/client.ts";
import { getMember } from "../storage/members.ts";
import { SessionStore } from "../storage/sessions.ts";
import { localeOfData } from "./buttons/sign.ts";
import type { Services, UraContext } from "./context.ts";
import { type Session, SessionSchema } from "./session.ts";

/** The services of the request that carries this update (the bot is built once per isolate). */
export const servicesOf = new WeakMap<object, Services>();

/** A session outlives every case its student sent: a case closes within MAX_OPEN_DAYS, then is kept RETENTION_DAYS. */
const sessionDays = (retentionDays: number) => MAX_OPEN_DAYS + retentionDays + 1;

function memo<T>(make: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | undefined;
  return () => {
    p ??= make();
    return p;
  };
}

export const scope: MiddlewareFn<UraContext> = async (ctx, next) => {
  const services = servicesOf.get(ctx.update);
  if (!services) throw new Error("update without services");
  const { config, kv } = services;
  const from = ctx.from;
  // Every pseudonym the sender has had (current first): the current one is not computed twice.
  const owners = memo(async () =>
    from
      ? Promise.all([config.pseudonymKey, ...config.retiredPseudonymKeys].map((k) => pseudonym(k, from.id)))
      : [],
  );
  const pseudonymOf = memo(async () => {
    const [current] = await owners();
    if (current === undefined) throw new Error("update has no sender");
    return current;
  });
  const session = new SessionStore<Session>(
    kv,
    owners,
    config.sealKeys,
    SessionSchema,
    sessionDays(config.retentionDays),
    services.now,
  );
  const member = memo<StaffMember | null>(async () => (from ? getMember(kv, from.id) : null));
  const fromButton = localeOfData(ctx.callbackQuery?.data);
  let locale: Locale | undefined = fromButton;
  let chosen = fromButton !== undefined;
  if (!locale && from && ctx.chat?.type === "private") {
    const s = await session.load();
    chosen = s.lang !== undefined;
    locale = s.lang ?? localeFromTelegram(from.language_code, s.school?.lang) ?? s.school?.lang;
  }
  locale ??= localeFromTelegram(from?.language_code) ?? FALLBACK_LOCALE;
  ctx.ura = {
    ...services,
    locale,
    t: translator(locale),
    setLocale(next: Locale) {
      ctx.ura.locale = next;
      ctx.ura.t = translator(next);
    },
    useSchoolLanguage(schoolLocale: Locale) {
      if (chosen) return;
      ctx.ura.setLocale(localeFromTelegram(from?.language_code, schoolLocale) ?? schoolLocale);
    },
    pseudonym: pseudonymOf,
    owners,
    session,
    member,
    desk: (school) => deskOf(services.env, school, services.deskCalls),
    async allowed(what) {
      const limiter = services.env.LIMITER;
      if (!limiter || !from) return true;
      return (await limiter.limit({ key: `${what}:${await pseudonymOf()}` })).success;
    },
  };
  await next();
};
