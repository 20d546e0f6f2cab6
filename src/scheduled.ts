/**
 * Cron entry point (wrangler.toml `[triggers] crons`): reminders, escalations, session reminders,
 * check-ins and retention (src/cron/jobs.ts). Each run is bounded and idempotent. Expired invites
 * and sessions need no job: they carry a KV expirationTtl.
 */
import { createBot, type BotOptions } from "./bot/create-bot.ts";
import { configFor, type Env } from "./config.ts";
import { type CronResult, runJobs } from "./cron/jobs.ts";
import { CountingKv } from "./storage/kv-counter.ts";

export interface ScheduledReport extends CronResult {
  cron: string;
}

export async function runScheduled(
  controller: { cron: string },
  env: Env,
  options: BotOptions = {},
  now = Date.now(),
): Promise<ScheduledReport> {
  const config = configFor(env);
  const kv = new CountingKv(env.KV);
  const bot = createBot({ config, kv, now: () => now }, options);
  const result = await runJobs(bot.api, kv, config, now);
  console.log("cron", controller.cron, JSON.stringify(result.acted), `scanned=${result.scanned}`);
  return { cron: controller.cron, ...result };
}
