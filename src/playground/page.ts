/**
 * The playground page: one self-contained HTML document (no external scripts, fonts or images, so
 * it works offline and the browser tests can assert that nothing leaves localhost). The page plays
 * Telegram for four personas; the bot's behaviour comes only from POST /playground/api/*.
 */
import { PAGE_SCRIPT } from "./page-script.ts";
import { PAGE_CSS } from "./page-style.ts";
import { DEMO_SCHOOL, PERSONAS } from "./personas.ts";

/** JSON inside <script> must not be able to close the element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");

export function playgroundPage(): string {
  const boot = { personas: PERSONAS, school: DEMO_SCHOOL };
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
    <div class="logo" aria-hidden="true">🌉</div>
    <div>
      <h1>Ura playground</h1>
      <p>Be a student, an adviser, a principal and an admin at once — no Telegram needed.</p>
    </div>
  </div>
  <div class="school" id="school" aria-live="polite">Preparing the demo school…</div>
  <div class="actions">
    <span class="busy" aria-live="polite">⏳ working…</span>
    <button type="button" class="btn" data-testid="run-cron" id="run-cron"
      title="Runs what the Worker's cron trigger runs every 15 minutes: reminders, escalations, retention">
      ⏱ Run scheduled jobs (cron)</button>
    <button type="button" class="btn" data-testid="reset" id="reset"
      title="Clears the chats on this page only; what the bot stored stays">↺ Reset chats</button>
  </div>
  <div class="kvbar">
    <span class="last" id="kv-last" aria-live="polite">KV cost per request shows here.</span>
    <span id="kv-total"></span>
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
