/**
 * The page at work: a person's message or button press goes to the Worker one at a time (as
 * Telegram delivers a chat's updates in order), and every answer — or a poll, every second while
 * the page is visible — brings what Telegram now shows: the bot's answers, the notices the queue
 * delivered later, refusals. The store keeps it; the views draw the chats it changed.
 */
import type { Persona } from "../personas.ts";
import { ROLE } from "../roles.ts";
import type { Button } from "../shown.ts";
import * as api from "./api.ts";
import { ChatView } from "./chat-view.ts";
import type { Outgoing } from "./composer.ts";
import { h, must, short } from "./dom.ts";
import { personaMenu } from "./menu.ts";
import type { Handlers } from "./message-view.ts";
import { Status } from "./status.ts";
import { type Changes, type Item, Store } from "./store.ts";
import { Tabs } from "./tabs.ts";
import { toast } from "./toast.ts";

const POLL_MS = 1_000;
const POLL_RETRY_MS = 5_000;

export class Playground {
  readonly store = new Store();
  readonly status = new Status();
  readonly tabs: Tabs;
  private readonly views = new Map<number, ChatView>();
  private queue: Promise<void> = Promise.resolve();
  private inFlight = 0;
  private pollFailures = 0;

  readonly handlers: Handlers = {
    press: (chat, message, button) => this.press(chat, message.id, button),
    openBotLink: (payload, anchor) =>
      personaMenu(anchor, this.personas, (p) => {
        this.tabs.show(p.id);
        this.send(p.id, { text: `/start ${payload}` });
      }),
  };

  /** `elsewhere`: personas without a chat column (the partner), named where their messages are listed. */
  constructor(
    readonly personas: readonly Persona[],
    private readonly elsewhere: readonly Persona[] = [],
  ) {
    for (const p of personas) this.views.set(p.id, new ChatView(must<HTMLElement>(`#col-${p.id}`)));
    this.tabs = new Tabs(personas.map((p) => p.id));
  }

  private persona(id: number): Persona | undefined {
    return this.personas.find((p) => p.id === id);
  }

  /** Runs requests one after another; the page shows it is busy meanwhile (the browser tests wait on it). */
  private enqueue(task: () => Promise<void>): Promise<void> {
    this.busy(1);
    this.queue = this.queue.then(task).finally(() => this.busy(-1));
    return this.queue;
  }

  private busy(delta: number): void {
    this.inFlight += delta;
    document.body.classList.toggle("is-busy", this.inFlight > 0);
    document.body.setAttribute("aria-busy", String(this.inFlight > 0));
  }

  send(personaId: number, out: Outgoing): void {
    const pending: Item = { kind: "pending", seq: Number.POSITIVE_INFINITY, ...out };
    this.store.add(personaId, pending);
    this.draw(new Set([personaId]));
    const what = out.photo ? "photo" : `“${short(out.text ?? "")}”`;
    void this.enqueue(() =>
      this.update(personaId, what, pending, () =>
        api.send({ persona: personaId, ...out, cursor: this.store.cursor }),
      ),
    );
  }

  press(personaId: number, messageId: number, button: Button): void {
    if (button.data === undefined) return;
    const data = button.data;
    void this.enqueue(() =>
      this.update(personaId, `taps “${short(button.text)}”`, undefined, () =>
        api.press({ persona: personaId, messageId, data, cursor: this.store.cursor }),
      ),
    );
  }

