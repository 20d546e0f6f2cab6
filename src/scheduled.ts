/**
 * Cron entry point (wrangler.toml `[triggers] crons`). Reminders, escalations, retention and trend
 * roll-ups hang off this; each job must be bounded and idempotent (a re-run sends nothing twice).
 */
import type { BotOptions } from "./bot/create-bot.ts";
import type { Env } from "./config.ts";

export interface ScheduledReport {
  cron: string;
  jobs: string[];
}

export async function runScheduled(
  controller: { cron: string },
  _env: Env,
  _options: BotOptions = {},
): Promise<ScheduledReport> {
  return { cron: controller.cron, jobs: [] };
}
