/**
 * What happens when a handler throws.
 * - A storage failure is rethrown: the webhook answers 5xx and Telegram redelivers the update,
 *   which completes the work (ids are deterministic, so nothing is doubled).
 * - Any other error is a bug: logged without identifiers or text, and the person gets a short,
 *   localized apology. The update is acknowledged so Telegram does not replay the bug forever.
 */
import { type BotError, GrammyError } from "grammy";
import { StorageError } from "../storage/kv-counter.ts";
import type { UraContext } from "./context.ts";

export async function handleBotError(err: BotError<UraContext>): Promise<void> {
  if (err.error instanceof StorageError) throw err.error;
  // A double tap re-renders the same step: Telegram refuses the identical edit. Nothing went wrong.
  if (err.error instanceof GrammyError && err.error.description.includes("message is not modified")) {
    await err.ctx.answerCallbackQuery().catch(() => {});
    return;
  }
  const error = err.error instanceof Error ? err.error : new Error(String(err.error));
  // Name and stack only: messages of API errors can quote user text.
  console.error("handler error", error.name, error.stack?.split("\n").slice(1, 4).join(" | "));
  const ctx = err.ctx;
  try {
    if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => {});
    if (ctx.chat?.type === "private" && ctx.ura) await ctx.reply(ctx.ura.t("error-generic"));
  } catch {
    // Telegram unreachable too: nothing more to do; the error is logged.
  }
}
