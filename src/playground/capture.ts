/**
 * The playground's stand-in for Telegram: a grammY API transformer that records every outgoing
 * call and answers it the way Telegram would, without any network. Message ids are per chat and
 * continue the counters the page sends, so edits and deletions line up with what the page shows.
 */
import type { Transformer } from "grammy";

export interface CapturedCall {
  method: string;
  payload: Record<string, unknown>;
  /** The message id the fake Telegram gave a sent message. */
  messageId?: number;
}

const SENDS = new Set(["sendMessage", "sendPhoto", "copyMessage", "sendDocument"]);

export class Capture {
  readonly calls: CapturedCall[] = [];
  constructor(readonly nextIds: Record<string, number>) {}

  private nextId(chatId: unknown): number {
    const key = String(chatId);
    const id = this.nextIds[key] ?? 1;
    this.nextIds[key] = id + 1;
    return id;
  }

  readonly transformer: Transformer = async (_prev, method, payload) => {
    const body = { ...(payload as Record<string, unknown>) };
    const call: CapturedCall = { method, payload: body };
    this.calls.push(call);
    if (SENDS.has(method)) {
      call.messageId = this.nextId(body.chat_id);
      const message = {
        message_id: call.messageId,
        date: Math.floor(Date.now() / 1000),
        chat: { id: body.chat_id, type: "private" },
        text: body.text,
      };
      return {
        ok: true,
        result: method === "copyMessage" ? { message_id: call.messageId } : message,
      } as never;
    }
    return { ok: true, result: true } as never;
  };
}
