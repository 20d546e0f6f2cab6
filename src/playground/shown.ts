/**
 * A message as the playground page draws it: what a Telegram app would show of the simulated
 * Telegram's message now. A deleted message keeps nothing but its place — as on a phone, where a
 * quick exit leaves nothing to read.
 */
import type { SimMessage } from "./telegram-sim.ts";

/** An inline button: pressing sends `data` back; a `url` opens (a t.me link as one of the personas). */
export interface Button {
  text: string;
  data?: string;
  url?: string;
}

export interface Shown {
  chat: number;
  id: number;
  from: "bot" | "user";
  /** Where it came in the log, so the page keeps Telegram's order next to refusals. */
  seq: number;
  /** When it last changed, so an older answer never overwrites a newer one. */
  version: number;
  deleted: boolean;
  /** Sent at, ms. */
  date?: number;
  edited?: boolean;
  text?: string;
  caption?: string;
  photo?: string;
  document?: string;
  keyboard?: Button[][];
}

const button = (b: Record<string, unknown>): Button => ({
  text: String(b.text ?? ""),
  ...(typeof b.callback_data === "string" ? { data: b.callback_data } : {}),
  ...(typeof b.url === "string" ? { url: b.url } : {}),
});

export function shown(m: SimMessage, seq: number, version: number): Shown {
  const place = { chat: m.chatId, id: m.messageId, from: m.from, seq, version };
  if (m.deleted) return { ...place, deleted: true };
  const rows = m.replyMarkup?.inline_keyboard as unknown as Record<string, unknown>[][] | undefined;
  return {
    ...place,
    deleted: false,
    date: m.date,
    ...(m.editDate ? { edited: true } : {}),
    ...(m.text !== undefined ? { text: m.text } : {}),
    ...(m.caption ? { caption: m.caption } : {}),
    ...(m.media?.type === "photo" ? { photo: m.media.fileId } : {}),
    ...(m.media?.type === "document" ? { document: m.media.fileId } : {}),
    ...(rows ? { keyboard: rows.map((row) => row.map(button)) } : {}),
  };
}
