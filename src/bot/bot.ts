/**
 * The bot: built once per isolate (no getMe on a cold start: `botInfo` comes from config), its
 * middleware reading each update's services from the request that carries it. Every Bot API call
 * goes through `resilience` (telegram.ts). The update's first call whose result nothing needs — an
 * answerCallbackQuery, or an edit of a message's buttons — is not sent on its own: it becomes the
 * webhook's reply, sent only after all the update's storage work succeeded. That is one call fewer
 * per button press and per sent report (the form loses its buttons), and a storage failure still
 * answers 503. A child-facing message never rides the reply: Telegram would drop it silently if it
 * failed, where a call of our own is retried (503, redelivery).
 */
import { Bot, BotError } from "grammy";
import type { Update, UserFromGetMe } from "grammy/types";
import type { Config } from "../config.ts";
import type { Services, UraContext } from "./context.ts";
import { handleBotError } from "./errors.ts";
import { features } from "./features/index.ts";
import { scope, servicesOf } from "./scope.ts";
import { resilience } from "./telegram.ts";

export function botInfo(config: Config): UserFromGetMe {
  return {
    id: Number(config.botToken.split(":")[0]),
    is_bot: true,
    first_name: "Ura",
    username: config.botUsername,
    can_join_groups: true,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
    can_connect_to_business: false,
    has_main_web_app: false,
    has_topics_enabled: false,
    allows_users_to_create_topics: false,
    can_manage_bots: false,
    supports_join_request_queries: false,
  };
}

/** Where Bot API calls go: Telegram, a test's stand-in, or the playground's simulated Telegram. */
export type BotFetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

// Late-bound so tests can spy on globalThis.fetch after the module loaded.
const globalFetch: BotFetch = (input, init) => globalThis.fetch(input, init);

function build(config: Config, fetch: BotFetch): Bot<UraContext> {
  const bot = new Bot<UraContext>(config.botToken, {
    botInfo: botInfo(config),
    client: {
      ...(config.apiRoot ? { apiRoot: config.apiRoot } : {}),
      fetch: fetch as typeof globalThis.fetch,
      canUseWebhookReply: (method) => method === "answerCallbackQuery" || method === "editMessageReplyMarkup",
    },
  });
  bot.api.config.use(resilience);
  bot.use(scope);
  bot.errorBoundary(handleBotError).use(features);
  return bot;
}

const bots = new WeakMap<Config, Map<BotFetch, Bot<UraContext>>>();

/** The bot of this configuration (one per isolate, per way of reaching Telegram). */
export function botFor(config: Config, fetch: BotFetch = globalFetch): Bot<UraContext> {
  const byFetch = bots.get(config) ?? new Map<BotFetch, Bot<UraContext>>();
  bots.set(config, byFetch);
  const bot = byFetch.get(fetch) ?? build(config, fetch);
  byFetch.set(fetch, bot);
  return bot;
}

/** The Bot API call to return as the webhook's response body, if the update made one. */
export type WebhookReply = Record<string, unknown> | undefined;

/**
 * Handles one update with the request's services. Throws what must be retried (storage, Telegram
 * unavailable); returns the call to send as the webhook reply, if any.
 */
export async function handleUpdate(
  services: Services,
  update: Update,
  fetch?: BotFetch,
): Promise<WebhookReply> {
  servicesOf.set(update, services);
  let reply: WebhookReply;
  const envelope = {
    send: async (payload: string) => {
      reply = JSON.parse(payload) as Record<string, unknown>;
    },
  };
  try {
    await botFor(services.config, fetch).handleUpdate(update, envelope);
  } catch (thrown) {
    throw thrown instanceof BotError ? thrown.error : thrown;
  }
  return reply;
}
