/**
 * Quick exit: delete what the bot may delete in the private chat (its own and the student's
 * messages under 48 h old), for a child whose phone may be checked by the person hurting them.
 * Message ids in a private chat are one sequence shared by both sides: the bot sends one last
 * message to learn the newest id, then deletes it and the 199 before it — without having stored a
 * single message id. Submitted and saved reports live in KV, not in the chat: nothing is lost.
 */
import type { UraContext } from "./context.ts";

const BATCH = 100; // deleteMessages takes at most 100 ids
const REACH = 200;

export async function clearChat(ctx: UraContext): Promise<void> {
  const chatId = ctx.chat?.id;
  if (chatId === undefined) return;
  const probe = await ctx.api.sendMessage(chatId, "…");
  const newest = probe.message_id;
  for (let top = newest; top > Math.max(0, newest - REACH); top -= BATCH) {
    const ids: number[] = [];
    for (let id = top; id > Math.max(0, top - BATCH); id--) ids.push(id);
    // Ids that do not exist or are too old are skipped by Telegram. If Telegram is unavailable the
    // update fails with 503 and the redelivery clears again: a quick exit must not half-happen.
    await ctx.api.deleteMessages(chatId, ids);
  }
}
