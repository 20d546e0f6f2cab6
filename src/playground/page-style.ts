/** The playground page's stylesheet: Telegram-like bubbles, one column per persona. */
export const PAGE_CSS = `
:root {
  --bg: #f3f5f8; --panel: #ffffff; --ink: #1c2430; --muted: #5f6b7a; --line: #dde3ea;
  --chat: #dfe7ee; --bot: #ffffff; --user: #e3f6cf; --btn: #2f6fb5; --focus: #ffb400;
  --student: #0f8c7c; --adviser: #7a4fc4; --principal: #c46a16; --admin: #2f6fb5;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif;
  color: var(--ink); background: var(--bg);
}
* { box-sizing: border-box; }
html, body { height: 100%; margin: 0; }
body { display: flex; flex-direction: column; font-size: 15px; line-height: 1.4; }
button, select, textarea, input { font: inherit; color: inherit; }
button { cursor: pointer; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }

/* Top bar */
.top { display: flex; flex-wrap: wrap; align-items: center; gap: 10px 20px; padding: 10px 16px;
  background: var(--panel); border-bottom: 1px solid var(--line); }
.brand { display: flex; align-items: center; gap: 10px; }
.brand .logo { width: 38px; height: 38px; border-radius: 10px; display: grid; place-items: center;
  background: linear-gradient(135deg, #0f8c7c, #2f6fb5); color: #fff; }
.brand h1 { font-size: 18px; margin: 0; }
.brand p { margin: 0; font-size: 12.5px; color: var(--muted); }
.school { font-size: 13px; color: var(--muted); min-width: 0; }
.school strong { color: var(--ink); }
.school code { background: #eef2f6; border-radius: 5px; padding: 1px 5px; font-size: 12.5px; color: var(--ink); }
.actions { display: flex; gap: 8px; margin-left: auto; align-items: center; flex-wrap: wrap; }
.btn { border: 1px solid var(--line); background: #fff; border-radius: 9px; padding: 7px 12px; font-size: 14px;
  display: inline-flex; align-items: center; gap: 6px; }
.btn svg { width: 17px; height: 17px; }
.brand .logo svg { width: 24px; height: 24px; }
.icon { display: inline-grid; place-items: center; }
.spinner { display: inline-block; width: 12px; height: 12px; border: 2px solid currentColor; border-right-color: transparent;
  border-radius: 50%; animation: spin .8s linear infinite; vertical-align: -1px; }
@keyframes spin { to { transform: rotate(360deg); } }
.btn:hover { background: #f1f5f9; }
.btn.primary { background: var(--btn); border-color: var(--btn); color: #fff; }
.btn.primary:hover { background: #285f9c; }
.kvbar { width: 100%; display: flex; flex-wrap: wrap; gap: 4px 16px; font-size: 12.5px; color: var(--muted); }
.kvbar .last { font-variant-numeric: tabular-nums; }
.kvlog { position: relative; }
.kvlog summary { cursor: pointer; color: var(--btn); }
.kvlog ol { position: absolute; z-index: 30; top: 22px; left: 0; width: min(560px, 90vw); max-height: 50vh; overflow: auto;
  margin: 0; padding: 8px 12px; list-style: none; background: #fff; border: 1px solid var(--line); border-radius: 10px;
  box-shadow: 0 8px 24px rgba(0, 0, 0, .15); font-variant-numeric: tabular-nums; color: var(--ink); }
.kvlog[hidden] { display: none; }
.kvbar label { display: inline-flex; gap: 5px; align-items: center; margin-left: auto; }
.busy { display: none; color: var(--btn); }
body.is-busy .busy { display: inline; }

/* Tabs: only on narrow screens */
.tabs { display: none; gap: 4px; padding: 6px 8px 0; background: var(--panel); border-bottom: 1px solid var(--line);
  overflow-x: auto; }
.tab { border: 0; background: none; padding: 8px 12px; border-bottom: 3px solid transparent; white-space: nowrap;
  color: var(--muted); }
.tab[aria-selected="true"] { color: var(--ink); border-bottom-color: var(--btn); font-weight: 600; }
.tab .badge { display: none; }
.tab .badge.on { display: inline-block; min-width: 18px; margin-left: 5px; padding: 0 5px; border-radius: 9px;
  background: #e5484d; color: #fff; font-size: 11.5px; }

/* Columns */
main { flex: 1; min-height: 0; display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); gap: 10px; padding: 10px; }
.col { display: flex; flex-direction: column; min-height: 0; min-width: 0; background: var(--panel); border-radius: 14px;
  border: 1px solid var(--line); overflow: hidden; box-shadow: 0 1px 3px rgba(20, 30, 50, .06); position: relative; }
.col.flash { animation: flash 1.2s ease-out; }
@keyframes flash { 0% { box-shadow: 0 0 0 3px var(--focus); } 100% { box-shadow: 0 1px 3px rgba(20, 30, 50, .06); } }
.col header { display: flex; align-items: center; gap: 10px; padding: 9px 12px; border-bottom: 1px solid var(--line);
  border-top: 4px solid var(--role); }
.avatar { width: 38px; height: 38px; border-radius: 50%; background: var(--role); color: #fff; display: grid;
  place-items: center; font-weight: 700; flex: none; }
.who { min-width: 0; flex: 1; }
.who .name { font-weight: 650; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.who .role { font-size: 12.5px; color: var(--role); font-weight: 600; white-space: nowrap; overflow: hidden;
  text-overflow: ellipsis; }
.lang { display: flex; flex-direction: column; font-size: 11px; color: var(--muted); }
.lang select { font-size: 13px; padding: 2px 4px; border-radius: 6px; border: 1px solid var(--line); background: #fff; }
.qr { margin: 8px 10px 0; border: 0; border-radius: 11px; padding: 8px 12px; background: var(--student); color: #fff;
  font-weight: 650; display: flex; gap: 10px; align-items: center; text-align: left; }
.qr:hover { filter: brightness(1.07); }
.qr .icon svg { width: 28px; height: 28px; }
.qr small { display: block; font-weight: 400; opacity: .9; font-size: 12px; }

/* Chat */
.chat { flex: 1; min-height: 0; overflow-y: auto; padding: 12px 10px; display: flex; flex-direction: column; gap: 6px;
  background: var(--chat);
  background-image: radial-gradient(rgba(255, 255, 255, .35) 1px, transparent 1.5px); background-size: 18px 18px; }
.empty { margin: auto; max-width: 250px; text-align: center; color: var(--muted); font-size: 13.5px;
  background: rgba(255, 255, 255, .75); padding: 12px 14px; border-radius: 12px; }
.empty button { margin-top: 8px; }
.msg { display: flex; flex-direction: column; max-width: 88%; }
.msg.bot { align-self: flex-start; }
.msg.user { align-self: flex-end; align-items: flex-end; }
.bubble { border-radius: 14px; padding: 7px 10px 5px; box-shadow: 0 1px 1px rgba(0, 0, 0, .08); min-width: 70px;
  overflow-wrap: anywhere; }
.bot .bubble { background: var(--bot); border-bottom-left-radius: 4px; }
.user .bubble { background: var(--user); border-bottom-right-radius: 4px; }
.text { white-space: pre-wrap; }
.text a, .deeplink { color: #1f6fc5; }
.deeplink { background: none; border: 0; padding: 0; text-decoration: underline; text-align: left; font: inherit; }
.text pre, .text code { font-family: ui-monospace, "SF Mono", Menlo, Consolas, monospace; font-size: 13px; }
.text blockquote { margin: 4px 0; padding-left: 8px; border-left: 3px solid var(--btn); }
.meta { display: block; text-align: right; font-size: 11px; color: #7b8794; margin-top: 2px; }
.photo { display: block; max-width: 100%; max-height: 260px; border-radius: 10px; margin: -3px -6px 4px; }
.nophoto { display: grid; place-items: center; height: 90px; border-radius: 10px; background: #eef2f6; color: var(--muted);
  font-size: 12.5px; margin-bottom: 4px; text-align: center; padding: 6px; }
.note { font-size: 11.5px; color: var(--muted); font-style: italic; }
.kb { display: flex; flex-direction: column; gap: 4px; margin-top: 4px; width: 100%; min-width: 220px; }
.kb-row { display: flex; gap: 4px; }
.inline-btn { flex: 1; min-width: 0; border: 0; border-radius: 9px; padding: 8px 6px; background: rgba(38, 76, 115, .62);
  color: #fff; font-size: 13.5px; font-weight: 550; text-shadow: 0 1px 1px rgba(0, 0, 0, .15); }
.inline-btn:hover { background: rgba(38, 76, 115, .78); }
.inline-btn.url::after { content: " ↗"; font-size: 11px; }
.msg.deleted .icon svg { width: 13px; height: 13px; margin-right: 4px; vertical-align: -2px; }
.msg.deleted { align-self: center; display: block; max-width: none; font-size: 12px; color: var(--muted); background: rgba(255, 255, 255, .55);
  padding: 2px 10px; border-radius: 10px; font-style: italic; }
.msg.pending .meta::after { content: " · sending…"; }
.sys { align-self: center; font-size: 11.5px; color: #4b5563; background: rgba(255, 255, 255, .6); padding: 1px 9px;
  border-radius: 9px; font-variant-numeric: tabular-nums; }
.sys.error { background: #fde8e8; color: #a61b1b; }
body.hide-kv .sys.kv { display: none; }

/* Input */
.replykb { display: flex; flex-wrap: wrap; gap: 4px; padding: 6px 8px 0; }
.replykb button { flex: 1 1 40%; border: 1px solid var(--line); background: #f7f9fb; border-radius: 8px; padding: 7px; }
.composer { display: flex; gap: 6px; padding: 8px; border-top: 1px solid var(--line); align-items: flex-end; }
.composer textarea { flex: 1; resize: none; border: 1px solid var(--line); border-radius: 18px; padding: 8px 12px;
  max-height: 120px; min-height: 38px; background: #fff; }
.icon-btn { border: 0; background: none; color: #5f6b7a; display: grid; place-items: center; width: 38px; height: 38px; border-radius: 50%; flex: none; }
.icon-btn:hover { background: #eef2f6; }
.send { border: 0; background: var(--btn); color: #fff; border-radius: 18px; padding: 0 14px; height: 38px; font-weight: 600; }
.send:hover { background: #285f9c; }

/* Toasts and the deep-link menu */
.toast { position: absolute; left: 12px; right: 12px; bottom: 70px; margin: 0 auto; width: fit-content; z-index: 5;
  background: rgba(28, 36, 48, .92); color: #fff; padding: 9px 14px; border-radius: 10px; font-size: 13.5px;
  box-shadow: 0 4px 14px rgba(0, 0, 0, .2); white-space: pre-wrap; }
.toast.alert { background: #fff; color: var(--ink); border: 1px solid var(--line); bottom: auto; top: 35%; }
.toast.alert button { display: block; margin: 8px 0 0 auto; }
.menu { position: fixed; z-index: 20; background: #fff; border: 1px solid var(--line); border-radius: 12px; padding: 8px;
  box-shadow: 0 8px 24px rgba(0, 0, 0, .18); display: flex; flex-direction: column; gap: 4px; min-width: 190px; }
.menu p { margin: 0 4px 4px; font-size: 12.5px; color: var(--muted); }
.menu button { text-align: left; border: 0; background: #f3f6f9; border-radius: 8px; padding: 7px 10px; }
.menu button:hover { background: #e6edf4; }

details.others { margin: 0 10px 10px; background: var(--panel); border: 1px solid var(--line); border-radius: 12px;
  padding: 6px 12px; font-size: 13px; }
details.others[hidden] { display: none; }

@media (max-width: 1000px) {
  .tabs { display: flex; }
  main { grid-template-columns: 1fr; padding: 8px; }
  .col:not(.active) { display: none; }
  .actions { margin-left: 0; }
  .brand p, #kv-total { display: none; }
  .top { padding: 8px 12px; gap: 6px 14px; }
}
@media (prefers-reduced-motion: reduce) { .col.flash { animation: none; } }
`;
