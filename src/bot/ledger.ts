/**
 * Answering in steps. What a person must see now is sent inline, each step on its own: a failed
 * confirmation never keeps a safety card from being sent. When Telegram is unavailable for a step,
 * the steps that succeeded are recorded with the desk (only then: a write per failure, not per
 * success) and the update fails with 503; Telegram redelivers it, and the redelivery sends only
 * what is missing.
 */
import { TelegramUnavailable } from "./telegram.ts";

export type Step = readonly [name: string, send: () => Promise<unknown>];

export async function answerInSteps(
  steps: readonly Step[],
  done: readonly string[],
  record: (done: string[]) => Promise<void>,
): Promise<void> {
  const succeeded = [...done];
  let failure: TelegramUnavailable | undefined;
  for (const [name, send] of steps) {
    if (succeeded.includes(name)) continue;
    try {
      await send();
      succeeded.push(name);
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
