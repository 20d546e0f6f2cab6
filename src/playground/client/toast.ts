/**
 * A bot's answer to a button press, as Telegram shows it: a short notice over the chat, or with
 * show_alert a box to dismiss. Also the page's own short notices in a column.
 */
import { h } from "./dom.ts";

const shown = new WeakMap<HTMLElement, { node: HTMLElement; timer: number }>();

export function toast(section: HTMLElement, text: string, alert = false): void {
  const old = shown.get(section);
  if (old) {
    old.node.remove();
    clearTimeout(old.timer);
  }
  const node = h(
    "div",
    {
      class: `toast${alert ? " alert" : ""}`,
      role: alert ? "alertdialog" : "status",
      "aria-label": alert ? "Message from the bot" : null,
    },
    [h("p", { text })],
  );
  section.appendChild(node);
  let timer = 0;
  if (alert) {
    const ok = h("button", { type: "button", class: "btn", text: "OK" });
    ok.addEventListener("click", () => node.remove());
    node.appendChild(ok);
    ok.focus();
  } else {
    timer = window.setTimeout(() => node.remove(), 4000);
  }
  shown.set(section, { node, timer });
}
