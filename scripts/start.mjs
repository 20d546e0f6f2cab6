#!/usr/bin/env node
/**
 * `npm start`: runs the Worker locally with wrangler and, without a BOT_TOKEN, seeds the demo school
 * and points the newcomer at the playground. Wrangler's own output stays visible (its errors are
 * the useful ones); this script only adds a banner once the Worker answers.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { ensureNode22 } from "./node22.mjs";

ensureNode22();

const PORT = Number(process.env.PORT ?? 8787);
const BASE = `http://localhost:${PORT}`;
const READY_TIMEOUT_MS = 90_000;

function hasBotToken() {
  if (!existsSync(".dev.vars")) return false;
  return /^\s*BOT_TOKEN\s*=\s*["']?[^\s"'#]+/m.test(readFileSync(".dev.vars", "utf8"));
}

const child = spawn(
  "npx",
  ["wrangler", "dev", "--local", "--port", String(PORT), "--persist-to", ".wrangler/state"],
  { stdio: "inherit" },
);

let exiting = false;
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    exiting = true;
    if (child.exitCode === null) child.kill(signal);
  });
}
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
child.on("error", (error) => {
  console.error(`Could not start wrangler: ${error.message}`);
  process.exit(1);
});

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForHealth() {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline && !exiting && child.exitCode === null) {
    try {
      const response = await fetch(`${BASE}/health`);
      if (response.ok) return await response.json();
    } catch {
      // not listening yet
    }
    await sleep(300);
  }
  return null;
}

function banner(lines) {
  const width = Math.max(...lines.map((line) => line.length));
  const rule = "═".repeat(width + 2);
  console.log(`\n╔${rule}╗\n${lines.map((line) => `║ ${line.padEnd(width)} ║`).join("\n")}\n╚${rule}╝\n`);
}

const health = await waitForHealth();
if (!health) {
  if (!exiting && child.exitCode === null) {
    console.error(
      `\nThe Worker did not answer ${BASE}/health within ${READY_TIMEOUT_MS / 1000} s — see wrangler's output above.`,
    );
  }
} else if (health.mode === "telegram" || hasBotToken()) {
  banner([
    "Ura runs in Telegram mode (BOT_TOKEN is set in .dev.vars).",
    `Webhook: POST ${BASE}/telegram/webhook   Health: ${BASE}/health`,
    "The playground is off; remove BOT_TOKEN from .dev.vars to use it.",
  ]);
} else {
  try {
    const response = await fetch(`${BASE}/playground/api/seed`, { method: "POST" });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const { school, seeded } = await response.json();
    banner([
      `Ura playground: ${BASE}/playground`,
      "",
      `Demo school:  ${school.name} (${school.municipality}, ${school.country})${seeded ? " — just created" : ""}`,
      `School code:  ${school.code}`,
      `Student link: ${school.link}`,
      "",
      "No Telegram token is needed: the page plays student, adviser, principal and admin.",
      "Stop with Ctrl+C.",
    ]);
  } catch (error) {
    console.error(`\nThe Worker is up, but seeding the demo school failed (${error.message}).`);
    console.error(`Open ${BASE}/playground anyway, and see wrangler's output above.`);
  }
}
