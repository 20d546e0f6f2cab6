/**
 * The Hono app: small route modules composed with app.route(). The deployed Worker is `app`; under
 * `npm start` the entry has the playground (src/playground/worker.ts) build the same app with its
 * routes in front, and a deploy's bundle leaves the playground out (src/index.ts says how).
 */
import { Hono } from "hono/tiny";
import { servicesFor } from "./bot/services.ts";
import { ConfigError } from "./config.ts";
import type { AppEnv } from "./web/app-env.ts";
import { dashboard } from "./web/dashboard/routes.ts";
import { health } from "./web/health.ts";
import { poster } from "./web/poster/routes.ts";
import { webhook } from "./web/webhook.ts";

export function buildApp(mountFirst?: (app: Hono<AppEnv>) => void): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.onError((error, c) => {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return c.json({ ok: false, error: "configuration", problems: error.problems }, 500);
    }
    console.error("request error", error.name);
    return c.json({ ok: false, error: "internal" }, 500);
  });

  app.use("*", async (c, next) => {
    const services = servicesFor(c.env);
    c.set("services", services);
    await next();
    // Storage cost of this request, for tests, `npm run bench` and whoever watches the free-plan budget.
    const { reads, writes, deletes, lists } = services.kv.ops;
    c.header(
      "X-Ura-KV-Ops",
      `reads=${reads} writes=${writes} deletes=${deletes} lists=${lists} desk=${services.deskCalls.calls}`,
    );
  });

  // Before the others: the playground's sign-in sits under /dashboard, whose pages catch everything.
  mountFirst?.(app);
  app.route("/", health);
  app.route("/telegram", webhook);
  app.route("/dashboard", dashboard);
  app.route("/poster", poster);
  return app;
}

/** The deployed Worker's app. */
export const app = buildApp();
