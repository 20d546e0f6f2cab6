/**
 * Quick exit: delete what the bot may delete in the private chat (its own and the student's
 * messages under 48 h old), for a child whose phone may be checked by the person hurting them.
 * Message ids in a private chat are one sequence shared by both sides, so the last 200 ids cover
 * any conversation with Ura without storing a single message id. Submitted and saved reports live
 * in KV, not in the chat: nothing of them is lost.
 */
import type { UraContext } from "./context.ts";

const BATCH = 100; // deleteMessages takes at most 100 ids
const REACH = 200;

export async function clearChat(ctx: UraContext, lastMessageId: number | undefined): Promise<void> {
  const chatId = ctx.chat?.id;
  if (chatId === undefined || lastMessageId === undefined) return;
  for (let top = lastMessageId; top > Math.max(0, lastMessageId - REACH); top -= BATCH) {
    const ids: number[] = [];
    for (let id = top; id > Math.max(0, top - BATCH); id--) ids.push(id);
    // Ids that do not exist or are too old are skipped by Telegram; a failure must not stop the rest.
    await ctx.api.deleteMessages(chatId, ids).catch(() => {});
  }
}
