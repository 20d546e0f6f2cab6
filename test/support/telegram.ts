/**
 * Telegram for tests: the Worker's Bot API calls (caught by spying on fetch, which the bot
 * late-binds) are answered by the shared TelegramSim, which behaves as Telegram does; and updates
 * are built the way Telegram would build them. Message ids are one sequence per chat shared by user
 * and bot messages, as in a real private chat.
 */
import { env, exports } from "cloudflare:workers";
import type { InlineKeyboardButton, Update, User, UserFromGetMe } from "grammy/types";
import { vi } from "vitest";
import { type SimOptions, type SimResult, TelegramSim } from "../../src/playground/telegram-sim.ts";

/**
 * Whether the fake refuses what Telegram refuses: a second or late answer to a callback query, an
 * edit that changes nothing, an edit of a message that does not exist, a message to a chat that
 * never wrote to the bot. On: a lenient fake hid lost reports and lost notices here before.
 */
const STRICT_BY_DEFAULT = true;

export interface ApiCall {
  method: string;
  payload: Record<string, unknown>;
  /** The id Telegram gave a sent message. */
  messageId?: number;
  /** Telegram's answer (absent only while the call is in flight). */
  result?: SimResult;
  /** How it reached Telegram: a request of the Worker's own, or the body of its webhook's 200. */
  via: "http" | "reply";
}

const SENDS = new Set(["sendMessage", "sendPhoto", "sendDocument", "copyMessage", "sendMediaGroup"]);

/** The bot the tests run: its id is the token's prefix, as on Telegram. */
const BOT = {
  id: Number(String(env.BOT_TOKEN).split(":")[0]),
  is_bot: true,
  first_name: "Ura",
  username: String(env.BOT_USERNAME),
} as UserFromGetMe;

export class FakeTelegram {
  readonly calls: ApiCall[] = [];
  readonly sim: TelegramSim;
  private updateId = 1000;
  private readonly delivered = new Set<string>();
  /** Set to make every Bot API call fail (Telegram unreachable). */
  failApi = false;
  /** The next call of this method is refused by "Telegram" with this description (400). */
  refuseNext?: { method: string; description: string };

  constructor(options: SimOptions = {}) {
    this.sim = new TelegramSim({
      strict: STRICT_BY_DEFAULT,
      knownChatsOnly: STRICT_BY_DEFAULT,
      bot: BOT,
      ...options,
    });
  }

  /** Strict: Telegram's every refusal; lenient: the old fake's (see STRICT_BY_DEFAULT). */
  get strict(): boolean {
    return this.sim.strict;
  }
  set strict(on: boolean) {
    this.sim.strict = on;
    this.sim.knownChatsOnly = on;
  }

