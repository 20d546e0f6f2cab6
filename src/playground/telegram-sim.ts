/**
 * A simulated Telegram Bot API for the tests, the playground and the benchmark: it keeps each
 * chat's messages and answers every call as Telegram would — including the refusals a lenient fake
 * hides (a second answer to a callback query, an edit that changes nothing, a blocked user).
 * Pure: no I/O, no clock of its own (`now`), no grammY at run time.
 *
 * A network fault makes `call` throw a SimNetworkError (a TypeError, as `fetch` throws); every
 * other outcome is the Bot API's JSON. `strict: false` is the old fake's leniency, kept while the
 * bot is taught real Telegram: callback answers and no-op edits never fail, and any message id can
 * be edited, deleted or copied.
 */
import {
  CAPTION_MAX,
  charCount,
  checkMarkup,
  formatOf,
  inlineMarkup,
  sameJson,
  TEXT_MAX,
  visibleText,
} from "./telegram-sim-content.ts";
import { type Content, SimChats, type SimMessage } from "./telegram-sim-chats.ts";
import {
  E,
  type Fault,
  faultResult,
  type SimError,
  type SimResult,
  SimNetworkError,
} from "./telegram-sim-errors.ts";

export type { Content, SimMessage, SimOptions } from "./telegram-sim-chats.ts";
export { type Fault, type SimError, type SimResult, SimNetworkError } from "./telegram-sim-errors.ts";

type Payload = Record<string, unknown>;

export interface SimLogEntry {
  method: string;
  payload: Payload;
  /** When the call came, ms of sim time. */
  at: number;
  /** "network" when the call threw instead of answering. */
  result?: SimResult | "network";
}

interface Query {
  createdAt: number;
  answered: boolean;
  /** The message whose button was pressed, for the record. */
  message?: { chatId: number; messageId: number };
}

/** Telegram waits about 15 s for a callback answer; after that the query is gone. */
export const QUERY_ANSWER_MS = 15_000;
/** Bots may delete messages in private chats for 48 hours. */
export const DELETE_WINDOW_MS = 48 * 3600_000;

const ok = (result: unknown): SimResult => ({ ok: true, result });
const isError = (x: unknown): x is SimError => (x as SimError | undefined)?.ok === false;
const num = (x: unknown): number => Number(x);
const str = (x: unknown): string | undefined => (typeof x === "string" ? x : undefined);

export class TelegramSim extends SimChats {
  readonly log: SimLogEntry[] = [];
  private readonly queries = new Map<string, Query>();
  private readonly faults: { method: string; fault: Fault; left: number }[] = [];

  /** Answers one Bot API call; throws SimNetworkError for an injected network fault. */
  call(method: string, payload: Payload): SimResult {
    const entry: SimLogEntry = { method, payload, at: this.now() };
    this.log.push(entry);
    try {
      entry.result = this.answer(method, payload);
      return entry.result;
    } catch (err) {
      if (err instanceof SimNetworkError) entry.result = "network";
      throw err;
    }
  }

  // ---- set-up and queries, for update builders and tests --------------------------------------

  /** Whoever builds a callback_query update registers it: Telegram only answers queries it made. */
  registerCallbackQuery(
    id: string,
    fromUserId: number,
    message?: { chatId: number; messageId: number },
  ): void {
    this.queries.set(id, { createdAt: this.now(), answered: false, message });
    this.addChat(fromUserId);
  }

  /** The next `count` calls of `method` ("*": of any method) meet this fault instead of Telegram. */
  failNext(method: string, fault: Fault, count = 1): void {
    this.faults.push({ method: method.toLowerCase(), fault, left: count });
  }

  /** Every call addressed to a chat, with Telegram's answer. */
  callsTo(chatId: number): SimLogEntry[] {
    return this.log.filter((e) => num(e.payload.chat_id) === chatId);
  }

  // ---- answering ----------------------------------------------------------------------------------

