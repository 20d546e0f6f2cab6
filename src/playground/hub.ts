/**
 * The playground's Telegram: one simulated Bot API per isolate (wrangler dev runs one), strict like
 * the real one, that every Bot API call of the playground goes to — the bot's answers to an update,
 * the notice queue's deliveries, the cron's — and a log the page reads by cursor. Updates are built
 * here, not in the page, so message ids and callback queries are the simulated Telegram's own.
 *
 * Besides the calls, the page gets the messages they changed as the sim now holds them (shown.ts):
 * it draws Telegram's state instead of re-deriving it from calls, so edits, copies and deletions
 * look exactly as the strict sim decided.
 */
import type { Update, User } from "grammy/types";
import type { BotFetch } from "../bot/bot.ts";
import { type Shown, shown } from "./shown.ts";
import { SimNetworkError, type SimResult, TelegramSim } from "./telegram-sim.ts";

export interface Call {
  seq: number;
  method: string;
  payload: Record<string, unknown>;
  /** The chat it concerns: its chat_id, or for answerCallbackQuery the person who pressed. */
  chat?: number;
  /** The message id Telegram gave a sent message. */
  messageId?: number;
  /** Telegram's refusal, when it refused: the page shows it instead of a message. */
  error?: string;
}

/** What the page is told after an update, a poll or a cron run. */
export interface Since {
  /** Changes when the isolate (and with it the simulated Telegram) restarted: the page starts over. */
  epoch: string;
  cursor: number;
  calls: Call[];
  messages: Shown[];
}

const LOG_KEPT = 2_000;
/** Telegram's update ids only grow; the desk remembers the ones it applied, across restarts. */
const UPDATE_EPOCH_MS = Date.UTC(2026, 0, 1);

const chatOf = (payload: Record<string, unknown>): number | undefined => {
  const id = Number(payload.chat_id);
  return Number.isSafeInteger(id) && id !== 0 ? id : undefined;
};

export class Hub {
  readonly sim = new TelegramSim({ strict: true });
  private readonly calls: Call[] = [];
  /** Every message a call or a person touched: "chat:id" → [created at seq, last changed at seq]. */
  private readonly touched = new Map<string, { chat: number; id: number; seq: number; version: number }>();
  /** Who pressed: Telegram answers a callback query to the person who pressed. */
  private readonly presser = new Map<string, number>();
  private seq = 0;
  private updateId = 0;
  private queryId = 0;
  private epochId = "";

  /** Bot API requests answered by the sim (the bot's `client.fetch` in the playground). */
  readonly fetch: BotFetch = async (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    const method = url.split("/").at(-1) ?? "";
    const payload = JSON.parse(String(init?.body ?? "{}")) as Record<string, unknown>;
    return Response.json(this.apply(method, payload));
  };

  /** Workers refuse randomness at start-up: the epoch is drawn on first use. */
  get epoch(): string {
    if (!this.epochId) this.epochId = crypto.randomUUID();
    return this.epochId;
  }

  /** A call that reached Telegram another way (the webhook reply). */
  apply(method: string, payload: Record<string, unknown>): SimResult {
    const query = String(payload.callback_query_id ?? "");
    const chat = chatOf(payload) ?? this.presser.get(query);
    const call: Call = { seq: ++this.seq, method, payload, ...(chat !== undefined ? { chat } : {}) };
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
    else this.record(call, result.result);
    return result;
  }

  /** Notes which messages a successful call created or changed. */
  private record(call: Call, result: unknown): void {
    const sent = (Array.isArray(result) ? result : [result]) as Array<{ message_id?: number } | undefined>;
    const ids =
      call.method.startsWith("send") || call.method === "copyMessage"
        ? sent.flatMap((m) => (typeof m?.message_id === "number" ? [m.message_id] : []))
        : [
            call.payload.message_id,
            ...(Array.isArray(call.payload.message_ids) ? call.payload.message_ids : []),
          ]
            .map(Number)
            .filter(Number.isSafeInteger);
    if (ids[0] !== undefined && call.method !== "deleteMessages" && call.method !== "deleteMessage")
      call.messageId = ids[0];
    if (call.chat !== undefined) for (const id of ids) this.touch(call.chat, id);
  }

  private touch(chat: number, id: number): void {
    if (!this.sim.message(chat, id)) return; // deleteMessages names ids that never existed
    const key = `${chat}:${id}`;
    const seen = this.touched.get(key);
    if (seen) seen.version = this.seq;
    else this.touched.set(key, { chat, id, seq: this.seq, version: this.seq });
  }

  /** Calls after `cursor`, the messages they changed as Telegram now shows them, and the new cursor. */
  since(cursor: number): Since {
    const messages: Shown[] = [];
    for (const t of this.touched.values()) {
      const m = t.version > cursor ? this.sim.message(t.chat, t.id) : undefined;
      if (m) messages.push(shown(m, t.seq, t.version));
    }
    messages.sort((a, b) => a.seq - b.seq);
    return { epoch: this.epoch, cursor: this.seq, calls: this.calls.filter((c) => c.seq > cursor), messages };
  }

  /** The next update id: never one a desk saw before this isolate started. */
  nextUpdateId(): number {
    this.updateId = Math.max(this.updateId + 1, Date.now() - UPDATE_EPOCH_MS);
    return this.updateId;
  }

  private chat(user: User) {
    return { id: user.id, type: "private" as const, first_name: user.first_name };
  }

  /** A message from a person, numbered in their chat's sequence. */
  message(user: User, text: string | undefined, photo?: string): Update {
    const content = {
      ...(photo ? { media: { type: "photo" as const, fileId: photo }, caption: text } : { text }),
    };
    const messageId = this.sim.nextMessageId(user.id, content);
    this.seq++;
    this.touch(user.id, messageId);
    const command = text?.startsWith("/")
      ? [{ type: "bot_command", offset: 0, length: text.split(" ")[0]?.length ?? 0 }]
      : undefined;
    return {
      update_id: this.nextUpdateId(),
      message: {
        message_id: messageId,
        date: Math.floor(Date.now() / 1000),
        chat: this.chat(user),
        from: user,
        ...(photo
          ? {
              photo: [{ file_id: photo, file_unique_id: `u${photo}`, width: 640, height: 480 }],
              ...(text ? { caption: text } : {}),
            }
          : text !== undefined
            ? { text }
            : {}),
        ...(command && !photo ? { entities: command } : {}),
      },
    } as Update;
  }

  /** A press of a button on a message the bot sent. */
  press(user: User, messageId: number, data: string): Update {
    const id = `q${++this.queryId}`;
    this.sim.registerCallbackQuery(id, user.id, { chatId: user.id, messageId });
    this.presser.set(id, user.id);
    const shownMessage = this.sim.message(user.id, messageId);
    return {
      update_id: this.nextUpdateId(),
      callback_query: {
        id,
        from: user,
        chat_instance: `ci${user.id}`,
        data,
        message: shownMessage
          ? this.sim.messageObject(shownMessage)
          : { message_id: messageId, date: 0, chat: this.chat(user) },
      },
    } as unknown as Update;
  }
}

/** One per isolate: the page, the queue consumer and the cron of one `wrangler dev` share it. */
export const hub = new Hub();
