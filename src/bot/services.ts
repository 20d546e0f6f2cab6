/** The services of one request — an update, a cron run, a queue batch — counted for the budget. */
import { configFor, type Env } from "../config.ts";
import { CountingKv } from "../storage/kv-counter.ts";
import type { Services } from "./context.ts";

export function servicesFor(env: Env, now: () => number = Date.now): Services & { kv: CountingKv } {
  return { config: configFor(env), env, kv: new CountingKv(env.KV), deskCalls: { calls: 0 }, now };
}
