/** Inline buttons whose data is signed for the person who will press them (src/crypto/callback.ts). */
import type { InlineKeyboardButton } from "grammy/types";
import { signCallback } from "../crypto/callback.ts";
import type { UraContext } from "./context.ts";

export type Row = InlineKeyboardButton[];

export async function signedButton(
  ctx: UraContext,
  text: string,
  body: string,
): Promise<InlineKeyboardButton> {
  const userId = ctx.from?.id ?? 0;
  return { text, callback_data: await signCallback(ctx.ura.config.pseudonymKey, userId, body) };
}

export function keyboard(rows: Row[]) {
  return { inline_keyboard: rows.filter((r) => r.length > 0) };
}
