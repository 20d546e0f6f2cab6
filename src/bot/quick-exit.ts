/**
 * Quick exit: delete what the bot may delete in the private chat (its own and the student's
 * messages under 48 h old), for a child whose phone may be checked by the person hurting them.
 *
 * Telegram numbers the messages of all of a bot's private chats from one counter: a chat's ids
 * have gaps wherever other students and staff wrote. Ura stores no message id (that would be a KV
 * write per message and a list of when a child wrote), so the bot sends one last message to learn
 * the newest id, then deletes REACH ids down from it, newest first; ids of other chats
 * are skipped by Telegram. That reaches the whole two days as long as the bot exchanges fewer
 * than REACH messages in two days across all its chats (README, "Quick exit"): about 1,500 a day.
 * Submitted and saved reports live in the school's desk and KV, not in the chat: nothing is lost.
 */
import type { UraContext } from "./context.ts";

/** deleteMessages takes at most 100 ids. */
export const DELETE_BATCH = 100;
/**
 * Ids quick exit deletes, down from the newest: 30 calls, inside the free plan's 50 subrequests an
 * update may make (the probe and the answer take two more).
 */
export const REACH = 3_000;

/** The batches of ids to delete, newest first: `reach` ids down from the newest (none under 1). */
export function idBatches(newest: number, reach = REACH): number[][] {
  const batches: number[][] = [];
  const lowest = Math.max(1, newest - reach + 1);
  for (let top = newest; top >= lowest; top -= DELETE_BATCH) {
    const ids: number[] = [];
    for (let id = top; id > top - DELETE_BATCH && id >= lowest; id--) ids.push(id);
    batches.push(ids);
  }
  return batches;
}

export async function clearChat(ctx: UraContext): Promise<void> {
  const chatId = ctx.chat?.id;
  if (chatId === undefined) return;
  const probe = await ctx.api.sendMessage(chatId, "…");
  // Newest first: what the child just saw goes at once. If Telegram is unavailable the update fails
  // with 503 and the redelivery clears again: a quick exit must not half-happen.
  for (const ids of idBatches(probe.message_id)) await ctx.api.deleteMessages(chatId, ids);
}
