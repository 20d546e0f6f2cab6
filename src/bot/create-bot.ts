/**
 * Builds the bot for one update. Construction is cheap (no network: `botInfo` comes from config,
 * so there is no getMe on a cold start) and per-update construction keeps request-scoped services
 * (the counting KV, the playground's capture) out of module state.
 */
import { Bot, type Transformer } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { Config } from "../config.ts";
import type { Services, UraContext } from "./context.ts";
import { handleBotError } from "./error-boundary.ts";
import { features } from "./features/index.ts";
import { scope } from "./scope.ts";

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

export interface BotOptions {
  /** Playground: captures outgoing Bot API calls instead of sending them. */
  transformer?: Transformer;
}

export function createBot(services: Services, options: BotOptions = {}): Bot<UraContext> {
  const { config } = services;
  const bot = new Bot<UraContext>(config.botToken, {
    botInfo: botInfo(config),
    client: {
      ...(config.apiRoot ? { apiRoot: config.apiRoot } : {}),
      // Late-bound so tests can spy on globalThis.fetch after the module loaded.
      fetch: ((input: RequestInfo | URL, init?: RequestInit) =>
        globalThis.fetch(input, init)) as typeof fetch,
    },
  });
  if (options.transformer) bot.api.config.use(options.transformer);
  bot.use(scope(services));
  bot.errorBoundary(handleBotError).use(features);
  return bot;
}
