/**
 * The Worker's background entries: the cron trigger (wrangler.toml `[triggers] crons`, src/cron/jobs.ts)
 * and the notice queue's consumers (src/cron/deliver.ts). Expired invites and sessions need no job:
 * they carry a KV expirationTtl.
 */
import type { BotFetch } from "./bot/bot.ts";
import { servicesFor } from "./bot/services.ts";
import type { Env } from "./config.ts";
import type { Notice } from "./domain/notices.ts";
import { deadLetters, deliver, type DeliveryReport } from "./cron/deliver.ts";
import { runJobs, type ScheduledReport } from "./cron/jobs.ts";
import { gatherTrends } from "./cron/trends.ts";

export const DEAD_LETTERS = "ura-notices-dead";

export async function runScheduled(
  controller: { cron: string },
  env: Env,
  now = Date.now(),
): Promise<ScheduledReport> {
  const services = servicesFor(env, () => now);
  const result = await runJobs(services);
  // Trends after the due work: a failure here must not hold back a child's reminder.
  const gathered = await gatherTrends(services);
  console.log(
    "cron",
    controller.cron,
    JSON.stringify(result.acted),
    `scanned=${result.scanned}`,
    `gathered=${gathered}`,
  );
  return { cron: controller.cron, ...result, gathered };
}

export async function runQueue(
  batch: MessageBatch<Notice>,
  env: Env,
  fetch?: BotFetch,
): Promise<DeliveryReport | number> {
  const services = servicesFor(env);
  // `fetch`: the playground's entry sends its notices to its simulated Telegram.
  const deps = { config: services.config, kv: services.kv, now: services.now, ...(fetch ? { fetch } : {}) };
  return batch.queue === DEAD_LETTERS ? deadLetters(batch, deps) : deliver(batch, deps);
}
