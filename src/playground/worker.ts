/**
 * The playground's Worker entry (`npm start` runs it with `wrangler dev src/playground/worker.ts`):
 * the deployed Worker's app with the playground's routes in front — its page and API, and its
 * dashboard sign-in — and its notices delivered to the simulated Telegram. wrangler.toml's `main`
 * (src/index.ts) is what `npm run deploy` bundles, and it imports nothing from here.
 */
import { buildApp } from "../app.ts";
import type { Env } from "../config.ts";
import type { Notice } from "../domain/notices.ts";
import { runQueue, runScheduled } from "../scheduled.ts";
import { devLogin } from "./dashboard-login.ts";
import { hub } from "./hub.ts";
import { playground } from "./routes.ts";

export { Desk } from "../storage/desk/desk.ts";
export { Programme } from "../storage/programme/programme.ts";

export const playgroundApp = buildApp((app) => {
  app.route("/dashboard", devLogin);
  app.route("/playground", playground);
});

export default {
  fetch: playgroundApp.fetch,
  async scheduled(controller, env, ctx) {
    ctx.waitUntil(runScheduled(controller, env, controller.scheduledTime));
  },
  async queue(batch, env) {
    await runQueue(batch as MessageBatch<Notice>, env, hub.fetch);
  },
} satisfies ExportedHandler<Env>;
