/**
 * Answering in steps. What a person must see now is sent inline, each step on its own: a failed
 * confirmation never keeps a safety card from being sent. When Telegram is unavailable for a step,
 * the steps that succeeded are recorded with the desk (only then: a write per failure, not per
 * success) and the update fails with 503; Telegram redelivers it, and the redelivery sends only
 * what is missing.
 */
import { TelegramUnavailable } from "./telegram.ts";

/**
 * `rides: "reply"` marks a step that may go out as the webhook's reply (bot.ts): the call returns at
 * once and Telegram carries it out only on a 200, so a failed update never sends it — such a step is
 * never recorded as done, and a redelivery sends it again (an edit that is already made is harmless).
 */
export type Step = readonly [name: string, send: () => Promise<unknown>, rides?: "reply"];

export async function answerInSteps(
  steps: readonly Step[],
  done: readonly string[],
  record: (done: string[]) => Promise<void>,
): Promise<void> {
  const succeeded = [...done];
  let failure: TelegramUnavailable | undefined;
  for (const [name, send, rides] of steps) {
    if (succeeded.includes(name)) continue;
    try {
      await send();
      if (rides !== "reply") succeeded.push(name);
    } catch (error) {
      if (!(error instanceof TelegramUnavailable)) throw error;
      failure ??= error;
    }
  }
  if (failure) {
    await record(succeeded);
    throw failure;
  }
}
