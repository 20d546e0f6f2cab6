/**
 * "Open this link as…": a link to the bot (a school's poster, an invite) can be opened by any
 * persona, as if they had tapped it on their phone. Escape or a click elsewhere closes the menu;
 * focus returns to the link.
 */
import type { Persona } from "../personas.ts";
import { ROLE } from "../roles.ts";
import { h } from "./dom.ts";

let open: { menu: HTMLElement; anchor: HTMLElement } | undefined;

function close(refocus: boolean): void {
  if (!open) return;
  open.menu.remove();
  if (refocus) open.anchor.focus();
  open = undefined;
}

document.addEventListener("keydown", (event) => {
  if (event.key === "Escape") close(true);
});
document.addEventListener(
  "click",
  (event) => {
    if (
      open &&
      event.target instanceof Node &&
      !open.menu.contains(event.target) &&
      event.target !== open.anchor
    )
      close(false);
  },
  true,
);

export function personaMenu(
  anchor: HTMLElement,
  personas: readonly Persona[],
  choose: (p: Persona) => void,
): void {
  close(false);
  const items = personas.map((p) => {
    const item = h("button", {
      type: "button",
      role: "menuitem",
      text: `${p.first_name} (${ROLE[p.role].title})`,
    });
    item.addEventListener("click", () => {
      close(false);
      choose(p);
    });
    return item;
  });
  const menu = h("div", { class: "menu", role: "menu", "aria-label": "Open the link as" }, [
    h("p", { text: "Open this link in Telegram as…" }),
    ...items,
  ]);
  document.body.appendChild(menu);
  const r = anchor.getBoundingClientRect();
  const left = Math.max(8, Math.min(r.left, innerWidth - menu.offsetWidth - 8));
  const below = r.bottom + 4 + menu.offsetHeight <= innerHeight;
  menu.style.left = `${left}px`;
  menu.style.top = `${below ? r.bottom + 4 : Math.max(8, r.top - menu.offsetHeight - 4)}px`;
  open = { menu, anchor };
  items[0]?.focus();
}
