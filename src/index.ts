/** The Worker: HTTP through the Hono app, the cron, the notice queue; and the school desk's class. */
import { app, buildApp } from "./app.ts";
import type { Env } from "./config.ts";
import type { Notice } from "./domain/notices.ts";
import { runQueue, runScheduled } from "./scheduled.ts";

export { Desk } from "./storage/desk/desk.ts";
export { Programme } from "./storage/programme/programme.ts";

/**
 * Set at build time: false in wrangler.toml (every deploy), true by `npm start` (`--define`). The
 * bundler drops the untaken branch below, so the deployed bundle has no playground in it.
 */
declare const URA_PLAYGROUND: boolean;

const deployed = {
  fetch: app.fetch,
  async scheduled(controller, env, ctx) {
    ctx.waitUntil(runScheduled(controller, env, controller.scheduledTime));
  },
  async queue(batch, env) {
    await runQueue(batch as MessageBatch<Notice>, env);
  },
} satisfies ExportedHandler<Env>;

export default URA_PLAYGROUND
  ? (await import("./playground/worker.ts")).withPlayground(deployed, { buildApp, runScheduled, runQueue })
  : deployed;

export type { Env };
