/**
 * The notice queue's consumer: renders each notice for its recipient and sends it. Telegram
 * unavailable (429 with retry_after, 5xx, the network) → the message is retried after retry_after,
 * or with a doubling delay; after the queue's max_retries it goes to the dead-letter queue. Refused
 * for good (the person blocked the bot, the chat is gone) → not retried. Either way an undelivered
 * notice is recorded — its kind and day, never its recipient or text — and counted in /schools.
 *
 * Bounded per invocation (the free plan allows 50 subrequests and 10 ms of CPU): at most
 * MAX_CALLS Bot API calls; the rest of the batch is retried at once.
 */
import { Api, GrammyError } from "grammy";
import type { Notice } from "../domain/notices.ts";
import { localIsoDay } from "../domain/time.ts";
import type { Config } from "../config.ts";
import type { BotFetch } from "../bot/bot.ts";
import { resilience, TelegramUnavailable } from "../bot/telegram.ts";
import { deliveryOf } from "../bot/views/notice-view.ts";
import { recordUndelivered } from "../storage/undelivered.ts";
import type { Kv } from "../storage/kv-counter.ts";

export const MAX_CALLS = 40;
const MAX_DELAY_S = 43_200;

export interface DeliveryReport {
  sent: number;
  retried: number;
  undelivered: number;
}

export interface DeliverDeps {
  config: Config;
  kv: Kv;
  now: () => number;
  fetch?: BotFetch;
}

function apiFor(config: Config, fetch?: BotFetch): Api {
  const api = new Api(config.botToken, {
    ...(config.apiRoot ? { apiRoot: config.apiRoot } : {}),
    fetch: (fetch ?? ((input, init) => globalThis.fetch(input, init))) as typeof globalThis.fetch,
  });
  api.config.use(resilience);
  return api;
}

export async function deliver(batch: MessageBatch<Notice>, deps: DeliverDeps): Promise<DeliveryReport> {
  const api = apiFor(deps.config, deps.fetch);
  const report: DeliveryReport = { sent: 0, retried: 0, undelivered: 0 };
  let calls = 0;
  for (const message of batch.messages) {
    const notice = message.body;
    let delivery: Awaited<ReturnType<typeof deliveryOf>>;
    try {
      delivery = await deliveryOf(notice, deps.config, deps.now());
    } catch (error) {
      // It cannot be rendered (e.g. sealed with a key no longer configured): retrying cannot help.
      console.error("notice not renderable", error instanceof Error ? error.name : "unknown");
      await undelivered(deps, notice, report);
      message.ack();
      continue;
    }
    if (calls + delivery.length > MAX_CALLS) {
      message.retry();
      report.retried++;
      continue;
    }
    calls += delivery.length;
    try {
      for (const call of delivery) await api.raw[call.method](call.payload as never);
      message.ack();
      report.sent++;
    } catch (error) {
      if (error instanceof TelegramUnavailable) {
        const delay =
          error.retryAfter ?? deps.config.noticeRetrySeconds * 2 ** Math.max(0, message.attempts - 1);
        message.retry({ delaySeconds: Math.min(MAX_DELAY_S, Math.max(1, delay)) });
        report.retried++;
        continue;
      }
      // Refused for good (blocked, chat gone) or a request Telegram will never accept.
      console.error("notice refused", error instanceof GrammyError ? error.error_code : "unknown");
      await undelivered(deps, notice, report);
      message.ack();
    }
  }
  return report;
}

/** The dead-letter queue: notices that stayed undeliverable through every retry. */
export async function deadLetters(batch: MessageBatch<Notice>, deps: DeliverDeps): Promise<number> {
  const report: DeliveryReport = { sent: 0, retried: 0, undelivered: 0 };
  for (const message of batch.messages) {
    await undelivered(deps, message.body, report);
    message.ack();
  }
  return report.undelivered;
}

async function undelivered(deps: DeliverDeps, notice: Notice, report: DeliveryReport) {
  const tz = String(notice.args.tz ?? "UTC");
  await recordUndelivered(deps.kv, notice.school, notice.kind, localIsoDay(deps.now(), tz));
  report.undelivered++;
}
