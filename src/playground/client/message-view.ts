/**
 * One Telegram message as a bubble: its photo, its text with links, the time (and "edited"), and
 * its inline keyboard. A t.me link to a bot opens as one of the personas, as on a phone.
 */
import type { Button } from "../shown.ts";
import { fileUrl, type Message } from "./api.ts";
import { clock, h, text } from "./dom.ts";

export interface Handlers {
  press(chat: number, message: Message, button: Button): void;
  /** A link to the bot (https://t.me/<bot>?start=…): the persona menu next to `anchor`. */
  openBotLink(payload: string, anchor: HTMLElement): void;
}

/** The start payload of a link to a bot, or undefined for any other link. */
export function botLink(url: string): string | undefined {
  return /^https:\/\/t\.me\/[A-Za-z0-9_]+\?start=([A-Za-z0-9_-]{1,64})$/.exec(url)?.[1];
}

function link(url: string, handlers: Handlers): Node {
  const payload = botLink(url);
  if (payload !== undefined) {
    const button = h("button", {
      type: "button",
      class: "deeplink",
      text: url,
      title: "Open this link in Telegram as one of the personas",
    });
    button.addEventListener("click", () => handlers.openBotLink(payload, button));
    return button;
  }
  if (!/^(https?:|tel:|mailto:)/i.test(url)) return text(url);
  return h("a", { href: url, target: "_blank", rel: "noopener noreferrer", text: url });
}

/** Plain text with its links made live (the bot sends no parse_mode). */
export function textWithLinks(value: string, handlers: Handlers): HTMLElement {
  const box = h("div", { class: "text" });
  const links = /https?:\/\/[^\s<>"]*[^\s<>".,;:!?)\]'»]/g;
  let last = 0;
  for (const m of value.matchAll(links)) {
    box.appendChild(text(value.slice(last, m.index)));
    box.appendChild(link(m[0], handlers));
    last = m.index + m[0].length;
  }
  box.appendChild(text(value.slice(last)));
  return box;
}

function photo(id: string): HTMLElement {
  const missing = () => h("div", { class: "nophoto", text: "Photo (not kept by the playground)" });
  if (!id.startsWith("pg-photo-")) return missing();
  const img = h("img", { class: "photo", src: fileUrl(id), alt: "Photo", loading: "lazy" });
  img.addEventListener("error", () => img.replaceWith(missing()));
  return img;
}

function keyboard(m: Message, handlers: Handlers): HTMLElement {
  return h(
    "div",
    { class: "kb" },
    (m.keyboard ?? []).map((row) =>
      h(
        "div",
        { class: "kb-row" },
        row.map((b) => {
          const button = h("button", {
            type: "button",
            class: `inline-btn${b.url ? " url" : ""}`,
            text: b.text,
          });
          button.addEventListener("click", () => {
            if (b.data !== undefined) handlers.press(m.chat, m, b);
            else if (b.url && botLink(b.url) !== undefined)
              handlers.openBotLink(botLink(b.url) ?? "", button);
            else if (b.url) window.open(b.url, "_blank", "noopener");
          });
          return button;
        }),
      ),
    ),
  );
}

export function messageView(m: Message, handlers: Handlers): HTMLElement {
  const bubble = h("div", { class: "bubble" });
  if (m.photo) bubble.appendChild(photo(m.photo));
  if (m.document) bubble.appendChild(h("div", { class: "nophoto", text: "Document" }));
  const body = m.text ?? m.caption;
  if (body) bubble.appendChild(textWithLinks(body, handlers));
  const time = m.date === undefined ? "" : clock(m.date);
  bubble.appendChild(h("span", { class: "meta", text: m.edited ? `edited ${time}` : time }));
  const node = h("div", { class: `msg ${m.from}`, "data-message-id": m.id }, [bubble]);
  if (m.keyboard?.length) node.appendChild(keyboard(m, handlers));
  return node;
}
