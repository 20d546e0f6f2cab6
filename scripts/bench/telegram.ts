/**
 * Telegram, as `npm run bench` and `npm run load` play it: the project's simulated Bot API
 * (src/playground/telegram-sim.ts — the one fake shared by tests, playground and bench) behind a
 * local HTTP server that the Worker under workerd calls as its TELEGRAM_API_ROOT, plus the update
 * builders a real Telegram would send. A webhook reply (the Bot API call in a webhook's 200 body)
 * is applied here too, since Telegram carries it out: it counts as a call like any other.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { InlineKeyboardButton, Update, User } from "grammy/types";
import { type SimResult, TelegramSim } from "../../src/playground/telegram-sim.ts";

export interface Call {
  seq: number;
  method: string;
  payload: Record<string, unknown>;
  /** "http": a request of the Worker's; "reply": a webhook reply, carried out by Telegram. */
  via: "http" | "reply";
  /** ms (Date.now) when it arrived. */
  at: number;
  /** No webhook request was in flight: the queue consumer's (meaningful when updates are posted one by one). */
  background: boolean;
  result: SimResult;
}

export type Button = InlineKeyboardButton.CallbackButton & { messageId: number };

const SENDS = new Set(["sendMessage", "sendPhoto", "sendDocument", "copyMessage"]);
/** Telegram's update ids only grow; a fresh run starts above any earlier one (the desk remembers ids). */
const UPDATE_EPOCH_MS = Date.UTC(2026, 0, 1);

export class FakeBotApi {
  readonly sim = new TelegramSim({ strict: true, knownChatsOnly: true });
  readonly calls: Call[] = [];
  /** Webhook requests in flight (DevWorker.post counts them), to tell background calls apart. */
  inFlight = 0;
  private server?: Server;
  private port = 0;
  private updateId = Date.now() - UPDATE_EPOCH_MS;
  private queryId = 0;
  private readonly users = new Map<number, User>();

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.serve(req, res));
    this.server.keepAliveTimeout = 30_000;
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** What the Worker's TELEGRAM_API_ROOT must be. */
  get apiRoot(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const method = (req.url ?? "").split("/").at(-1) ?? "";
    let payload: Record<string, unknown> = {};
    try {
      payload = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}") as Record<string, unknown>;
    } catch {
      payload = {}; // a multipart upload: no photo uploads happen in the bench
    }
    const result = this.apply(method, payload, "http");
    res.writeHead(result.ok ? 200 : result.error_code, { "content-type": "application/json" });
    res.end(JSON.stringify(result));
  }

  /** One Bot API call reaching Telegram, over HTTP or as a webhook reply. */
  apply(method: string, payload: Record<string, unknown>, via: Call["via"]): SimResult {
    const result = this.sim.call(method, payload);
    const background = via === "http" && this.inFlight === 0;
    this.calls.push({ seq: this.calls.length, method, payload, via, at: Date.now(), background, result });
    return result;
  }

  /** A person with a private chat; the chat becomes known to the bot when they write. */
  user(id: number, language_code: string): User {
    let user = this.users.get(id);
    if (!user) {
      user = { id, is_bot: false, first_name: `U${id}`, language_code };
      this.users.set(id, user);
    }
    return user;
  }

  private nextUpdateId(): number {
    this.updateId = Math.max(this.updateId + 1, Date.now() - UPDATE_EPOCH_MS);
    return this.updateId;
  }

  /** A text message (a leading /command gets its bot_command entity, as Telegram sends it). */
  message(user: User, text: string): Update {
    const messageId = this.sim.nextMessageId(user.id, { text });
    const command = /^\/\S+/.exec(text)?.[0];
    return {
      update_id: this.nextUpdateId(),
      message: {
        message_id: messageId,
        date: Math.floor(Date.now() / 1000),
        chat: { id: user.id, type: "private", first_name: user.first_name },
        from: user,
        text,
        ...(command ? { entities: [{ type: "bot_command", offset: 0, length: command.length }] } : {}),
      },
    } as Update;
  }

  /** A press of an inline button; Telegram now expects one answer to the query. */
  press(user: User, button: Button): Update {
    const id = `q${++this.queryId}`;
    this.sim.registerCallbackQuery(id, user.id, { chatId: user.id, messageId: button.messageId });
    const shown = this.sim.message(user.id, button.messageId);
    return {
      update_id: this.nextUpdateId(),
      callback_query: {
        id,
        from: user,
        chat_instance: `ci${user.id}`,
        data: button.callback_data,
        message: shown
          ? this.sim.messageObject(shown)
          : { message_id: button.messageId, date: 0, chat: { id: user.id, type: "private" } },
      },
    } as unknown as Update;
  }

  /** Every button the person can press now, newest message first. */
  buttons(chatId: number): Button[] {
    return this.sim
      .messages(chatId)
      .filter((m) => m.from === "bot" && m.replyMarkup)
      .reverse()
      .flatMap((m) =>
        (m.replyMarkup?.inline_keyboard.flat() ?? []).flatMap((b) =>
          "callback_data" in b && b.callback_data ? [{ ...b, messageId: m.messageId }] : [],
        ),
      );
  }

  /** The buttons of the newest message that has any. */
  latestButtons(chatId: number): Button[] {
    const all = this.buttons(chatId);
    const first = all[0];
    return first ? all.filter((b) => b.messageId === first.messageId) : [];
  }

  /** Texts the bot sent, copied or edited into a chat since call `seq` (a copy's text as Telegram shows it). */
  textsTo(chatId: number, seq = 0): string[] {
    return this.calls
      .slice(seq)
      .filter((c) => c.result.ok && Number(c.payload.chat_id) === chatId)
      .map((c) => {
        const id =
          (c.result.ok ? (c.result.result as { message_id?: number } | true) : undefined) ?? undefined;
        const copied =
          typeof id === "object" && id.message_id ? this.sim.message(chatId, id.message_id) : undefined;
        return (c.payload.text ?? c.payload.caption ?? copied?.text ?? copied?.caption) as string | undefined;
      })
      .filter((t): t is string => typeof t === "string");
  }

  /** Calls since `seq` that created a message in `chatId`. */
  sendsTo(chatId: number, seq = 0): Call[] {
    return this.calls.slice(seq).filter((c) => SENDS.has(c.method) && Number(c.payload.chat_id) === chatId);
  }

  /** Polls until `find` returns something (the queue delivers notices after the webhook answered). */
  async waitFor<T>(find: () => T | undefined, timeoutMs = 20_000): Promise<T | undefined> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = find();
      if (found !== undefined || Date.now() > deadline) return found;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  /** Resolves once no call arrived for `quietMs` (the queue's notices come after the webhook answered). */
  async settle(quietMs = 1_500, maxMs = 30_000): Promise<void> {
    const start = Date.now();
    let seen = -1;
    let since = Date.now();
    while (Date.now() - start < maxMs) {
      if (this.calls.length !== seen) {
        seen = this.calls.length;
        since = Date.now();
      } else if (Date.now() - since >= quietMs) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
