/**
 * On a phone one persona shows at a time, chosen in the tab bar, and a tab counts what arrived
 * while it was hidden; on a desktop every column shows and the tab bar is hidden (CSS). The
 * chosen tab survives a reload.
 */
import { must } from "./dom.ts";

const KEY = "ura-playground-tab";

export class Tabs {
  private active: number;
  private readonly unread = new Map<number, number>();
  private readonly narrow = window.matchMedia("(max-width: 1099px)");

  constructor(private readonly ids: number[]) {
    const saved = Number(localStorage.getItem(KEY));
    this.active = ids.includes(saved) ? saved : (ids[0] ?? 0);
    for (const id of ids) this.tab(id).addEventListener("click", () => this.show(id));
    this.draw();
  }

  private tab(id: number): HTMLButtonElement {
    return must<HTMLButtonElement>(`.tab[data-tab="${id}"]`);
  }

  /** Whether the persona's chat is on screen now. */
  visible(id: number): boolean {
    return !this.narrow.matches || id === this.active;
  }

  show(id: number): void {
    this.active = id;
    this.unread.delete(id);
    localStorage.setItem(KEY, String(id));
    this.draw();
  }

  /** New bot messages in a chat that is not on screen. */
  arrived(id: number, count: number): void {
    if (this.visible(id)) return;
    this.unread.set(id, (this.unread.get(id) ?? 0) + count);
    this.draw();
  }

  private draw(): void {
    for (const id of this.ids) {
      const on = id === this.active;
      const tab = this.tab(id);
      if (on) tab.setAttribute("aria-current", "true");
      else tab.removeAttribute("aria-current");
      must<HTMLElement>(`#col-${id}`).classList.toggle("active", on);
      const n = this.unread.get(id) ?? 0;
      const badge = must<HTMLElement>(".badge", tab);
      badge.hidden = n === 0;
      badge.textContent = String(n);
      badge.setAttribute("aria-label", `${n} new`);
    }
  }
}
