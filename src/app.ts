/** The Hono app: small route modules composed with app.route(). */
import { Hono } from "hono";
import { ConfigError, configFor } from "./config.ts";
import { CountingKv } from "./storage/kv-counter.ts";
import type { AppEnv } from "./web/app-env.ts";
import { health } from "./web/health.ts";
import { webhook } from "./web/webhook.ts";
import { playground } from "./playground/routes.ts";

export const app = new Hono<AppEnv>();

app.onError((error, c) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
    return c.json({ ok: false, error: "configuration", problems: error.problems }, 500);
  }
  console.error("request error", error.name);
  return c.json({ ok: false, error: "internal" }, 500);
});

app.use("*", async (c, next) => {
  const kv = new CountingKv(c.env.KV);
  c.set("kv", kv);
  c.set("services", { config: configFor(c.env), kv, now: Date.now });
  await next();
  // KV cost of this request, for tests, `npm run bench` and whoever watches the free-plan budget.
  const { reads, writes, deletes, lists } = kv.ops;
  c.header("X-Ura-KV-Ops", `reads=${reads} writes=${writes} deletes=${deletes} lists=${lists}`);
});

app.route("/", health);
app.route("/telegram", webhook);
app.route("/playground", playground);