  install() {
    installed = this;
    const real = globalThis.fetch;
    vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
      const url = String(input instanceof Request ? input.url : input);
      if (!url.startsWith(String(env.TELEGRAM_API_ROOT))) return real(input, init);
      if (this.failApi) throw new TypeError("network down");
      const method = url.split("/").at(-1) ?? "";
      const payload = JSON.parse(String(init?.body ?? "{}")) as Record<string, unknown>;
      // A network fault throws a TypeError here, as fetch does.
      const result = this.apply(method, payload);
      return Response.json(result, { status: result.ok ? 200 : result.error_code });
    });
    return this;
  }

  /** One Bot API call reaching Telegram: over HTTP, or as a webhook's reply. */
  apply(method: string, payload: Record<string, unknown>, via: ApiCall["via"] = "http"): SimResult {
    const call: ApiCall = { method, payload, via };
    this.calls.push(call);
    if (this.refuseNext?.method === method) {
      this.sim.failNext(method, { kind: "error", code: 400, description: this.refuseNext.description });
      this.refuseNext = undefined;
    }
    const result = this.sim.call(method, payload);
    call.result = result;
    if (result.ok && SENDS.has(method)) call.messageId = sentId(result.result);
    return result;
  }

  /**
   * Waits until nothing more reaches Telegram for a moment: the notices the queue delivers after a
   * webhook answered (retries take seconds). `quietMs` is how long nothing must happen.
   */
  async settle(quietMs = 250, maxMs = 15_000): Promise<void> {
    const start = Date.now();
    let seen = -1;
    let since = Date.now();
    while (Date.now() - start < maxMs) {
      if (this.calls.length !== seen) {
        seen = this.calls.length;
        since = Date.now();
      } else if (Date.now() - since >= quietMs) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  /** Allocates the id of a message the user sends, from the chat's one sequence. */
  nextMessageId(chatId: number, content?: Parameters<TelegramSim["nextMessageId"]>[1]): number {
    return this.sim.nextMessageId(chatId, content);
  }

  /**
   * What Telegram knows once it delivers an update: the chat it came from is open to the bot, and
   * a callback query's answer window starts (the person just tapped; a redelivery keeps it).
   */
  delivering(update: Update | null): void {
    // Tests post malformed updates too: read defensively.
    const chat = (update?.message ?? update?.edited_message ?? update?.my_chat_member)?.chat;
    if (typeof chat?.id === "number") this.sim.addChat(chat.id);
    const query = update?.callback_query;
    if (!query || typeof query.from?.id !== "number" || this.delivered.has(query.id)) return;
    this.delivered.add(query.id);
    this.sim.registerCallbackQuery(query.id, query.from.id);
  }

  nextUpdateId(): number {
    return ++this.updateId;
  }

  /** Calls addressed to one chat, in order, refused ones included. */
  to(chatId: number): ApiCall[] {
    return this.calls.filter((c) => Number(c.payload.chat_id) === chatId);
  }

  /** Calls to one chat that Telegram carried out: what the person can have seen. */
  private shown(chatId: number): ApiCall[] {
    // A call that threw (a network fault) or was refused never reached the person.
    return this.to(chatId).filter((c) => c.result?.ok === true);
  }

  /** Texts (or captions) the bot sent or edited into a chat. */
  textsTo(chatId: number): string[] {
    return this.shown(chatId)
      .map((c) => (c.payload.text ?? c.payload.caption) as string | undefined)
      .filter((t): t is string => typeof t === "string");
  }

  last(chatId: number): ApiCall | undefined {
    return this.shown(chatId).findLast(
      (c) => c.payload.text !== undefined || c.payload.reply_markup !== undefined,
    );
  }

  /**
   * The inline keyboards a person can still press in a chat, newest call first: each message's
   * keyboard as it is now (a keyboard edited away or on a deleted message is gone), or as sent
   * when the sim does not know the message (lenient edits of ids it never gave).
   */
  keyboards(chatId: number): { messageId: number; buttons: InlineKeyboardButton.CallbackButton[] }[] {
    const seen = new Set<number>();
    const found: { messageId: number; buttons: InlineKeyboardButton.CallbackButton[] }[] = [];
    for (const call of this.shown(chatId).reverse()) {
      const sent = inlineButtons(call.payload.reply_markup);
      const messageId = (call.messageId ?? call.payload.message_id) as number;
      if (!sent.length || seen.has(messageId)) continue;
      seen.add(messageId);
      const m = this.sim.message(chatId, messageId);
      const buttons = m?.from === "bot" ? (m.deleted ? [] : inlineButtons(m.replyMarkup)) : sent;
      if (buttons.length) found.push({ messageId, buttons });
    }
    return found;
  }

  clear() {
    this.calls.length = 0;
  }
}

function sentId(result: unknown): number | undefined {
  const first = (Array.isArray(result) ? result[0] : result) as { message_id?: number } | undefined;
  return first?.message_id;
}

function inlineButtons(markup: unknown): InlineKeyboardButton.CallbackButton[] {
  const rows = (markup as { inline_keyboard?: InlineKeyboardButton.CallbackButton[][] } | undefined)
    ?.inline_keyboard;
  return rows?.flat() ?? [];
}

/** KV operations of every webhook request since the last reset, one entry per request. */
export const kvLog: KvOpsHeader[] = [];

export function kvTotal(log: KvOpsHeader[] = kvLog): KvOpsHeader {
  return log.reduce(
    (a, b) => ({
      reads: a.reads + b.reads,
      writes: a.writes + b.writes,
      deletes: a.deletes + b.deletes,
      lists: a.lists + b.lists,
    }),
    { reads: 0, writes: 0, deletes: 0, lists: 0 },
  );
}

/** The fake Telegram of the running test: updates reach the Worker through it. */
let installed: FakeTelegram | undefined;

export async function postUpdate(update: unknown, secret = String(env.WEBHOOK_SECRET)): Promise<Response> {
  installed?.delivering(update as Update | null); // tests post malformed updates too
  const res = await postRaw(update, secret);
  if (res.status === 200) {
    kvLog.push(kvOps(res));
    // A webhook reply is a Bot API call Telegram carries out when it reads the 200.
    const reply = (await res.clone().json()) as { method?: string };
    if (reply.method && installed) {
      const { method, ...payload } = reply;
      try {
        installed.apply(method, payload, "reply");
      } catch (error) {
        // A fault injected into the sim at this call: the reply is simply not carried out.
        if (!(error instanceof TypeError)) throw error;
      }
    }
  }
  return res;
}

async function postRaw(update: unknown, secret: string): Promise<Response> {
  return exports.default.fetch(
    new Request("https://ura.test/telegram/webhook", {
      method: "POST",
      headers: { "content-type": "application/json", "X-Telegram-Bot-Api-Secret-Token": secret },
      body: JSON.stringify(update),
    }),
  );
}

/** A person in a private chat with the bot. */
export class Person {
  readonly user: User;
  /** The message the last pressed/received keyboard belongs to. */
  constructor(
    readonly tg: FakeTelegram,
    id: number,
    name: { first_name: string; last_name?: string; username?: string; language_code?: string },
  ) {
    this.user = { id, is_bot: false, ...name };
  }

  get chat() {
    return { id: this.user.id, type: "private" as const, first_name: this.user.first_name };
  }

  messageUpdate(text: string, extra: Record<string, unknown> = {}): Update {
    const entities = text.startsWith("/")
      ? [{ type: "bot_command", offset: 0, length: text.split(" ")[0]?.length ?? 0 }]
      : undefined;
    return {
      update_id: this.tg.nextUpdateId(),
      message: {
        message_id: this.tg.nextMessageId(this.user.id, userContent(text, extra)),
        date: Math.floor(this.tg.sim.now() / 1000),
        chat: this.chat,
        from: this.user,
        text,
        ...(entities ? { entities } : {}),
        ...extra,
      },
    } as Update;
  }

  async send(text: string): Promise<Response> {
    return postUpdate(this.messageUpdate(text));
  }

  async sendPhoto(fileId: string, caption?: string): Promise<Response> {
    const update = this.messageUpdate("", {
      photo: [{ file_id: fileId, file_unique_id: `u${fileId}`, width: 100, height: 100 }],
      caption,
    });
    delete (update.message as { text?: string }).text;
    return postUpdate(update);
  }

  /** The inline keyboard of the last bot message (sent or edited) that still has one. */
  keyboard(): { messageId: number; buttons: InlineKeyboardButton.CallbackButton[] } {
    const newest = this.tg.keyboards(this.user.id)[0];
    if (!newest) throw new Error(`no keyboard in chat ${this.user.id}`);
    return newest;
  }

  buttonTexts(): string[] {
    return this.keyboard().buttons.map((b) => b.text);
  }

  /** A tap on a button of message `messageId`; Telegram (the sim) now expects one answer to it. */
  callbackUpdate(data: string, messageId: number): Update {
    const id = String(this.tg.nextUpdateId());
    this.tg.sim.registerCallbackQuery(id, this.user.id, { chatId: this.user.id, messageId });
    const known = this.tg.sim.message(this.user.id, messageId);
    const message =
      known?.from === "bot"
        ? { ...this.tg.sim.messageObject(known), chat: this.chat }
        : { message_id: messageId, date: 1, chat: this.chat, text: "…" };
    return {
      update_id: this.tg.nextUpdateId(),
      callback_query: { id, from: this.user, chat_instance: "ci", data, message },
    } as Update;
  }

  /**
   * Presses the button whose text contains `label`: on the last keyboard, or else on the newest
   * older one that still has it (a person scrolling up to an earlier message).
   */
  async press(label: string): Promise<Response> {
    for (const { messageId, buttons } of this.tg.keyboards(this.user.id)) {
      const button = buttons.find((b) => b.text.includes(label));
      if (button) return postUpdate(this.callbackUpdate(button.callback_data, messageId));
    }
    throw new Error(
      `no button "${label}" in [${this.keyboard()
        .buttons.map((b) => b.text)
        .join(" | ")}]`,
    );
  }
}

/** What the sim records of a message the user sends: its text, or its photo and caption. */
function userContent(text: string, extra: Record<string, unknown>) {
  const photo = (extra.photo as { file_id: string }[] | undefined)?.[0];
  if (photo)
    return { media: { type: "photo" as const, fileId: photo.file_id }, caption: extra.caption as string };
  return { text };
}

export interface KvOpsHeader {
  reads: number;
  writes: number;
  deletes: number;
  lists: number;
  /** Calls to a school's desk (Durable Object): not KV, counted beside it. */
  desk?: number;
}

/** The KV operations a request cost, as counted by the Worker's CountingKv (X-Ura-KV-Ops). */
export function kvOps(res: Response): KvOpsHeader {
  const header = res.headers.get("X-Ura-KV-Ops") ?? "";
  const ops = Object.fromEntries(
    header
      .split(" ")
      .map((kv) => kv.split("="))
      .map(([k, v]) => [k, Number(v)]),
  );
  return {
    reads: ops.reads ?? Number.NaN,
    writes: ops.writes ?? Number.NaN,
    deletes: ops.deletes ?? Number.NaN,
    lists: ops.lists ?? Number.NaN,
    desk: ops.desk ?? Number.NaN,
  };
}