  private answer(method: string, p: Payload): SimResult {
    // Method names are case-insensitive in the Bot API.
    const handler = this.methods[method.toLowerCase()];
    if (!handler) return E.methodNotFound;
    const i = this.faults.findIndex((f) => f.method === "*" || f.method === method.toLowerCase());
    const pending = this.faults[i];
    if (!pending) return handler(p);
    if (--pending.left <= 0) this.faults.splice(i, 1);
    if ("delivered" in pending.fault && pending.fault.delivered) handler(p);
    return faultResult(pending.fault);
  }

  private readonly methods: Record<string, (p: Payload) => SimResult> = {
    sendmessage: (p) => {
      const text = visibleText(p.text, p.parse_mode);
      if (!text) return E.textEmpty;
      if (charCount(text) > TEXT_MAX) return E.textTooLong;
      return this.send(p, { text, format: formatOf(p.text, p.parse_mode, text) });
    },
    sendphoto: (p) => this.sendMedia(p, "photo"),
    senddocument: (p) => this.sendMedia(p, "document"),
    sendmediagroup: (p) => {
      const items = Array.isArray(p.media) ? (p.media as Payload[]) : [];
      // Telegram's docs ask for 2–10 items; its server sends a single item as a lone message.
      if (items.length === 0) return E.noMedia;
      if (items.length > 10) return E.tooManyMedia;
      const contents = items.map((item) =>
        this.mediaContent(item, item.type === "document" ? "document" : "photo"),
      );
      const refused = contents.find(isError) ?? this.gate(num(p.chat_id), items.length);
      if (refused) return refused;
      return ok(contents.map((c) => this.messageObject(this.put(num(p.chat_id), "bot", c as Content))));
    },
    copymessage: (p) => {
      const source = this.message(num(p.from_chat_id), num(p.message_id));
      if ((!source || source.deleted) && this.strict) return E.copyNotFound;
      const caption = p.caption !== undefined ? visibleText(p.caption, p.parse_mode) : source?.caption;
      if (caption && charCount(caption) > CAPTION_MAX) return E.captionTooLong;
      const { text, media } = source ?? {};
      const sent = this.send(p, { text, media, caption: media ? caption : undefined });
      return sent.ok ? ok({ message_id: (sent.result as { message_id: number }).message_id }) : sent;
    },
    editmessagetext: (p) => {
      const text = visibleText(p.text, p.parse_mode);
      if (!text) return E.textEmpty;
      if (charCount(text) > TEXT_MAX) return E.editTooLong;
      const format = formatOf(p.text, p.parse_mode, text);
      return this.edit(p, { text, format, replyMarkup: inlineMarkup(p.reply_markup) }, "text");
    },
    editmessagecaption: (p) => {
      const caption = visibleText(p.caption, p.parse_mode);
      if (charCount(caption) > CAPTION_MAX) return E.captionTooLong;
      const format = formatOf(p.caption, p.parse_mode, caption);
      return this.edit(
        p,
        { caption: caption || undefined, format, replyMarkup: inlineMarkup(p.reply_markup) },
        "caption",
      );
    },
    // Without reply_markup the keyboard is removed (a no-op, thus "not modified", if there was none).
    editmessagereplymarkup: (p) => this.edit(p, { replyMarkup: inlineMarkup(p.reply_markup) }),
    deletemessage: (p) => {
      const m = this.deletable(num(p.chat_id), num(p.message_id));
      if (isError(m)) return m;
      if (m) m.deleted = true;
      return ok(true);
    },
    deletemessages: (p) => {
      const ids = Array.isArray(p.message_ids) ? p.message_ids.map(num) : [];
      if (ids.length === 0) return E.noIds;
      if (ids.length > 100) return E.tooManyIds;
      // Unlike deleteMessage, what cannot be deleted is skipped without a word.
      for (const id of ids) {
        const m = this.deletable(num(p.chat_id), id);
        if (m && !isError(m)) m.deleted = true;
      }
      return ok(true);
    },
    answercallbackquery: (p) => {
      if (charCount(str(p.text) ?? "") > 200) return E.answerTooLong;
      const query = this.queries.get(String(p.callback_query_id));
      const expired = !query || query.answered || this.now() - query.createdAt > QUERY_ANSWER_MS;
      if (expired && this.strict) return E.queryTooOld;
      if (query) query.answered = true;
      return ok(true);
    },
    sendchataction: (p) => this.gate(num(p.chat_id), 0) ?? ok(true),
    getme: () => ok(this.bot),
    setmycommands: () => ok(true),
    deletemycommands: () => ok(true),
    setmydescription: (p) => (charCount(str(p.description) ?? "") > 512 ? E.descriptionTooLong : ok(true)),
    setmyshortdescription: (p) =>
      charCount(str(p.short_description) ?? "") > 120 ? E.shortDescriptionTooLong : ok(true),
    setchatmenubutton: () => ok(true),
    setwebhook: (p) => {
      const secret = str(p.secret_token) ?? "";
      if (secret.length > 256) return E.secretTooLong;
      if (!/^[A-Za-z0-9_-]*$/.test(secret)) return E.secretChars;
      return ok(true);
    },
    deletewebhook: () => ok(true),
  };

