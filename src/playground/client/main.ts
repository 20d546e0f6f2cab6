/**
 * The playground page's client (bundled by scripts/build-playground.ts, served as
 * /playground/client.js): seeds the demo school, shows what Telegram holds, and wires the page the
 * server rendered (page.tsx). `body[data-ready]` tells people and browser tests it is ready.
 */
import { botLink } from "./message-view.ts";
import * as api from "./api.ts";
import { wireComposer } from "./composer.ts";
import { h, must } from "./dom.ts";
import { MiniApp } from "./miniapp.ts";
import { Playground } from "./playground.ts";
import { toast } from "./toast.ts";

const COST_KEY = "ura-playground-hide-cost";

function showSchool(school: api.Seeded["school"], open: (anchor: HTMLElement) => void): void {
  const shown = school.link.replace(/^https:\/\//, "");
  const link = h("button", {
    type: "button",
    class: "deeplink",
    text: shown,
    title: `${school.link} — open it as one of the personas`,
  });
  link.addEventListener("click", () => open(link));
  must<HTMLElement>("#school").replaceChildren(
    "Demo school ",
    h("strong", { text: school.name }),
    ` · ${school.municipality} · code `,
    h("code", { text: school.code }),
    " · student link ",
    link,
  );
}

function wireCostToggle(): void {
  const toggle = must<HTMLInputElement>("#cost-toggle");
  const hide = (on: boolean) => document.body.classList.toggle("hide-cost", on);
  toggle.checked = localStorage.getItem(COST_KEY) !== "1";
  hide(!toggle.checked);
  toggle.addEventListener("change", () => {
    localStorage.setItem(COST_KEY, toggle.checked ? "0" : "1");
    hide(!toggle.checked);
  });
}

async function start(): Promise<void> {
  wireCostToggle();
  let seeded: api.Seeded;
  try {
    seeded = await api.seed();
  } catch (error) {
    must<HTMLElement>("#school").textContent =
      `Could not reach the Worker: ${error instanceof Error ? error.message : String(error)}`;
    return;
  }
  const chats = new Set(seeded.personas.map((p) => p.id));
  const playground = new Playground(
    seeded.personas,
    seeded.dashboards.filter((p) => !chats.has(p.id)),
  );
  const student = seeded.personas.find((p) => p.role === "student");
  const payload = botLink(seeded.school.link) ?? `s-${seeded.school.code}`;
  showSchool(seeded.school, (anchor) => playground.handlers.openBotLink(payload, anchor));
  for (const p of seeded.personas) {
    const section = must<HTMLElement>(`#col-${p.id}`);
    wireComposer(
      section,
      (out) => playground.send(p.id, out),
      (problem) => toast(section, problem),
    );
  }
  if (student) {
    must<HTMLButtonElement>('[data-testid="open-school-link"]').addEventListener("click", () =>
      playground.send(student.id, { text: `/start ${payload}` }),
    );
  }
  new MiniApp(seeded.dashboards);
  must<HTMLButtonElement>("#run-cron").addEventListener("click", () => playground.runCron());
  must<HTMLButtonElement>("#reset").addEventListener("click", () => playground.clear());
  must<HTMLButtonElement>("#skip-day").addEventListener("click", () => playground.skipDay());
  playground.status.clock(seeded.clockMs, Date.now(), false);
  playground.take(seeded, undefined, true);
  playground.draw(new Set(seeded.personas.map((p) => p.id)));
  document.body.dataset.ready = "true";
  void playground.pollForever();
}

void start();
