/** The Worker: HTTP through the Hono app, the cron, the notice queue; and the school desk's class. */
import { app } from "./app.ts";
import type { Env } from "./config.ts";
import type { Notice } from "./domain/notices.ts";
import { runQueue, runScheduled } from "./scheduled.ts";

export { Desk } from "./storage/desk/desk.ts";
export { Programme } from "./storage/programme/programme.ts";

export default {
  fetch: app.fetch,
  async scheduled(controller, env, ctx) {
    ctx.waitUntil(runScheduled(controller, env, controller.scheduledTime));
  },
  async queue(batch, env) {
    await runQueue(batch as MessageBatch<Notice>, env);
  },
} satisfies ExportedHandler<Env>;

export type { Env };
