/**
 * What is left after every feature had its turn: a kind hint in private chats, silence elsewhere.
 * Edits are not re-read (a sent report does not change behind the adviser's back).
 */
import { Composer } from "grammy";
import type { UraContext } from "../context.ts";

export const fallbacks = new Composer<UraContext>();

fallbacks.on("edited_message", async (ctx) => {
  if (ctx.chat.type === "private") await ctx.reply(ctx.ura.t("edited-ignored"));
});

const pm = fallbacks.chatType("private");
pm.on("message:text", (ctx) => ctx.reply(ctx.ura.t("unknown-input")));
pm.on("message:photo", (ctx) => ctx.reply(ctx.ura.t("photo-not-now")));
pm.on("message", (ctx) => ctx.reply(ctx.ura.t("not-supported-kind")));

// In groups, answer only a command addressed to the bot, and point to the private chat.
fallbacks.chatType(["group", "supergroup"]).command("start", (ctx) => ctx.reply(ctx.ura.t("only-private")));
// Any other button (unknown, or from an older version of Ura): say so, once.
fallbacks.on("callback_query", (ctx) => ctx.answerCallbackQuery({ text: ctx.ura.t("button-expired") }));