  private async update(
    actor: number,
    what: string,
    pending: Item | undefined,
    request: () => Promise<api.Answer>,
  ): Promise<void> {
    try {
      const answer = await request();
      if (pending) this.store.remove(actor, pending);
      this.take(answer, actor);
      if (answer.unavailable)
        this.store.note(actor, "The Worker answered 503: Telegram would deliver this update again.", "error");
      this.store.cost(actor, { ...answer.kv, desk: answer.desk });
      this.status.cost(this.persona(actor)?.first_name ?? String(actor), what, {
        ...answer.kv,
        desk: answer.desk,
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (pending?.kind === "pending") {
        this.store.remove(actor, pending);
        this.store.add(actor, {
          ...pending,
          seq: this.store.cursor + 0.5,
          failed: `Not delivered: ${reason}`,
        });
      } else this.store.note(actor, `Not delivered: ${reason}`, "error");
      this.status.say(`The Worker could not be reached: ${reason}`, "error");
    }
    this.draw(new Set([actor]));
  }

  runCron(): void {
    void this.enqueue(async () => {
      try {
        const answer = await api.scheduled(this.store.cursor);
        this.take(answer);
        this.status.cron(answer);
      } catch (error) {
        this.status.say(`Cron failed: ${error instanceof Error ? error.message : String(error)}`, "error");
      }
    });
  }

  /** Moves the playground's clock a day ahead (src/playground/clock.ts). */
  skipDay(): void {
    void this.enqueue(async () => {
      try {
        const answer = await api.clock(1, this.store.cursor);
        this.take(answer);
        this.status.clock(answer.clockMs, answer.now, true);
      } catch (error) {
        this.status.say(
          `The clock did not move: ${error instanceof Error ? error.message : String(error)}`,
          "error",
        );
      }
    });
  }

  /** Hides everything so far; Telegram and the bot keep it (a fresh look, not a reset of the bot). */
  clear(): void {
    this.store.clearedAt = this.store.cursor + 0.5;
    for (const chat of this.store.chats.values())
      chat.items = chat.items.filter((i) => i.kind === "pending" || i.seq > this.store.clearedAt);
    must<HTMLOListElement>("#others-list").replaceChildren();
    must<HTMLElement>("#others").hidden = true;
    this.draw(new Set(this.views.keys()));
    this.status.say("Chats cleared on this page. What the bot stored, and what Telegram keeps, stays.");
  }

  /** Applies an answer: draws what changed, notices what arrived elsewhere, shows refusals and press answers. */
  take(since: api.Since, actor?: number, quiet = false): Changes {
    const changes = this.store.apply(since);
    if (changes.restarted) {
      for (const id of this.views.keys()) {
        this.store.note(
          id,
          "The Worker restarted: its simulated Telegram starts empty. What the bot stored remains.",
          "info",
        );
      }
      this.draw(new Set(this.views.keys()));
      // The answer counted from a cursor of the old Telegram: ask for everything the new one holds.
      void this.enqueue(async () => {
        this.take(await api.poll(0), undefined, true);
      });
      return changes;
    }
    for (const call of changes.calls) {
      const chat = call.chat !== undefined && this.views.has(call.chat) ? call.chat : actor;
      if (call.error) {
        // Discreet: the gist in the chat, Telegram's whole answer on hover.
        const gist = call.error.replace(/^(Bad Request|Forbidden|Too Many Requests): /, "").split(": ")[0];
        const note = `Telegram refused ${call.method}: ${gist}`;
        if (chat !== undefined) this.store.note(chat, note, "error", call.error);
        else this.other(call.chat, note);
        changes.chats.add(chat ?? 0);
      } else if (!quiet && call.method === "answerCallbackQuery" && chat !== undefined) {
        const text = call.payload.text;
        if (typeof text === "string" && text)
          toast(must<HTMLElement>(`#col-${chat}`), text, call.payload.show_alert === true);
      }
    }
    for (const chat of changes.chats) {
      if (this.views.has(chat)) continue;
      for (const { message } of this.store.visible(chat))
        if (message) this.other(chat, message.text ?? message.caption ?? "[photo]");
      this.store.chats.delete(chat);
    }
    this.draw(changes.chats);
    if (!quiet) {
      for (const [chat, n] of changes.arrived) {
        if (chat === actor || !this.views.has(chat)) continue;
        this.tabs.arrived(chat, n);
        this.flash(chat);
      }
    }
    return changes;
  }

  /** A message to a chat that is not a persona's (a club's group, a school's real staff). */
  private other(chat: number | undefined, text: string): void {
    const list = must<HTMLOListElement>("#others-list");
    const p = this.elsewhere.find((x) => x.id === chat);
    const who = p ? `${p.first_name} (${ROLE[p.role].title})` : `chat ${chat ?? "?"}`;
    list.appendChild(h("li", { text: `${who}: ${short(text, 120)}` }));
    must<HTMLElement>("#others").hidden = false;
  }

  private flash(chat: number): void {
    const section = this.views.get(chat)?.section;
    if (!section) return;
    section.classList.remove("flash");
    void section.offsetWidth; // restart the animation
    section.classList.add("flash");
  }

  draw(chats: Set<number>): void {
    for (const id of chats) this.views.get(id)?.render(this.store.visible(id), this.handlers);
  }

  /** Asks for what happened since the last answer, every second while the page is visible. */
  async pollForever(): Promise<never> {
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, this.pollFailures ? POLL_RETRY_MS : POLL_MS));
      // An update in flight brings the same news with its answer.
      if (document.visibilityState !== "visible" || this.inFlight > 0) continue;
      try {
        this.take(await api.poll(this.store.cursor));
        if (this.pollFailures) this.status.say("The Worker answers again.");
        this.pollFailures = 0;
      } catch (error) {
        if (!this.pollFailures++)
          this.status.say(
            `Cannot reach the Worker (${error instanceof Error ? error.message : String(error)}); trying again.`,
            "error",
          );
      }
    }
  }
}
