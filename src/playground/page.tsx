/**
 * The playground page, rendered on the server: a column per persona (a tab each on a phone), a
 * composer, the demo school, the cron button and the dashboard's Mini App sheet. The client
 * (client/, bundled into /playground/client.js) brings it to life; nothing is fetched from anywhere
 * but this Worker, so the page works offline and the browser tests can assert that nothing leaves
 * localhost.
 */
import type { Child } from "hono/jsx";
import { html } from "hono/html";
import { Icon } from "./icons.tsx";
import { DASHBOARD_ROLES, type DEMO_SCHOOL, type Persona } from "./personas.ts";
import { fullName, ROLE } from "./roles.ts";

const hasDashboard = (p: Persona) => DASHBOARD_ROLES.some((r) => r === p.role);

/**
 * Telegram's Mini App sheet, for the dashboard: the playground's address is http, where Telegram
 * allows no web_app button, so the page opens /dashboard/dev/<role> here instead — initData signed
 * with the playground's token, checked by the same code as in production (client/miniapp.ts).
 */
function MiniAppSheet({ dashboards }: { dashboards: readonly Persona[] }) {
  return (
    <dialog id="miniapp" class="miniapp" aria-labelledby="miniapp-title" data-testid="miniapp">
      <div class="sheet">
        <header class="sheet-head">
          <button
            type="button"
            class="sheet-close"
            data-testid="miniapp-close"
            aria-label="Close the dashboard"
          >
            <Icon name="close" />
            <span>Close</span>
          </button>
          <div class="sheet-title">
            <h2 id="miniapp-title">Ura dashboard</h2>
            <p id="miniapp-sub">Mini App</p>
          </div>
          <label class="sheet-as">
            <span class="visually-hidden">Open the dashboard as</span>
            <select id="miniapp-as" data-testid="miniapp-as">
              {dashboards.map((p) => (
                <option value={p.role}>
                  {p.first_name} · {ROLE[p.role].tab}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            class="sheet-wide"
            id="miniapp-wide"
            aria-pressed="false"
            aria-label="Wide, as on a computer"
            title="Wide, as on a computer"
          >
            <Icon name="expand" />
          </button>
        </header>
        <iframe
          id="miniapp-frame"
          name="miniapp"
          title="The dashboard, as Telegram shows a Mini App"
          src="about:blank"
          referrerpolicy="no-referrer"
        />
      </div>
    </dialog>
  );
}

function Column({ p }: { p: Persona }) {
  const role = ROLE[p.role];
  const handle = p.username ? ` · @${p.username}` : "";
  return (
    <section
      class={`col role-${p.role}`}
      id={`col-${p.id}`}
      data-persona={p.role}
      data-id={String(p.id)}
      aria-labelledby={`name-${p.id}`}
    >
      <header class="col-head">
        <div class="avatar" aria-hidden="true">
          {p.first_name.charAt(0)}
        </div>
        <div class="who">
          <h2 class="name" id={`name-${p.id}`}>
            {fullName(p)}
          </h2>
          <p class="role" title={`Telegram id ${p.id}${handle}`}>
            {role.title}
          </p>
        </div>
      </header>
      {p.role === "student" && (
        <button type="button" class="qr" data-testid="open-school-link">
          <Icon name="qr" />
          <span>
            Open the school's link <small>like scanning the QR code on its poster</small>
          </span>
        </button>
      )}
      {hasDashboard(p) && (
        <button type="button" class="open-dashboard" data-dashboard={p.role} data-testid="open-dashboard">
          <Icon name="chart" />
          <span>
            Dashboard <small>the Mini App that /trends opens in Telegram</small>
          </span>
        </button>
      )}
      <div class="chat" role="log" aria-label={`Chat of ${p.first_name}`} tabindex={0}>
        <div class="empty">
          <p>{role.hint}</p>
          {role.first && (
            <button type="button" class="btn" data-send={role.first}>
              Send {role.first}
            </button>
          )}
        </div>
      </div>
      <form class="composer">
        <button
          type="button"
          class="icon-btn"
          data-testid="attach"
          aria-label="Send a photo"
          title="Send a photo (the text in the box becomes its caption)"
        >
          <Icon name="clip" />
        </button>
        <input type="file" accept="image/*" hidden data-testid="photo-input" />
        <textarea
          rows={1}
          data-testid="input"
          placeholder="Message"
          aria-label={`Message to the bot as ${p.first_name}`}
        />
        <button type="submit" class="send" data-testid="send">
          Send
        </button>
      </form>
    </section>
  );
}

function Tab({ p, active }: { p: Persona; active: boolean }) {
  return (
    <button
      type="button"
      class={`tab role-${p.role}`}
      data-tab={String(p.id)}
      aria-controls={`col-${p.id}`}
      aria-current={active ? "true" : undefined}
    >
      <span class="tab-name">{p.first_name}</span>
      <span class="tab-role">{ROLE[p.role].tab}</span>
      <span class="badge" hidden />
    </button>
  );
}

interface PageProps {
  /** The personas with a chat column. */
  personas: readonly Persona[];
  /** The personas whose dashboard the Mini App sheet opens. */
  dashboards: readonly Persona[];
  school: typeof DEMO_SCHOOL;
}

function Page({ personas, dashboards, school }: PageProps): Child {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>Ura playground</title>
        <link rel="stylesheet" href="/playground/client.css" />
        <script type="module" src="/playground/client.js" />
      </head>
      <body>
        <header class="top">
          <div class="brand">
            <div class="logo" aria-hidden="true">
              <Icon name="bridge" />
            </div>
            <div>
              <h1>Ura playground</h1>
              <p class="tagline">
                Student, adviser, principal, child protection and admin at once — no Telegram needed.
              </p>
            </div>
          </div>
          <div class="actions">
            <button
              type="button"
              class="btn"
              data-testid="run-cron"
              id="run-cron"
              title="Runs what the Worker's cron trigger runs every 15 minutes: reminders, escalations, retention"
            >
              <Icon name="clock" /> <span class="long">Run scheduled jobs (cron)</span>
              <span class="short">Cron</span>
            </button>
            <button
              type="button"
              class="btn"
              data-testid="skip-day"
              id="skip-day"
              title="Moves the playground's clock a day ahead; then run the cron to see what is due"
            >
              <Icon name="forward" /> <span class="long">A day later</span>
              <span class="short">+1 day</span>
            </button>
            <button
              type="button"
              class="btn"
              data-testid="reset"
              id="reset"
              aria-label="Clear chats"
              title="Hides the chats on this page; what the bot and Telegram keep stays"
            >
              <Icon name="reset" /> <span class="long">Clear chats</span>
            </button>
          </div>
          <p class="school">
            <span id="school">
              Demo school <strong>{school.name}</strong> · code <code>{school.code}</code> · preparing…
            </span>{" "}
            <span id="clock" class="clock" hidden />
          </p>
        </header>
        <div class="statusbar">
          <p id="status" role="status">
            Each request's storage cost shows here.
          </p>
          <details id="cost-log" hidden>
            <summary>cost per request</summary>
            <ol id="cost-list" />
          </details>
          <label class="toggle">
            <input type="checkbox" id="cost-toggle" checked /> costs in chats
          </label>
        </div>
        <nav class="tabs" aria-label="Personas">
          {personas.map((p, i) => (
            <Tab p={p} active={i === 0} />
          ))}
        </nav>
        <main id="cols">
          {personas.map((p) => (
            <Column p={p} />
          ))}
        </main>
        <details class="others" id="others" hidden>
          <summary>Messages to chats that are not one of the personas</summary>
          <ol id="others-list" />
        </details>
        <MiniAppSheet dashboards={dashboards} />
      </body>
    </html>
  );
}

export const PlaygroundPage = (props: PageProps) => html`<!doctype html>${Page(props)}`;
