/**
 * /playground — exists only when the Worker runs with PLAYGROUND=1 (set by `npm start`), and only
 * over a KV namespace that is the playground's own: everything here 404s in a real deployment, and
 * refuses a namespace holding a real school. The page acts as several Telegram users; the server
 * builds their updates and runs them through the very same bot, whose Bot API calls the
 * playground's simulated Telegram answers (hub.ts). The page reads every call by cursor, including
 * the notices the queue delivers later. The page's client is typed against `PlaygroundApp`.
 */
import type { Update, User } from "grammy/types";
import type { Context } from "hono";
import { Hono } from "hono/tiny";
import { validator } from "hono/validator";
import * as v from "valibot";
import { handleUpdate } from "../bot/bot.ts";
import { mustRetry } from "../bot/errors.ts";
import type { ScheduledReport } from "../cron/jobs.ts";
import { studentLink } from "../domain/school.ts";
import type { KvOps } from "../storage/kv-counter.ts";
import { listSchools } from "../storage/schools.ts";
import type { AppEnv } from "../web/app-env.ts";
import { CLIENT_CSS, CLIENT_JS } from "./assets.ts";
import { clockOffset, setClockOffset } from "./clock.ts";
import { hub } from "./hub.ts";
import { PlaygroundPage } from "./page.tsx";
import { CHAT_PERSONAS, DASHBOARD_ROLES, DEMO_SCHOOL, PERSONAS } from "./personas.ts";
import { keepPhoto, PHOTO_DATA_URL, photo } from "./photos.ts";
import { seedPlayground } from "./seed.ts";

/** Written when the playground first seeds an empty namespace: a production namespace never has it. */
const MARKER = "playground:namespace";
/** A phone's photo after the page shrank it; anything bigger is not from the page. */
const PHOTO_MAX_CHARS = 2_000_000;

/** The marker also keeps how far the playground's clock runs ahead, across restarts. */
const markerOf = (clockMs: number) => JSON.stringify({ clockMs });

const clockIn = (mark: string): number => {
  try {
    const clockMs = (JSON.parse(mark) as { clockMs?: unknown } | null)?.clockMs;
    return typeof clockMs === "number" ? clockMs : 0;
  } catch {
    return 0; // an older playground's marker
  }
};

/** True when this KV namespace is the playground's: marked by it, or empty so far. */
async function ours(c: Context<AppEnv>): Promise<boolean> {
  const { kv } = c.get("services");
  const mark = await kv.get(MARKER);
  if (mark) {
    setClockOffset(clockIn(mark));
    return true;
  }
  if ((await listSchools(kv)).length > 0) return false;
  await kv.put(MARKER, markerOf(0));
  return true;
}

/** A JSON body checked against a schema: 400 otherwise. The client's types come from its output. */
const body = <S extends v.GenericSchema>(schema: S) =>
  validator("json", (value, c) => {
    const parsed = v.safeParse(schema, value);
    return parsed.success ? (parsed.output as v.InferOutput<S>) : c.json({ error: "bad request" }, 400);
  });

const cursor = v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)), 0);
const persona = v.pipe(v.number(), v.integer());
const SendBody = v.object({
  persona,
  text: v.optional(v.pipe(v.string(), v.maxLength(4096))),
  photo: v.optional(v.pipe(v.string(), v.maxLength(PHOTO_MAX_CHARS), v.regex(PHOTO_DATA_URL))),
  cursor,
});
const PressBody = v.object({ persona, messageId: v.pipe(v.number(), v.integer()), data: v.string(), cursor });
const CursorBody = v.object({ cursor });
const ClockBody = v.object({ days: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(30)), cursor });
const DAY_MS = 24 * 3600_000;

const personaUser = (id: number): User | undefined => {
  const p = PERSONAS.find((x) => x.id === id);
  return (
    p && {
      id: p.id,
      is_bot: false,
      first_name: p.first_name,
      ...(p.last_name ? { last_name: p.last_name } : {}),
      ...(p.username ? { username: p.username } : {}),
      language_code: p.language_code,
    }
  );
};

const since = (now: KvOps, then: KvOps): KvOps => ({
  reads: now.reads - then.reads,
  writes: now.writes - then.writes,
  deletes: now.deletes - then.deletes,
  lists: now.lists - then.lists,
});

