/**
 * The principals' Monday digest as a message: the week that just ended and its month, in the
 * principal's language, with the dashboard's button when the Worker has a public https address
 * (Telegram opens Mini Apps only over https; without one, /trends link is named instead).
 */
import type { InlineKeyboardButton } from "grammy/types";
import type { Config } from "../../config.ts";
import type { TrendsSummary } from "../../domain/trends/summary.ts";
import type { Locale } from "../../i18n/locales.ts";
import { wordsFor } from "../../web/dashboard/labels.ts";
import { trendsText } from "./trends-text.ts";

/** The dashboard as a Mini App button, when the Worker can be reached over https. */
export function dashboardButton(
  config: Pick<Config, "publicUrl">,
  label: string,
): InlineKeyboardButton | null {
  const base = config.publicUrl;
  return base?.startsWith("https://") ? { text: label, web_app: { url: `${base}/dashboard` } } : null;
}

export function digestCall(
  chat: number,
  lang: Locale,
  summary: TrendsSummary,
  config: Pick<Config, "publicUrl">,
): { method: "sendMessage"; payload: Record<string, unknown> } {
  const words = wordsFor(lang, summary.threshold);
  const title = words.t("digest-title", { name: summary.scope.name });
  const button = dashboardButton(config, words.t("trends-open"));
  const text = trendsText(summary, words, title);
  return {
    method: "sendMessage",
    payload: {
      chat_id: chat,
      text: button ? text : `${text}\n\n${words.t("trends-on-computer")}`,
      ...(button ? { reply_markup: { inline_keyboard: [[button]] } } : {}),
    },
  };
}
