/**
 * The playground's Telegram: one simulated Bot API per isolate (wrangler dev runs one), strict like
 * the real one, that every Bot API call of the playground goes to — the bot's answers to an update,
 * the notice queue's deliveries, the cron's — and a log the page reads by cursor. Updates are built
 * here, not in the page, so message ids and callback queries are the simulated Telegram's own.
 */
import type { Update, User } from "grammy/types";
import type { BotFetch } from "../bot/bot.ts";
import { SimNetworkError, type SimResult, TelegramSim } from "./telegram-sim.ts";

export interface Call {
  seq: number;
  method: string;
  payload: Record<string, unknown>;
  /** The message id Telegram gave a sent message. */
  messageId?: number;
  /** Telegram's refusal, when it refused: the page shows it instead of a message. */
  error?: string;
}

const SENDS = new Set(["sendMessage", "sendPhoto", "copyMessage", "sendMediaGroup"]);
const LOG_KEPT = 2_000;

export class Hub {
  readonly sim = new TelegramSim({ strict: true });
  private readonly calls: Call[] = [];
  private seq = 0;
  private updateId = 0;
  private queryId = 0;

  /** Bot API requests answered by the sim (the bot's `client.fetch` in the playground). */
  readonly fetch: BotFetch = async (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    const method = url.split("/").at(-1) ?? "";
    const payload = JSON.parse(String(init?.body ?? "{}")) as Record<string, unknown>;
    return Response.json(this.apply(method, payload));
  };

  /** A call that reached Telegram another way (the webhook reply). */
  apply(method: string, payload: Record<string, unknown>): SimResult {
    const call: Call = { seq: ++this.seq, method, payload };
    this.calls.push(call);
    if (this.calls.length > LOG_KEPT) this.calls.splice(0, this.calls.length - LOG_KEPT);
    let result: SimResult;
    try {
      result = this.sim.call(method, payload);
    } catch (error) {
      if (!(error instanceof SimNetworkError)) throw error;
      result = { ok: false, error_code: 502, description: "Bad Gateway" };
    }
    if (!result.ok) call.error = result.description;
    else if (SENDS.has(method)) {
      const first = (Array.isArray(result.result) ? result.result[0] : result.result) as { message_id?: number } | undefined;
      if (first?.message_id !== undefined) call.messageId = first.message_id;
    }
    return result;
  }

  /** Calls after `cursor`, and the new cursor. */
  since(cursor: number): { cursor: number; calls: Call[] } {
    return { cursor: this.seq, calls: this.calls.filter((c) => c.seq > cursor) };
  }

  private chat(user: User) {
    return { id: user.id, type: "private" as const, first_name: user.first_name };
  }

  /** A message from a person, numbered in their chat's sequence. */
  message(user: User, text: string | undefined, photo?: string): Update {
    const messageId = this.sim.nextMessageId(user.id, text ? { text } : {});
    this.sim.addChat(user.id);
    const command = text?.startsWith("/") ? [{ type: "bot_command", offset: 0, length: text.split(" ")[0]?.length ?? 0 }] : undefined;
    return {
      update_id: ++this.updateId,
      message: {
        message_id: messageId,
        date: Math.floor(Date.now() / 1000),
        chat: this.chat(user),
        from: user,
        ...(photo ? { photo: [{ file_id: photo, file_unique_id: `u${photo}`, width: 640, height: 480 }], ...(text ? { caption: text } : {}) } : text !== undefined ? { text } : {}),
        ...(command && !photo ? { entities: command } : {}),
      },
    } as Update;
  }

  /** A press of a button on a message the bot sent. */
  press(user: User, messageId: number, data: string): Update {
    const id = `q${++this.queryId}`;
    this.sim.registerCallbackQuery(id, user.id, { chatId: user.id, messageId });
    const shown = this.sim.message(user.id, messageId);
    return {
      update_id: ++this.updateId,
      callback_query: {
        id,
        from: user,
        chat_instance: `ci${user.id}`,
        data,
        message: shown ? this.sim.messageObject(shown) : { message_id: messageId, date: 0, chat: this.chat(user) },
      },
    } as unknown as Update;
  }
}

/** One per isolate: the page, the queue consumer and the cron of one `wrangler dev` share it. */
export const hub = new Hub();
