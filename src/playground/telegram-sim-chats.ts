/**
 * The simulated Telegram's memory: message ids as Telegram gives them — one sequence for all of the
 * bot's private chats and small groups (the account's own counter, shared by the user's and the
 * bot's messages), a sequence per supergroup — every message with its content and keyboard,
 * whether the user blocked the bot, and which chats Telegram lets the bot write to.
 */
import type { InlineKeyboardMarkup, UserFromGetMe } from "grammy/types";
import { E, type SimError, tooManyRequests } from "./telegram-sim-errors.ts";

export interface SimOptions {
  /** Sim time in ms; defaults to Date.now (so vitest's fake timers move it). */
  now?: () => number;
  /** false: the old fake's leniency (see TelegramSim). Default true. */
  strict?: boolean;
  /** Refuse sends to chats that never wrote to the bot ("chat not found"). Default false. */
  knownChatsOnly?: boolean;
  /** Sends allowed per chat per second of sim time; beyond it, 429 with retry_after. Off if unset. */
  perChatPerSecond?: number;
  bot?: UserFromGetMe;
}

/** What the sim remembers of one message. */
export interface SimMessage {
  chatId: number;
  messageId: number;
  from: "bot" | "user";
  text?: string;
  caption?: string;
  media?: { type: "photo" | "document"; fileId: string };
  /** How the text or caption was formatted (see formatOf). */
  format?: string;
  replyMarkup?: InlineKeyboardMarkup;
  deleted: boolean;
  /** Sent at, ms of sim time. */
  date: number;
  editDate?: number;
}

export type Content = Partial<Pick<SimMessage, "text" | "caption" | "media" | "format" | "replyMarkup">>;

interface Chat {
  /** A supergroup's own counter (other chats number from the shared one). */
  lastId: number;
  messages: Map<number, SimMessage>;
  blocked: boolean;
  /** Wrote to the bot at least once, so Telegram lets the bot write back. */
  known: boolean;
  /** When the last sends went, for the per-chat rate limit. */
  sentAt: number[];
}

/** Supergroup and channel ids are -100…: their messages are numbered per chat. */
const isSupergroup = (chatId: number) => chatId < -1e12;

const DEFAULT_BOT = {
  id: 100_000,
  is_bot: true,
  first_name: "Ura",
  username: "ura_bot",
  can_join_groups: false,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
} as UserFromGetMe;

export class SimChats {
  strict: boolean;
  knownChatsOnly: boolean;
  perChatPerSecond?: number;
  readonly now: () => number;
  readonly bot: UserFromGetMe;
  private readonly chats = new Map<number, Chat>();
  /** The bot account's message counter: its private chats and small groups number from it. */
  private sharedLastId = 0;

  constructor(options: SimOptions = {}) {
    this.now = options.now ?? (() => Date.now());
    this.strict = options.strict ?? true;
    this.knownChatsOnly = options.knownChatsOnly ?? false;
    this.perChatPerSecond = options.perChatPerSecond;
    this.bot = options.bot ?? DEFAULT_BOT;
  }

  /** Allocates the id of a message the user sends and records it; the chat becomes known. */
  nextMessageId(chatId: number, content: Content = {}): number {
    this.chat(chatId).known = true;
    return this.put(chatId, "user", content).messageId;
  }

  /** A chat that wrote to the bot before the sim started (matters with knownChatsOnly). */
  addChat(chatId: number): void {
    this.chat(chatId).known = true;
  }

  block(chatId: number): void {
    this.chat(chatId).blocked = true;
  }

  unblock(chatId: number): void {
    this.chat(chatId).blocked = false;
  }

  /** The messages a person would see in the chat now, oldest first. */
  messages(chatId: number): SimMessage[] {
    const all = [...(this.chats.get(chatId)?.messages.values() ?? [])];
    return all.filter((m) => !m.deleted).sort((a, b) => a.messageId - b.messageId);
  }

  /** Any message ever sent in the chat, deleted or not. */
  message(chatId: number, messageId: number): SimMessage | undefined {
    return this.chats.get(chatId)?.messages.get(messageId);
  }

  /** The newest visible message with an inline keyboard. */
  lastKeyboard(chatId: number): { messageId: number; markup: InlineKeyboardMarkup } | undefined {
    const m = this.messages(chatId).findLast((x) => x.replyMarkup);
    return m?.replyMarkup && { messageId: m.messageId, markup: m.replyMarkup };
  }

  /** A message as the Bot API shows it (a Message object). */
  messageObject(m: SimMessage): Record<string, unknown> {
    const { type, fileId } = m.media ?? {};
    const file = { file_id: fileId, file_unique_id: `u${fileId}` };
    return {
      message_id: m.messageId,
      ...(m.from === "bot" ? { from: this.bot } : {}),
      chat: {
        id: m.chatId,
        type: m.chatId > 0 ? "private" : isSupergroup(m.chatId) ? "supergroup" : "group",
      },
      date: Math.floor(m.date / 1000),
      ...(m.editDate ? { edit_date: Math.floor(m.editDate / 1000) } : {}),
      ...(m.text !== undefined ? { text: m.text } : {}),
      ...(type === "photo" ? { photo: [{ ...file, width: 100, height: 100 }] } : {}),
      ...(type === "document" ? { document: file } : {}),
      ...(m.caption !== undefined ? { caption: m.caption } : {}),
      ...(m.replyMarkup ? { reply_markup: m.replyMarkup } : {}),
    };
  }

  /** Whether Telegram lets the bot write to this chat now; `count` messages are about to go. */
  protected gate(chatId: number, count: number): SimError | undefined {
    const chat = this.chat(chatId);
    if (this.knownChatsOnly && !chat.known) return E.chatNotFound;
    if (chat.blocked) return E.blocked;
    if (!this.perChatPerSecond || count === 0) return undefined;
    const now = this.now();
    chat.sentAt = chat.sentAt.filter((t) => now - t < 1000);
    const oldest = chat.sentAt[0];
    if (oldest !== undefined && chat.sentAt.length + count > this.perChatPerSecond)
      return tooManyRequests(Math.max(1, Math.ceil((oldest + 1000 - now) / 1000)));
    chat.sentAt.push(...Array<number>(count).fill(now));
    return undefined;
  }

  protected put(chatId: number, from: "bot" | "user", content: Content): SimMessage {
    const chat = this.chat(chatId);
    // A private chat's ids are not its own: every other chat's messages take numbers from the same
    // counter (a lenient per-chat sequence here once hid that quick exit missed most of a chat).
    const messageId = isSupergroup(chatId) ? ++chat.lastId : ++this.sharedLastId;
    const m: SimMessage = { chatId, messageId, from, deleted: false, date: this.now(), ...content };
    chat.messages.set(messageId, m);
    return m;
  }

  private chat(chatId: number): Chat {
    let chat = this.chats.get(chatId);
    if (!chat) {
      chat = { lastId: 0, messages: new Map(), blocked: false, known: false, sentAt: [] };
      this.chats.set(chatId, chat);
    }
    return chat;
  }
}