/** Runs an update through the bot; the webhook reply, if any, reaches the simulated Telegram too. */
async function run(c: Context<AppEnv>, update: Update, from: number) {
  // Read the clock late: this very request may have set it (clock.ts).
  const services = { ...c.get("services"), now: () => Date.now() };
  // The bot's cost alone: the playground's own check of the namespace is not the bot's.
  const [ops, desk] = [{ ...services.kv.ops }, services.deskCalls.calls];
  const cost = () => ({ kv: since(services.kv.ops, ops), desk: services.deskCalls.calls - desk });
  try {
    const reply = await handleUpdate(services, update, hub.fetch);
    if (reply) {
      const { method, ...payload } = reply;
      hub.apply(String(method), payload);
    }
  } catch (error) {
    if (!mustRetry(error)) throw error;
    // Telegram would redeliver; the page says so instead.
    return c.json({ ...hub.since(from), ...cost(), unavailable: true }, 503);
  }
  return c.json({ ...hub.since(from), ...cost(), unavailable: false }, 200);
}

const noPersona = { error: "no such persona" } as const;

/** The personas whose dashboard the page's Mini App sheet opens. */
const DASHBOARDS = PERSONAS.filter((p) => DASHBOARD_ROLES.some((r) => r === p.role));

/** The Worker's cron run, lent by the entry (src/index.ts): the page's "run the cron" button. */
export type RunCron = (
  controller: { cron: string },
  env: AppEnv["Bindings"],
  now: number,
) => Promise<ScheduledReport>;

export const playgroundRoutes = (runCron: RunCron) =>
  new Hono<AppEnv>()
    .use("*", async (c, next) => {
      if (!c.get("services").config.playground) return c.notFound();
      await next();
    })
    .use("/api/*", async (c, next) => {
      if (!(await ours(c)))
        return c.json(
          {
            error:
              "This KV namespace holds schools the playground did not make: it refuses to run over real data.",
          },
          403,
        );
      await next();
    })
    .get("/", (c) => {
      // Everything the page needs comes from here: the browser may fetch nothing from elsewhere.
      c.header(
        "Content-Security-Policy",
        // frame-src: the dashboard panel frames this Worker's own /dashboard, as Telegram frames a Mini App.
        "default-src 'self'; img-src 'self' data:; frame-src 'self'; base-uri 'none'; form-action 'none'",
      );
      return c.html(PlaygroundPage({ personas: CHAT_PERSONAS, dashboards: DASHBOARDS, school: DEMO_SCHOOL }));
    })
    .get("/client.js", (c) => c.body(CLIENT_JS, 200, { "Content-Type": "text/javascript; charset=utf-8" }))
    .get("/client.css", (c) => c.body(CLIENT_CSS, 200, { "Content-Type": "text/css; charset=utf-8" }))
    .get("/file/:id", (c) => {
      const file = photo(c.req.param("id"));
      return file ? c.body(file.bytes, 200, { "Content-Type": file.type }) : c.notFound();
    })
    .post("/api/seed", async (c) => {
      const services = c.get("services");
      const seeded = await seedPlayground(services);
      const link = studentLink(services.config.botUsername, DEMO_SCHOOL.code);
      return c.json(
        {
          school: { ...DEMO_SCHOOL, link },
          personas: CHAT_PERSONAS,
          dashboards: DASHBOARDS,
          seeded,
          clockMs: clockOffset(),
          ...hub.since(0),
        },
        200,
      );
    })
    .post("/api/send", body(SendBody), async (c) => {
      const { persona, text, photo: picture, cursor } = c.req.valid("json");
      const user = personaUser(persona);
      if (!user) return c.json(noPersona, 400);
      if (text === undefined && picture === undefined)
        return c.json({ error: "nothing to send" } as const, 400);
      return run(c, hub.message(user, text, picture && keepPhoto(picture)), cursor);
    })
    .post("/api/press", body(PressBody), async (c) => {
      const { persona, messageId, data, cursor } = c.req.valid("json");
      const user = personaUser(persona);
      if (!user) return c.json(noPersona, 400);
      return run(c, hub.press(user, messageId, data), cursor);
    })
    /** What happened since the page last looked: notices delivered by the queue arrive this way. */
    .post("/api/poll", body(CursorBody), (c) => c.json(hub.since(c.req.valid("json").cursor), 200))
    .post("/api/scheduled", body(CursorBody), async (c) => {
      const report = await runCron({ cron: "playground" }, c.env, Date.now());
      return c.json({ report, ...hub.since(c.req.valid("json").cursor) }, 200);
    })
    /** Moves the playground's clock ahead (clock.ts): what is due then, the cron finds. */
    .post("/api/clock", body(ClockBody), async (c) => {
      const { days, cursor } = c.req.valid("json");
      setClockOffset(clockOffset() + days * DAY_MS);
      await c.get("services").kv.put(MARKER, markerOf(clockOffset()));
      return c.json({ clockMs: clockOffset(), now: Date.now(), ...hub.since(cursor) }, 200);
    });

/** The routes' types, for the page's typed client (`hc<PlaygroundApp>`). */
export type PlaygroundApp = ReturnType<typeof playgroundRoutes>;
