/**
 * What the playground seeds on first start, the way the product itself would have made it: the
 * demo schools through their desks (listed in KV like any school, so the cron gathers them), the
 * demo school's staff through invites redeemed once, the partner persona through the programme's
 * partner invite (`/invite partner`), and a semester of anonymized trends facts (season.ts) —
 * gathered at once by the cron's own code, so the dashboard has figures from the first minute.
 */
import type { Services } from "../bot/context.ts";
import { toCode } from "../crypto/encoding.ts";
import { INVITE_CODE_LENGTH } from "../domain/staff.ts";
import { gatherTrends } from "../cron/trends.ts";
import { isLocale } from "../i18n/locales.ts";
import { deskOf, programmeOf } from "../storage/desk/client.ts";
import { keys } from "../storage/keys.ts";
import { hub } from "./hub.ts";
import { DEMO_SCHOOL, PARTNER_ORG, PERSONAS, type Persona } from "./personas.ts";
import { SEASON_SCHOOLS, season, seasonSchool } from "./season.ts";

/** Written once the season is in: the next start seeds nothing (KV of the playground's own). */
export const SEASON_MARK = "playground:season";

const langOf = (p: Persona) => (isLocale(p.language_code) ? p.language_code : "sq");

/** The demo school's staff join the way real staff do: an invite each, redeemed once. */
async function joinStaff(services: Services, now: number): Promise<void> {
  const desk = deskOf(services.env, DEMO_SCHOOL.code);
  for (const [i, p] of PERSONAS.entries()) {
    if (p.role !== "adviser" && p.role !== "principal" && p.role !== "lead") continue;
    const code = `DEMO${String(i).padStart(9, "2")}`;
    await desk.createInvite(now, code, p.role);
    await desk.join(now, {
      updateId: hub.nextUpdateId(),
      code,
      user: { id: p.id, name: p.first_name, lang: langOf(p) },
    });
  }
}

/** The partner persona joins for the Prizren demo schools, as `/invite partner …; XK/Prizren` and its link do. */
async function joinPartner(services: Services, now: number): Promise<void> {
  const p = PERSONAS.find((x) => x.role === "partner");
  if (!p || (await services.kv.get(keys.partner(p.id)))) return;
  const schools = SEASON_SCHOOLS.filter((s) => s.municipality === DEMO_SCHOOL.municipality).map(
    (s) => s.code,
  );
  const programme = programmeOf(services.env, services.deskCalls);
  const code = toCode(crypto.getRandomValues(new Uint8Array(32)), INVITE_CODE_LENGTH);
  await programme.invitePartner(now, code, PARTNER_ORG, schools);
  const partner = await programme.joinPartner(now, code, { id: p.id, name: p.first_name, lang: langOf(p) });
  if (!partner) throw new Error("playground: the partner's own invite was refused");
  for (const school of partner.schools)
    await deskOf(services.env, school, services.deskCalls).linkPartner(now, {
      id: partner.id,
      lang: partner.lang,
    });
}

/**
 * Seeds what is missing; true when the demo school itself was new. A playground seeded before the
 * season existed gets the other schools, the partner and the season on its next start.
 */
export async function seedPlayground(services: Services): Promise<boolean> {
  const now = services.now();
  let demoIsNew = false;
  for (const s of SEASON_SCHOOLS) {
    const desk = deskOf(services.env, s.code, services.deskCalls);
    if (await desk.school()) continue;
    await desk.init(now, seasonSchool(s, now));
    if (s.code === DEMO_SCHOOL.code) {
      demoIsNew = true;
      await joinStaff(services, now);
    }
    console.log(`Playground: demo school "${s.name}" (${s.municipality}) seeded — code ${s.code}`);
  }
  if (await services.kv.get(SEASON_MARK)) return demoIsNew;
  await joinPartner(services, now);
  for (const { school, cases } of season(now)) {
    const facts = cases.map((c) => c.fact);
    await deskOf(services.env, school.code, services.deskCalls).seedFacts(now, facts);
  }
  // The cron's own gathering, now: the partner's and the admin's views read what it gathers.
  await gatherTrends(services);
  await services.kv.put(SEASON_MARK, new Date(now).toISOString());
  console.log("Playground: a semester of reports seeded in the demo schools' trends");
  return demoIsNew;
}
