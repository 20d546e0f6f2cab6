/**
 * The dashboard in a sheet shaped like Telegram's Mini App: a modal dialog over the page (focus
 * stays inside, Escape or Close ends it, focus returns to the button that opened it) holding an
 * iframe of this Worker's /dashboard/dev/<role>. That route signs initData with the playground's
 * token and hands it to /dashboard in the URL fragment, as Telegram does; the dashboard's own boot
 * page and validator do the rest, exactly as in production. Only the three roles with a dashboard.
 *
 * On a phone the sheet takes the screen, as Telegram's does; on a computer it is a Mini App's
 * narrow window, or, with the "wide" button, as wide as the dashboard in a computer's browser.
 */
import type { Persona } from "../personas.ts";
import { must } from "./dom.ts";

type Role = Persona["role"];

export class MiniApp {
  private readonly dialog = must<HTMLDialogElement>("#miniapp");
  private readonly frame = must<HTMLIFrameElement>("#miniapp-frame");
  // A select, typed by what is used of it: HTMLSelectElement's remove(index) clashes with
  // workers-types' Element (dom.ts).
  private readonly as = must<HTMLElement & { value: string }>("#miniapp-as");
  private readonly sub = must<HTMLElement>("#miniapp-sub");
  private readonly wide = must<HTMLButtonElement>("#miniapp-wide");

  constructor(private readonly personas: readonly Persona[]) {
    must<HTMLButtonElement>('[data-testid="miniapp-close"]').addEventListener("click", () => this.close());
    this.as.addEventListener("change", () => this.load(this.as.value as Role));
    this.wide.addEventListener("click", () => this.setWide(!this.dialog.classList.contains("wide")));
    // A click on the backdrop (the dialog itself, around the sheet) closes it, as a tap outside does.
    this.dialog.addEventListener("click", (event) => {
      if (event.target === this.dialog) this.close();
    });
    this.dialog.addEventListener("close", () => {
      this.frame.src = "about:blank";
      delete this.dialog.dataset.loaded;
    });
    this.frame.addEventListener("load", () => {
      if (this.frame.src !== "about:blank") this.dialog.dataset.loaded = "true";
    });
    for (const button of document.querySelectorAll<HTMLButtonElement>("[data-dashboard]"))
      button.addEventListener("click", () => this.open(button.dataset.dashboard as Role));
  }

  open(role: Role): void {
    if (!this.personas.some((p) => p.role === role)) return;
    this.as.value = role;
    this.load(role);
    if (!this.dialog.open) this.dialog.showModal();
  }

  close(): void {
    if (this.dialog.open) this.dialog.close();
  }

  private load(role: Role): void {
    const p = this.personas.find((x) => x.role === role);
    if (!p) return;
    this.sub.textContent = `Mini App · ${p.first_name}`;
    delete this.dialog.dataset.loaded;
    // A new address each time: the dashboard signs in afresh for whoever is chosen now.
    this.frame.src = `/dashboard/dev/${encodeURIComponent(role)}`;
  }

  private setWide(on: boolean): void {
    this.dialog.classList.toggle("wide", on);
    this.wide.setAttribute("aria-pressed", String(on));
  }
}
