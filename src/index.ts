/** The Worker: HTTP through the Hono app, cron through the scheduled handler. */
import { app } from "./app.ts";
import type { Env } from "./config.ts";
import { runScheduled } from "./scheduled.ts";

export default {
  fetch: app.fetch,
  async scheduled(controller, env, ctx) {
    ctx.waitUntil(runScheduled(controller, env, {}, controller.scheduledTime));
  },
} satisfies ExportedHandler<Env>;

export type { Env };
