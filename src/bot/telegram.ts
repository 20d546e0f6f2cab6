/**
 * How Ura treats Telegram's answers, in one API transformer installed on every call:
 * - harmless refusals are success: a callback query answered twice or too late ("query is too
 *   old" — a redelivered update), an edit that changes nothing ("message is not modified" — a
 *   double tap), an edit or deletion of a message that is already gone;
 * - Telegram unavailable — 429 (with retry_after), 5xx, the network — becomes TelegramUnavailable:
 *   the webhook answers 503 and Telegram redelivers, and the redelivery repeats nothing that
 *   already succeeded (ledger.ts);
 * - everything else (400, 403) stays a GrammyError: a bug, handled by the error boundary.
 */
import { HttpError, type Transformer } from "grammy";

export class TelegramUnavailable extends Error {
  constructor(
    readonly method: string,
    readonly retryAfter?: number,
  ) {
    super(`Telegram unavailable (${method})`);
    this.name = "TelegramUnavailable";
  }
}

const EDITS = new Set(["editMessageText", "editMessageReplyMarkup", "editMessageCaption"]);
const HARMLESS_EDIT = /message is not modified|message to edit not found|message can't be edited/;
const HARMLESS_ANSWER = /query is too old|query ID is invalid/;
const HARMLESS_DELETE = /message to delete not found|message can't be deleted/;

export const resilience: Transformer = async (prev, method, payload, signal) => {
  let res: Awaited<ReturnType<typeof prev>>;
  try {
    res = await prev(method, payload, signal);
  } catch (error) {
    if (error instanceof HttpError) throw new TelegramUnavailable(method);
    throw error;
  }
  if (res.ok) return res;
  if (method === "answerCallbackQuery" && HARMLESS_ANSWER.test(res.description))
    return { ok: true, result: true as never };
  if (EDITS.has(method) && HARMLESS_EDIT.test(res.description)) return { ok: true, result: true as never };
  if (method === "deleteMessage" && HARMLESS_DELETE.test(res.description))
    return { ok: true, result: true as never };
  if (res.error_code === 429 || res.error_code >= 500)
    throw new TelegramUnavailable(method, res.parameters?.retry_after);
  return res;
};

/** Telegram refused for good (blocked the bot, deleted the chat): nothing a retry can fix. */
export const isPermanent = (description: string) =>
  /blocked by the user|chat not found|user is deactivated|bot was kicked|have no rights/i.test(description);
