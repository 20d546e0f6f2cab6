/**
 * /playground — exists only when there is no BOT_TOKEN (everything here 404s in a real
 * deployment). The page acts as several Telegram users; their updates go through the very same
 * bot as the webhook's, with outgoing API calls captured and returned to the page.
 */
import { Hono } from "hono";
import type { Update } from "grammy/types";
import { createBot } from "../bot/create-bot.ts";
import { studentLink } from "../domain/school.ts";
import type { Kv } from "../storage/kv-counter.ts";
import { isLocale } from "../i18n/locales.ts";
import { getSchool, putSchool } from "../storage/schools.ts";
import { putMember } from "../storage/staff.ts";
import type { AppEnv } from "../web/app-env.ts";
import { runScheduled } from "../scheduled.ts";
import { Capture } from "./capture.ts";
import { playgroundPage } from "./page.ts";
import { DEMO_SCHOOL, PERSONAS } from "./personas.ts";

export const playground = new Hono<AppEnv>();

playground.use("*", async (c, next) => {
  if (!c.get("services").config.playground) return c.notFound();
  await next();
});

playground.get("/", (c) => c.html(playgroundPage()));

playground.post("/api/seed", async (c) => {
  const services = c.get("services");
  const seeded = await seedDemoSchool(services.kv, services.now());
  const link = studentLink(services.config.botUsername, DEMO_SCHOOL.code);
  if (seeded)
    console.log(
      `Playground: demo school "${DEMO_SCHOOL.name}" seeded — code ${DEMO_SCHOOL.code}, link ${link}`,
    );
  return c.json({ school: { ...DEMO_SCHOOL, link }, personas: PERSONAS, seeded });
});

playground.post("/api/update", async (c) => {
  const body = await c.req.json<{ update: Update; nextIds?: Record<string, number> }>();
  const capture = new Capture({ ...(body.nextIds ?? {}) });
  const bot = createBot(c.get("services"), { transformer: capture.transformer });
  await bot.handleUpdate(body.update);
  return c.json({ calls: capture.calls, nextIds: capture.nextIds, kv: c.get("kv").ops });
});

playground.post("/api/scheduled", async (c) => {
  const body = await c.req.json<{ nextIds?: Record<string, number> }>().catch(() => ({ nextIds: {} }));
  const capture = new Capture({ ...(body.nextIds ?? {}) });
  const report = await runScheduled({ cron: "playground" }, c.env, { transformer: capture.transformer });
  return c.json({ calls: capture.calls, nextIds: capture.nextIds, report });
});

/** The demo school, its principal and its club adviser (the personas), on first start. */
async function seedDemoSchool(kv: Kv, now: number): Promise<boolean> {
  if (await getSchool(kv, DEMO_SCHOOL.code)) return false;
  await putSchool(kv, { ...DEMO_SCHOOL, createdAt: now });
  for (const p of PERSONAS) {
    if (p.role !== "adviser" && p.role !== "principal") continue;
    const lang = isLocale(p.language_code) ? p.language_code : "en";
    await putMember(kv, { school: DEMO_SCHOOL.code, id: p.id, role: p.role, name: p.first_name, lang });
  }
  return true;
}
