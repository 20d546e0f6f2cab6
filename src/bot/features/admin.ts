/** Programme admins (ADMIN_IDS): create and list schools. */
import { Composer } from "grammy";
import { toCode } from "../../crypto/encoding.ts";
import { type School, studentLink } from "../../domain/school.ts";
import { SCHOOL_CODE_LENGTH } from "../../flow/state-codec.ts";
import { COUNTRIES, type Country } from "../../flow/types.ts";
import { isLocale } from "../../i18n/locales.ts";
import { getSchool, listSchools, putSchool } from "../../storage/schools.ts";
import type { UraContext } from "../context.ts";
import { chunks } from "../limits.ts";

export const admin = new Composer<UraContext>();
const pm = admin.chatType("private");

const isAdmin = (ctx: UraContext) => ctx.from !== undefined && ctx.ura.config.adminIds.has(ctx.from.id);

pm.command(["newschool", "schools"], async (ctx, next) => {
  if (isAdmin(ctx)) return next();
  await ctx.reply(ctx.ura.t("admin-only"));
});

pm.command("newschool", async (ctx) => {
  const { t, kv, config, now } = ctx.ura;
  const parts = ctx.match.split(";").map((p) => p.trim());
  const [name, municipality, countryRaw, langRaw] = parts;
  if (parts.length !== 4 || !name || !municipality || name.length > 120 || municipality.length > 60) {
    return ctx.reply(t("newschool-usage"));
  }
  const country = countryRaw?.toUpperCase() as Country | undefined;
  const lang = langRaw?.toLowerCase();
  if (!country || !COUNTRIES.includes(country)) return ctx.reply(t("newschool-bad-country"));
  if (!isLocale(lang)) return ctx.reply(t("newschool-bad-language"));
  let code = "";
  // 30^6 codes: a collision is unlikely, but a new school must never overwrite another.
  do code = toCode(crypto.getRandomValues(new Uint8Array(16)), SCHOOL_CODE_LENGTH);
  while (await getSchool(kv, code));
  const school: School = { code, name, municipality, country, lang, createdAt: now() };
  await putSchool(kv, school);
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
  const schools = await listSchools(kv);
  if (schools.length === 0) return ctx.reply(t("schools-empty"));
  const rows = schools.map((s) =>
    t("schools-row", {
      code: s.code,
      name: s.name,
      municipality: s.municipality,
      country: s.country,
      link: studentLink(config.botUsername, s.code),
    }),
  );
  // ~40 schools already pass Telegram's 4,096 characters: as many messages as it takes.
  for (const piece of chunks([t("schools-title"), ...rows].join("\n"))) await ctx.reply(piece);
});
