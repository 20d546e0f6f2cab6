/**
 * A persona's chat on the page: Telegram's messages and the page's notes, kept scrolled to the
 * newest line unless the person scrolled up to read — also when the chat becomes visible (a tab
 * on a phone), when a photo loads, and when the window changes size.
 */
import { h, must, plural } from "./dom.ts";
import { type Handlers, messageView } from "./message-view.ts";
import type { Cost, Entry, Item } from "./store.ts";

/** How close to the end still counts as "reading the newest" (px). */
const NEAR_END = 48;

export function costText(c: Cost): string {
  const kv = `KV ${plural(c.reads, "read")} · ${plural(c.writes, "write")} · ${plural(c.lists, "list")}`;
  const deletes = c.deletes ? ` · ${plural(c.deletes, "delete")}` : "";
  const desk = ` · desk ${plural(c.desk, "call")}`;
  return `${c.requests > 1 ? `${c.requests} updates · ` : ""}${kv}${deletes}${desk}`;
}

export class ChatView {
  readonly log: HTMLElement;
  private readonly items = h("div", { class: "items" });
  private readonly empty: HTMLElement;
  /** Whether the newest line is in view: new lines keep it there. */
  private pinned = true;

  constructor(readonly section: HTMLElement) {
    this.log = must<HTMLElement>(".chat", section);
    this.empty = must<HTMLElement>(".empty", this.log);
    this.log.replaceChildren(this.items);
    this.log.addEventListener("scroll", () => {
      if (this.log.clientHeight > 0) this.pinned = this.atEnd();
    });
    // Becoming visible, a photo loading, a narrower window: each changes a size.
    const keep = new ResizeObserver(() => {
      if (this.pinned) this.toEnd();
    });
    keep.observe(this.log);
    keep.observe(this.items);
  }

  private atEnd(): boolean {
    return this.log.scrollHeight - this.log.scrollTop - this.log.clientHeight <= NEAR_END;
  }

  toEnd(): void {
    this.log.scrollTop = this.log.scrollHeight;
  }

  render(entries: Entry[], handlers: Handlers): void {
    const hadFocus = this.log.contains(document.activeElement) && document.activeElement !== this.log;
    const wasPinned = this.pinned || this.atEnd();
    const nodes = entries.map(({ item, message }) =>
      message ? messageView(message, handlers) : itemView(item),
    );
    this.items.replaceChildren(...(nodes.length ? nodes : [this.empty]));
    this.pinned = wasPinned;
    if (wasPinned) this.toEnd();
    // Re-rendering drops the focused button: keyboard users continue at the newest keyboard.
    if (hadFocus) {
      const newest = [...this.items.querySelectorAll<HTMLElement>(".kb")]
        .at(-1)
        ?.querySelector<HTMLElement>("button");
      (newest ?? this.log).focus({ preventScroll: true });
    }
  }
}

function itemView(item: Item): HTMLElement {
  switch (item.kind) {
    case "note":
      return h("div", { class: `sys ${item.tone}`, title: item.detail, text: item.text });
    case "cost":
      return h("div", { class: "sys cost", text: costText(item.cost) });
    case "pending": {
      const bubble = h("div", { class: "bubble" }, [
        item.photo ? h("img", { class: "photo", src: item.photo, alt: "Photo" }) : null,
        item.text ? h("div", { class: "text", text: item.text }) : null,
        h("span", { class: "meta", text: item.failed ? "not delivered" : "sending…" }),
      ]);
      const node = h("div", { class: `msg user pending${item.failed ? " failed" : ""}` }, [bubble]);
      if (item.failed) node.appendChild(h("div", { class: "sys error", text: item.failed }));
      return node;
    }
    case "message":
      return h("div", { class: "sys error", text: `Message ${item.id} is not known.` });
  }
}
