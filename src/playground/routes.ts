/**
 * /playground — exists only when the Worker runs with PLAYGROUND=1 (set by `npm start`), and only
 * over a KV namespace that is the playground's own: everything here 404s in a real deployment, and
 * refuses a namespace holding a real school. The page acts as several Telegram users; the server
 * builds their updates and runs them through the very same bot, whose Bot API calls the
 * playground's simulated Telegram answers (hub.ts). The page reads every call by cursor, including
 * the notices the queue delivers later.
 */
import { Hono } from "hono";
import type { Update, User } from "grammy/types";
import type { Context } from "hono";
import { handleUpdate } from "../bot/bot.ts";
import { mustRetry } from "../bot/errors.ts";
import { studentLink } from "../domain/school.ts";
import { timeZoneOf } from "../flow/registry.ts";
import { runScheduled } from "../scheduled.ts";
import { deskOf } from "../storage/desk/client.ts";

import { listSchools } from "../storage/schools.ts";
import type { AppEnv } from "../web/app-env.ts";
import { hub } from "./hub.ts";
import { playgroundPage } from "./page.ts";
import { DEMO_SCHOOL, PERSONAS } from "./personas.ts";

export const playground = new Hono<AppEnv>();

/** Written when the playground first seeds an empty namespace: a production namespace never has it. */
const MARKER = "playground:namespace";

playground.use("*", async (c, next) => {
  if (!c.get("services").config.playground) return c.notFound();
  await next();
});

/** True when this KV namespace is the playground's: marked by it, or empty so far. */
async function ours(c: Context<AppEnv>): Promise<boolean> {
  const { kv } = c.get("services");
  if (await kv.get(MARKER)) return true;
  if ((await listSchools(kv)).length > 0) return false;
  await kv.put(MARKER, "1");
  return true;
}

playground.use("/api/*", async (c, next) => {
  if (!(await ours(c)))
    return c.json({ error: "This KV namespace holds schools the playground did not make: it refuses to run over real data." }, 403);
  await next();
});

playground.get("/", (c) => c.html(playgroundPage()));

const personaUser = (id: number): User | undefined => {
  const p = PERSONAS.find((x) => x.id === id);
  return p && { id: p.id, is_bot: false, first_name: p.first_name, ...(p.last_name ? { last_name: p.last_name } : {}), ...(p.username ? { username: p.username } : {}), language_code: p.language_code };
};

playground.post("/api/seed", async (c) => {
  const services = c.get("services");
  const now = services.now();
  const desk = deskOf(services.env, DEMO_SCHOOL.code);
  const seeded = !(await desk.school());
  if (seeded) {
    await desk.init(now, { ...DEMO_SCHOOL, timeZone: timeZoneOf(DEMO_SCHOOL.country), createdAt: now });
    // The demo school's staff join the way real staff do: an invite each, redeemed once.
    for (const [i, p] of PERSONAS.entries()) {
      if (p.role !== "adviser" && p.role !== "principal") continue;
      const code = `DEMO${String(i).padStart(9, "2")}`;
      await desk.createInvite(now, code, p.role);
      await desk.join(now, { updateId: i + 1, code, user: { id: p.id, name: p.first_name, lang: p.language_code === "en" ? "en" : "sq" } });
    }
    console.log(`Playground: demo school "${DEMO_SCHOOL.name}" seeded — code ${DEMO_SCHOOL.code}`);
  }
  const link = studentLink(services.config.botUsername, DEMO_SCHOOL.code);
  return c.json({ school: { ...DEMO_SCHOOL, link }, personas: PERSONAS, seeded, ...hub.since(0) });
});

/** Runs an update through the bot; the webhook reply, if any, reaches the simulated Telegram too. */
async function run(c: Context<AppEnv>, update: Update, cursor: number) {
  try {
    const reply = await handleUpdate(c.get("services"), update, hub.fetch);
    if (reply) {
      const { method, ...payload } = reply;
      hub.apply(String(method), payload);
    }
  } catch (error) {
    if (!mustRetry(error)) throw error;
    return c.json({ error: "unavailable", ...hub.since(cursor), kv: c.get("services").kv.ops }, 503);
  }
  return c.json({ ...hub.since(cursor), kv: c.get("services").kv.ops, desk: c.get("services").deskCalls.calls });
}

playground.post("/api/send", async (c) => {
  const body = await c.req.json<{ persona: number; text?: string; photo?: string; cursor?: number }>();
  const user = personaUser(body.persona);
  if (!user) return c.json({ error: "no such persona" }, 400);
  return run(c, hub.message(user, body.text, body.photo), body.cursor ?? 0);
});

playground.post("/api/press", async (c) => {
  const body = await c.req.json<{ persona: number; messageId: number; data: string; cursor?: number }>();
  const user = personaUser(body.persona);
  if (!user) return c.json({ error: "no such persona" }, 400);
  return run(c, hub.press(user, body.messageId, body.data), body.cursor ?? 0);
});

/** What happened since the page last looked: notices delivered by the queue arrive this way. */
playground.post("/api/poll", async (c) => {
  const body = await c.req.json<{ cursor?: number }>().catch(() => ({ cursor: 0 }));
  return c.json(hub.since(body.cursor ?? 0));
});

playground.post("/api/scheduled", async (c) => {
  const body = await c.req.json<{ cursor?: number }>().catch(() => ({ cursor: 0 }));
  const report = await runScheduled({ cron: "playground" }, c.env);
  return c.json({ report, ...hub.since(body.cursor ?? 0) });
});


