/**
 * What happens when a handler throws.
 * - Storage failed (KV or the desk) or Telegram is unavailable: rethrown, so the webhook answers
 *   503 and Telegram redelivers the update, which completes the work (the desk recognises it).
 * - Anything else is a bug: logged without identifiers or text, the person gets a short, localized
 *   apology, and the update is acknowledged so Telegram does not replay the bug for a day.
 */
import type { BotError } from "grammy";
import { StorageError } from "../storage/kv-counter.ts";
import type { UraContext } from "./context.ts";
import { TelegramUnavailable } from "./telegram.ts";

export const mustRetry = (error: unknown) =>
  error instanceof StorageError || error instanceof TelegramUnavailable;

export async function handleBotError(err: BotError<UraContext>): Promise<void> {
  if (mustRetry(err.error)) throw err.error;
  const error = err.error instanceof Error ? err.error : new Error(String(err.error));
  // Name and stack only: messages of API errors can quote user text.
  console.error("handler error", error.name, error.stack?.split("\n").slice(1, 4).join(" | "));
  const ctx = err.ctx;
  try {
    if (ctx.callbackQuery) await ctx.answerCallbackQuery();
    if (ctx.chat?.type === "private" && ctx.ura) await ctx.reply(ctx.ura.t("error-generic"));
  } catch (again) {
    // The apology is best effort: retrying it would replay the bug for a day. The bug is logged.
    console.error("apology not sent", again instanceof Error ? again.name : "unknown");
  }
}
