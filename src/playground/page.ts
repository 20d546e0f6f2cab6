/**
 * The playground page: one self-contained HTML document (no external scripts, fonts or images, so
 * it works offline and the browser tests can assert that nothing leaves localhost). The page plays
 * Telegram for four personas; the bot's behaviour comes only from POST /playground/api/*.
 */
import { PAGE_SCRIPT } from "./page-script.ts";
import { PAGE_CSS } from "./page-style.ts";
import { DEMO_SCHOOL, PERSONAS } from "./personas.ts";

const svg = (body: string, fill = "none") =>
  `<svg viewBox="0 0 24 24" width="20" height="20" fill="${fill}" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${body}</svg>`;

/** Inline SVG rather than emoji: CI machines and many desktops have no colour-emoji font. */
const ICONS = {
  bridge: svg('<path d="M2 17h20M5 17v-5M19 17v-5M12 17V9"/><path d="M2 13c4-6 16-6 20 0"/>'),
  qr: svg(
    '<rect x="3" y="3" width="7" height="7" rx="1"/><rect x="14" y="3" width="7" height="7" rx="1"/>' +
      '<rect x="3" y="14" width="7" height="7" rx="1"/><path d="M14 14h3v3h-3zM18 18h3v3h-3zM14 20h1M20 14h1"/>',
  ),
  clip: svg(
    '<path d="M21.44 11.05l-9.19 9.19a6 6 0 0 1-8.49-8.49l9.19-9.19a4 4 0 0 1 5.66 5.66l-9.2 9.19a2 2 0 0 1-2.83-2.83l8.49-8.48"/>',
  ),
  clock: svg('<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3 2"/>'),
  reset: svg('<path d="M3 4v6h6"/><path d="M3.5 15a9 9 0 1 0 2.1-9.4L3 10"/>'),
  trash: svg('<path d="M3 6h18M8 6V4h8v2M6 6l1 14h10l1-14"/>'),
};

/** JSON inside <script> must not be able to close the element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");

export function playgroundPage(): string {
  const boot = { personas: PERSONAS, school: DEMO_SCHOOL, icons: ICONS };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ura playground</title>
<style>${PAGE_CSS}</style>
</head>
<body>
<div class="top" role="banner">
  <div class="brand">
    <div class="logo" aria-hidden="true">${ICONS.bridge}</div>
    <div>
      <h1>Ura playground</h1>
      <p>Be a student, an adviser, a principal and an admin at once — no Telegram needed.</p>
    </div>
  </div>
  <div class="school" id="school" aria-live="polite">Preparing the demo school…</div>
  <div class="actions">
    <span class="busy" aria-live="polite"><span class="spinner"></span> working…</span>
    <button type="button" class="btn" data-testid="run-cron" id="run-cron"
      title="Runs what the Worker's cron trigger runs every 15 minutes: reminders, escalations, retention">
      ${ICONS.clock} Run scheduled jobs (cron)</button>
    <button type="button" class="btn" data-testid="reset" id="reset"
      title="Clears the chats on this page only; what the bot stored stays">${ICONS.reset} Reset chats</button>
  </div>
  <div class="kvbar">
    <span class="last" id="kv-last" aria-live="polite">KV cost per request shows here.</span>
    <span id="kv-total"></span>
    <details class="kvlog" id="kv-log" hidden><summary>per-update log</summary><ol id="kv-log-list"></ol></details>
    <label><input type="checkbox" id="kv-toggle" checked> show KV cost in chats</label>
  </div>
</div>
<nav class="tabs" role="tablist" aria-label="Personas" id="tabs"></nav>
<main id="cols"></main>
<details class="others" id="others" hidden>
  <summary>Messages to chats that are not one of the personas</summary>
  <div id="others-list"></div>
</details>
<script type="application/json" id="boot">${scriptJson(boot)}</script>
<script>${PAGE_SCRIPT}</script>
</body>
</html>`;
}
