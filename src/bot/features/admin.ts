/** Programme admins (ADMIN_IDS): create schools, and see them all with their staff and undelivered notices. */
import { Composer } from "grammy";
import { toCode } from "../../crypto/encoding.ts";
import { COUNTRIES, type Country } from "../../domain/country.ts";
import {
  MAX_MUNICIPALITY,
  MAX_SCHOOL_NAME,
  SCHOOL_CODE_LENGTH,
  type School,
  studentLink,
} from "../../domain/school.ts";
import { timeZoneOf } from "../../flow/registry.ts";
import type { Locale } from "../../i18n/locales.ts";
import { getSchool, listSchools } from "../../storage/schools.ts";
import { countUndelivered } from "../../storage/undelivered.ts";
import type { UraContext } from "../context.ts";
import { chunks } from "../views/limits.ts";
import { isAdmin } from "./guards.ts";

export const admin = new Composer<UraContext>();
const pm = admin.chatType("private");

pm.command(["newschool", "schools"], async (ctx, next) => {
  if (isAdmin(ctx)) return next();
  await ctx.reply(ctx.ura.t("admin-only"));
});

/** A school's language as an admin types it: Serbian-language schools write Cyrillic unless told "sr-latn". */
const SCHOOL_LANGUAGES: Record<string, Locale> = {
  sq: "sq",
  sr: "sr-Cyrl",
  "sr-cyrl": "sr-Cyrl",
  "sr-latn": "sr",
  mk: "mk",
  en: "en",
};

pm.command("newschool", async (ctx) => {
  const { t, kv, config, now } = ctx.ura;
  const parts = ctx.match.split(";").map((p) => p.trim());
  const [name, municipality, countryRaw, langRaw] = parts;
  if (
    parts.length !== 4 ||
    !name ||
    !municipality ||
    name.length > MAX_SCHOOL_NAME ||
    municipality.length > MAX_MUNICIPALITY
  )
    return ctx.reply(t("newschool-usage"));
  const country = countryRaw?.toUpperCase() as Country | undefined;
  const lang = SCHOOL_LANGUAGES[langRaw?.toLowerCase() ?? ""];
  if (!country || !COUNTRIES.includes(country)) return ctx.reply(t("newschool-bad-country"));
  if (!lang) return ctx.reply(t("newschool-bad-language"));
  let code = "";
  // 30^6 codes: a collision is unlikely, but a new school must never take over another's desk.
  do code = toCode(crypto.getRandomValues(new Uint8Array(16)), SCHOOL_CODE_LENGTH);
  while (await getSchool(kv, code));
  const school: School = {
    code,
    name,
    municipality,
    country,
    lang,
    timeZone: timeZoneOf(country),
    createdAt: now(),
  };
  await ctx.ura.desk(code).init(now(), school);
  await ctx.reply(
    t("newschool-created", {
      name,
      municipality,
      country,
      code,
      link: studentLink(config.botUsername, code),
    }),
  );
});

pm.command("schools", async (ctx) => {
  const { t, kv, config } = ctx.ura;
  const [schools, undelivered] = await Promise.all([listSchools(kv), countUndelivered(kv)]);
  if (schools.length === 0) return ctx.reply(t("schools-empty"));
  const rows = schools.map((s) => {
    const staff = s.principals > 0 ? t("schools-staff", { advisers: s.advisers }) : t("schools-no-principal");
    const lost = undelivered.get(s.code) ?? 0;
    const row = t("schools-row", {
      code: s.code,
      name: s.name,
      municipality: s.municipality,
      country: s.country,
      staff,
      link: studentLink(config.botUsername, s.code),
    });
    return lost > 0 ? `${row}\n   ${t("schools-undelivered", { count: lost })}` : row;
  });
  // ~40 schools already pass Telegram's 4,096 characters: as many messages as it takes.
  for (const piece of chunks([t("schools-title"), ...rows].join("\n"))) await ctx.reply(piece);
});