  private sendMedia(p: Payload, type: "photo" | "document"): SimResult {
    const content = this.mediaContent(p, type);
    return isError(content) ? content : this.send(p, content);
  }

  private mediaContent(p: Payload, type: "photo" | "document"): Content | SimError {
    const caption = visibleText(p.caption, p.parse_mode);
    if (charCount(caption) > CAPTION_MAX) return E.captionTooLong;
    // An upload (not a string) gets a file id of its own, as Telegram would give it.
    const file = p[type] ?? p.media;
    const fileId = typeof file === "string" ? file : `sim-${type}-${this.log.length}`;
    return {
      media: { type, fileId },
      caption: caption || undefined,
      format: formatOf(p.caption, p.parse_mode, caption),
    };
  }

  /** Checks the keyboard and the chat, then stores the bot's message. */
  private send(p: Payload, content: Content): SimResult {
    const chatId = num(p.chat_id);
    const refused = checkMarkup(p.reply_markup) ?? this.gate(chatId, 1);
    if (refused) return refused;
    const m = this.put(chatId, "bot", { ...content, replyMarkup: inlineMarkup(p.reply_markup) });
    return ok(this.messageObject(m));
  }

  private edit(p: Payload, next: Content, needs?: "text" | "caption"): SimResult {
    const refused = checkMarkup(p.reply_markup);
    if (refused) return refused;
    if (p.inline_message_id !== undefined) return ok(true);
    const chatId = num(p.chat_id);
    const m = this.message(chatId, num(p.message_id));
    if (!m || m.deleted || m.from === "user") {
      if (this.strict) return !m || m.deleted ? E.editNotFound : E.cantEdit;
      const stand_in = {
        chatId,
        messageId: num(p.message_id),
        from: "bot",
        deleted: false,
        date: this.now(),
      };
      return ok(this.messageObject({ ...stand_in, ...next } as SimMessage));
    }
    if (this.strict) {
      if (needs === "text" && m.text === undefined) return E.noTextToEdit;
      if (needs === "caption" && !m.media) return E.noCaptionToEdit;
      const same = (Object.keys(next) as (keyof Content)[]).every((k) => sameJson(m[k], next[k]));
      if (same) return E.notModified;
    }
    Object.assign(m, next, { editDate: this.now() });
    return ok(this.messageObject(m));
  }

  private deletable(chatId: number, messageId: number): SimMessage | SimError | undefined {
    const m = this.message(chatId, messageId);
    if (!m || m.deleted) return this.strict ? E.deleteNotFound : undefined;
    if (this.now() - m.date > DELETE_WINDOW_MS) return E.cantDelete;
    return m;
  }
}
