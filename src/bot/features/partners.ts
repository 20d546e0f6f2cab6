/**
 * Partner NGOs: a programme admin invites a partner's member for a set of schools —
 * `/invite partner Org name; CODE CODE …` or a whole municipality `/invite partner Org; XK/Prizren` —
 * and they join with the code like staff do. They see those schools' trends, and hear of what a
 * principal did not pick up and of every report about an adult at school (never its words).
 */
import { isCode, normalizeCode, toCode } from "../../crypto/encoding.ts";
import { SCHOOL_CODE_LENGTH } from "../../domain/school.ts";
import { INVITE_CODE_LENGTH } from "../../domain/staff.ts";
import { programmeOf } from "../../storage/desk/client.ts";
import { listSchools } from "../../storage/schools.ts";
import { PARTNER_COMMANDS } from "../commands.ts";
import type { UraContext } from "../context.ts";
import { answerInSteps } from "../ledger.ts";

const MAX_ORG = 60;

/** The schools an admin named: codes, or "XK/Prizren" for every school of that municipality. */
async function schoolsNamed(ctx: UraContext, words: string): Promise<string[]> {
  const schools = await listSchools(ctx.ura.kv);
  const out = new Set<string>();
  for (const word of words.split(/[\s,]+/).filter(Boolean)) {
    const muni = /^([A-Za-z]{2})\/(.+)$/.exec(word);
    if (muni) {
      for (const s of schools)
        if (s.country === muni[1]?.toUpperCase() && s.municipality.toLowerCase() === muni[2]?.toLowerCase())
          out.add(s.code);
      continue;
    }
    const code = normalizeCode(word);
    if (isCode(code, SCHOOL_CODE_LENGTH) && schools.some((s) => s.code === code)) out.add(code);
  }
  return [...out];
}

/** `/invite partner …`, by a programme admin. */
export async function invitePartner(ctx: UraContext, args: string): Promise<void> {
  const { t, config, now } = ctx.ura;
  const [org, list] = args.split(";").map((p) => p.trim());
  const schools = list ? await schoolsNamed(ctx, list) : [];
  if (!org || org.length > MAX_ORG || schools.length === 0)
    return void (await ctx.reply(t("invite-partner-usage")));
  const code = toCode(crypto.getRandomValues(new Uint8Array(32)), INVITE_CODE_LENGTH);
  await programmeOf(ctx.ura.env, ctx.ura.deskCalls).invitePartner(now(), code, org, schools);
  const link = `https://t.me/${config.botUsername}?start=j-${code}`;
  await ctx.reply(
    `${t("invite-created", { role: t("role-partner"), code, link })}\n${t("invite-partner-schools", { count: schools.length })}`,
  );
}

/** Redeems a partner's invite; the schools' desks learn who follows them. False when it is not valid. */
export async function joinPartner(ctx: UraContext, code: string): Promise<boolean> {
  const { t, now } = ctx.ura;
  const from = ctx.from;
  if (!from) return false;
  const partner = await programmeOf(ctx.ura.env, ctx.ura.deskCalls).joinPartner(now(), code, {
    id: from.id,
    name: from.first_name,
    lang: ctx.ura.locale,
  });
  if (!partner) return false;
  for (const school of partner.schools)
    await ctx.ura.desk(school).linkPartner(now(), { id: partner.id, lang: partner.lang });
  const menu = PARTNER_COMMANDS.map(([command, id]) => ({ command, description: t(id) }));
  await answerInSteps(
    [
      ["menu", () => ctx.api.setMyCommands(menu, { scope: { type: "chat", chat_id: from.id } })],
      ["welcome", () => ctx.reply(t("partner-welcome", { org: partner.org, count: partner.schools.length }))],
    ],
    [],
    async () => {},
  );
  return true;
}
