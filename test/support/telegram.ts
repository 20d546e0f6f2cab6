/**
 * A fake Telegram for tests: captures the Bot API calls the Worker makes (by spying on fetch,
 * which the bot late-binds) and builds updates the way Telegram would. Message ids are one sequence
 * per chat shared by user and bot messages, as in a real private chat.
 */
import { env, exports } from "cloudflare:workers";
import type { InlineKeyboardButton, Update, User } from "grammy/types";
import { vi } from "vitest";

export interface ApiCall {
  method: string;
  payload: Record<string, unknown>;
  messageId?: number;
}

const SENDS = new Set(["sendMessage", "sendPhoto", "copyMessage"]);

export class FakeTelegram {
  readonly calls: ApiCall[] = [];
  private readonly ids = new Map<number, number>();
  private updateId = 1000;
  /** Set to make every Bot API call fail (Telegram unreachable). */
  failApi = false;
  /** The next call of this method is refused by "Telegram" with this description (400). */
  refuseNext?: { method: string; description: string };

  install() {
    const real = globalThis.fetch;
    vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
      const url = String(input instanceof Request ? input.url : input);
      if (!url.startsWith(String(env.TELEGRAM_API_ROOT))) return real(input, init);
      if (this.failApi) throw new TypeError("network down");
      const method = url.split("/").at(-1) ?? "";
      const payload = JSON.parse(String(init?.body ?? "{}")) as Record<string, unknown>;
      const call: ApiCall = { method, payload };
      this.calls.push(call);
      if (this.refuseNext?.method === method) {
        const { description } = this.refuseNext;
        this.refuseNext = undefined;
        return Response.json({ ok: false, error_code: 400, description }, { status: 400 });
      }
      let result: unknown = true;
      if (SENDS.has(method)) {
        call.messageId = this.nextMessageId(Number(payload.chat_id));
        result = {
          message_id: call.messageId,
          date: 1,
          chat: { id: payload.chat_id, type: "private" },
          text: payload.text,
        };
      }
      return Response.json({ ok: true, result });
    });
    return this;
  }

  nextMessageId(chatId: number): number {
    const id = (this.ids.get(chatId) ?? 0) + 1;
    this.ids.set(chatId, id);
    return id;
  }

  nextUpdateId(): number {
    return ++this.updateId;
  }

  /** Calls addressed to one chat, in order. */
  to(chatId: number): ApiCall[] {
    return this.calls.filter((c) => Number(c.payload.chat_id) === chatId);
  }

  /** Texts (or captions) the bot sent or edited into a chat. */
  textsTo(chatId: number): string[] {
    return this.to(chatId)
      .map((c) => (c.payload.text ?? c.payload.caption) as string | undefined)
      .filter((t): t is string => typeof t === "string");
  }

  last(chatId: number): ApiCall | undefined {
    return this.to(chatId).findLast(
      (c) => c.payload.text !== undefined || c.payload.reply_markup !== undefined,
    );
  }

  clear() {
    this.calls.length = 0;
  }
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

export async function postUpdate(update: unknown, secret = String(env.WEBHOOK_SECRET)): Promise<Response> {
  const res = await postRaw(update, secret);
  if (res.status === 200) kvLog.push(kvOps(res));
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
        message_id: this.tg.nextMessageId(this.user.id),
        date: Math.floor(Date.now() / 1000),
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

  /** The inline keyboard of the last bot message (sent or edited) that had one. */
  keyboard(): { messageId: number; buttons: InlineKeyboardButton.CallbackButton[] } {
    const call = this.tg
      .to(this.user.id)
      .findLast(
        (c) =>
          (c.payload.reply_markup as { inline_keyboard?: unknown[] } | undefined)?.inline_keyboard?.length,
      );
    if (!call) throw new Error(`no keyboard in chat ${this.user.id}`);
    const markup = call.payload.reply_markup as { inline_keyboard: InlineKeyboardButton.CallbackButton[][] };
    const messageId = (call.messageId ?? call.payload.message_id) as number;
    return { messageId, buttons: markup.inline_keyboard.flat() };
  }

  buttonTexts(): string[] {
    return this.keyboard().buttons.map((b) => b.text);
  }

  callbackUpdate(data: string, messageId: number): Update {
    return {
      update_id: this.tg.nextUpdateId(),
      callback_query: {
        id: String(this.tg.nextUpdateId()),
        from: this.user,
        chat_instance: "ci",
        data,
        message: { message_id: messageId, date: 1, chat: this.chat, text: "…" },
      },
    } as Update;
  }

  /**
   * Presses the button whose text contains `label`: on the last keyboard, or else on the newest
   * older one that has it (a person scrolling up to an earlier message).
   */
  async press(label: string): Promise<Response> {
    const withKeyboards = this.tg
      .to(this.user.id)
      .filter(
        (c) =>
          (c.payload.reply_markup as { inline_keyboard?: unknown[] } | undefined)?.inline_keyboard?.length,
      );
    for (const call of withKeyboards.reverse()) {
      const markup = call.payload.reply_markup as {
        inline_keyboard: InlineKeyboardButton.CallbackButton[][];
      };
      const button = markup.inline_keyboard.flat().find((b) => b.text.includes(label));
      if (button)
        return postUpdate(
          this.callbackUpdate(button.callback_data, (call.messageId ?? call.payload.message_id) as number),
        );
    }
    throw new Error(
      `no button "${label}" in [${this.keyboard()
        .buttons.map((b) => b.text)
        .join(" | ")}]`,
    );
  }
}

export interface KvOpsHeader {
  reads: number;
  writes: number;
  deletes: number;
  lists: number;
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
  };
}
