/**
 * The playground's Worker: the deployed Worker with the playground's routes in front of its app —
 * the page and its API, the dashboard's sign-in as a persona — and its notices delivered to the
 * simulated Telegram. The entry (src/index.ts) builds it only when the build defines URA_PLAYGROUND
 * (`npm start`), lending it the app's builder and the cron and queue handlers: the playground
 * imports nothing from the entry, and a deploy's bundle holds not a line of it.
 */
import type { Hono } from "hono";
import type { Env } from "../config.ts";
import type { Notice } from "../domain/notices.ts";
import type { AppEnv } from "../web/app-env.ts";
import { devLogin } from "./dashboard-login.ts";
import { hub } from "./hub.ts";
import { playgroundRoutes, type RunCron } from "./routes.ts";

/** What the entry lends the playground. */
export interface WorkerParts {
  /** The deployed app, with `mountFirst`'s routes ahead of its own. */
  buildApp: (mountFirst: (app: Hono<AppEnv>) => void) => Hono<AppEnv>;
  runScheduled: RunCron;
  runQueue: (batch: MessageBatch<Notice>, env: Env, fetch: typeof hub.fetch) => Promise<unknown>;
}

export function playgroundApp(parts: WorkerParts): Hono<AppEnv> {
  return parts.buildApp((app) => {
    app.route("/dashboard", devLogin);
    app.route("/playground", playgroundRoutes(parts.runScheduled));
  });
}

/** The deployed handlers, with the playground's app and a queue that delivers to the simulated Telegram. */
export function withPlayground<H extends ExportedHandler<Env>>(deployed: H, parts: WorkerParts): H {
  return {
    ...deployed,
    fetch: playgroundApp(parts).fetch,
    async queue(batch, env) {
      await parts.runQueue(batch as MessageBatch<Notice>, env, hub.fetch);
    },
  };
}
