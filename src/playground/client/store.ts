/**
 * What the page knows: per chat, Telegram's messages as the simulated Telegram last showed them and
 * the page's own notes (refusals, costs, "sending…"), in the order they happened. Answers can
 * overlap (a poll while an update runs): a message's `version` keeps the newest state, the call
 * cursor applies each call once.
 */
import type { Call, Message, Since } from "./api.ts";

export type Tone = "error" | "info";

/** What one or more consecutive requests of a persona cost in storage. */
export interface Cost {
  requests: number;
  reads: number;
  writes: number;
  deletes: number;
  lists: number;
  desk: number;
}

export type Item =
  | { kind: "message"; seq: number; id: number }
  | { kind: "note"; seq: number; text: string; tone: Tone; detail?: string }
  | { kind: "cost"; seq: number; cost: Cost }
  /** The person's own message, shown until the Worker numbers it. */
  | { kind: "pending"; seq: number; text?: string; photo?: string; failed?: string };

export interface Entry {
  item: Item;
  message?: Message;
}

export interface Chat {
  items: Item[];
  messages: Map<number, Message>;
}

/** What one answer changed, for the renderer and the notifications. */
export interface Changes {
  chats: Set<number>;
  /** Bot messages that are new in a chat. */
  arrived: Map<number, number>;
  /** Messages the bot deleted just now, per chat (a quick exit). */
  deleted: Map<number, number>;
  /** Calls not applied before, oldest first. */
  calls: Call[];
  restarted: boolean;
}

export class Store {
  readonly chats = new Map<number, Chat>();
  epoch = "";
  cursor = 0;
  /** The last call applied. */
  private called = 0;
  /** Items at or before this seq are hidden ("Clear chats"). */
  clearedAt = 0;

  chat(id: number): Chat {
    const known = this.chats.get(id);
    if (known) return known;
    const chat: Chat = { items: [], messages: new Map() };
    this.chats.set(id, chat);
    return chat;
  }

  /** Items in order; a message item added twice would be a bug, so insertion keeps seq order. */
  add(chatId: number, item: Item): Item {
    const { items } = this.chat(chatId);
    let at = items.length;
    while (at > 0 && (items[at - 1]?.seq ?? 0) > item.seq) at--;
    items.splice(at, 0, item);
    return item;
  }

  remove(chatId: number, item: Item): void {
    const { items } = this.chat(chatId);
    const at = items.indexOf(item);
    if (at >= 0) items.splice(at, 1);
  }

  /** A note placed after everything seen so far; `detail` shows on hover. */
  note(chatId: number, text: string, tone: Tone, detail?: string): void {
    this.add(chatId, { kind: "note", seq: this.cursor + 0.5, text, tone, ...(detail ? { detail } : {}) });
  }

  /** Adds a request's cost to the chat's last line when that is a cost line: edits cost too. */
  cost(chatId: number, add: Omit<Cost, "requests">): void {
    const last = this.chat(chatId).items.at(-1);
    if (last?.kind === "cost" && last.seq > this.clearedAt) {
      const c = last.cost;
      last.cost = {
        requests: c.requests + 1,
        reads: c.reads + add.reads,
        writes: c.writes + add.writes,
        deletes: c.deletes + add.deletes,
        lists: c.lists + add.lists,
        desk: c.desk + add.desk,
      };
      last.seq = this.cursor + 0.5;
      return;
    }
    this.add(chatId, { kind: "cost", seq: this.cursor + 0.5, cost: { requests: 1, ...add } });
  }

  /** Applies an answer; a changed epoch means the Worker restarted and everything starts over. */
  apply(since: Since): Changes {
    const changes: Changes = {
      chats: new Set(),
      arrived: new Map(),
      deleted: new Map(),
      calls: [],
      restarted: false,
    };
    if (this.epoch && since.epoch !== this.epoch) {
      this.chats.clear();
      this.cursor = this.called = this.clearedAt = 0;
      changes.restarted = true;
    }
    this.epoch = since.epoch;
    for (const m of since.messages) this.message(m, changes);
    for (const call of since.calls) {
      if (call.seq <= this.called) continue;
      this.called = call.seq;
      changes.calls.push(call);
    }
    this.cursor = Math.max(this.cursor, since.cursor);
    for (const [chat, n] of changes.deleted) {
      const what = n === 1 ? "1 message" : `${n} messages`;
      this.note(chat, `The bot deleted ${what} here. On a phone they are gone.`, "info");
    }
    return changes;
  }

  private message(m: Message, changes: Changes): void {
    const chat = this.chat(m.chat);
    const known = chat.messages.get(m.id);
    if (known && known.version >= m.version) return;
    chat.messages.set(m.id, m);
    changes.chats.add(m.chat);
    if (known) {
      if (!known.deleted && m.deleted) changes.deleted.set(m.chat, (changes.deleted.get(m.chat) ?? 0) + 1);
      return;
    }
    this.add(m.chat, { kind: "message", seq: m.seq, id: m.id });
    if (m.from === "bot" && !m.deleted) changes.arrived.set(m.chat, (changes.arrived.get(m.chat) ?? 0) + 1);
  }

  /** What a chat shows now: hidden before "Clear chats", deleted messages gone as on a phone. */
  visible(chatId: number): Entry[] {
    const chat = this.chats.get(chatId);
    if (!chat) return [];
    return chat.items.flatMap((item): Entry[] => {
      if (item.seq <= this.clearedAt && item.kind !== "pending") return [];
      if (item.kind !== "message") return [{ item }];
      const message = chat.messages.get(item.id);
      return message && !message.deleted ? [{ item, message }] : [];
    });
  }

  /** A message in any chat, for a copy's source or a press. */
  find(chatId: number, id: number): Message | undefined {
    return this.chats.get(chatId)?.messages.get(id);
  }
}
