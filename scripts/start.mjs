#!/usr/bin/env node
/**
 * `npm start`: the playground — the Worker under wrangler dev with PLAYGROUND=1 (its explicit
 * opt-in), no Telegram token, the demo school seeded, and a banner pointing at the page. Plain
 * JavaScript because it first makes sure of Node ≥ 22.12 (node22.mjs), which the TypeScript
 * scripts need. Wrangler's own output stays visible (its errors are the useful ones).
 *
 * It refuses, saying what to do instead, when the port is taken (another `npm start`?) — so it
 * never greets you with a banner for somebody else's server — and when .dev.vars holds the real
 * bot's secrets: running the real bot locally is `npm run dev`.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { ensureNode22 } from "./node22.mjs";

ensureNode22();

const PORT = Number(process.env.PORT ?? 8787);
const BASE = `http://localhost:${PORT}`;
const READY_TIMEOUT_MS = 90_000;
// The playground refuses to run with any of them (src/config.ts).
const PRODUCTION_SECRETS = ["BOT_TOKEN", "WEBHOOK_SECRET", "PSEUDONYM_KEY", "SEAL_KEY"];

/**
 * @param {string[]} lines
 * @returns {never}
 */
function fail(lines) {
  console.error(`\n${lines.join("\n")}\n`);
  process.exit(1);
}

/** Names of the production secrets .dev.vars sets to something. */
function secretsInDevVars() {
  if (!existsSync(".dev.vars")) return [];
  const text = readFileSync(".dev.vars", "utf8");
  return PRODUCTION_SECRETS.filter((name) =>
    new RegExp(`^\\s*${name}\\s*=\\s*["']?[^\\s"'#]+`, "m").test(text),
  );
}

/**
 * Whether something already listens on the port, on IPv4 or IPv6.
 * @param {number} port
 */
async function portTaken(port) {
  for (const host of ["127.0.0.1", "::"]) {
    /** @type {boolean} */
    const taken = await new Promise((resolve) => {
      const server = createServer();
      server.once("error", (/** @type {NodeJS.ErrnoException} */ error) =>
        resolve(error.code === "EADDRINUSE" || error.code === "EACCES"),
      );
      server.listen(port, host, () => server.close(() => resolve(false)));
    });
    if (taken) return true;
  }
  return false;
}

if (!Number.isInteger(PORT) || PORT <= 0 || PORT > 65535)
  fail([`PORT=${process.env.PORT} is not a port number.`]);

const secrets = secretsInDevVars();
if (secrets.length > 0) {
  fail([
    `.dev.vars sets ${secrets.join(", ")}: those belong to the real bot, and the playground never runs with them.`,
    "  • To run the real bot locally: npm run dev",
    "  • To use the playground: empty or comment out those lines in .dev.vars, then npm start again.",
  ]);
}

if (await portTaken(PORT)) {
  fail([
    `Port ${PORT} is already in use — perhaps another \`npm start\` is running (then its playground is at ${BASE}/playground).`,
    `To start a second one on another port: PORT=8788 npm start`,
  ]);
}

const built = spawnSync(process.execPath, ["scripts/ts.mjs", "scripts/build-playground.ts"], {
  stdio: "inherit",
});
if (built.status !== 0) fail(["The playground page's client did not build (see above)."]);

// Edits to the page's client rebuild it; wrangler then reloads the Worker.
const watcher = spawn(process.execPath, ["scripts/ts.mjs", "scripts/build-playground.ts", "--watch"], {
  stdio: "inherit",
});
const child = spawn(
  "npx",
  [
    "wrangler",
    "dev",
    // The entry builds the playground in only with this (src/index.ts); a deploy leaves it out.
    "--define",
    "URA_PLAYGROUND:true",
    "--local",
    "--port",
    String(PORT),
    "--persist-to",
    ".wrangler/state",
    "--var",
    "PLAYGROUND:1",
    // Links the bot sends (/poster) point at this server, on whichever port it runs.
    "--var",
    `PUBLIC_URL:${BASE}`,
  ],
  { stdio: "inherit" },
);

let exiting = false;
/** @type {NodeJS.Signals[]} */
const forwarded = ["SIGINT", "SIGTERM"];
for (const signal of forwarded) {
  process.on(signal, () => {
    exiting = true;
    if (child.exitCode === null) child.kill(signal);
  });
}
child.on("exit", (code, signal) => {
  watcher.kill();
  process.exit(code ?? (signal ? 1 : 0));
});
child.on("error", (error) => {
  watcher.kill();
  console.error(`Could not start wrangler: ${error.message}`);
  process.exit(1);
});

/**
 * @param {number} ms
 * @returns {Promise<void>}
 */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The Worker's /health answer (src/web/health.ts), or null when it did not come up.
 * @returns {Promise<{ mode: string } | null>}
 */
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

/** @param {string[]} lines */
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
} else if (health.mode !== "playground") {
  console.error(
    `\nThe Worker at ${BASE} runs in "${health.mode}" mode, not as the playground — see wrangler's output above.`,
  );
} else {
  try {
    const response = await fetch(`${BASE}/playground/api/seed`, { method: "POST" });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    /** @type {import("../src/playground/client/api.ts").Seeded} */
    const { school, seeded } = await response.json();
    banner([
      `Ura playground: ${BASE}/playground`,
      "",
      `Demo school:  ${school.name} (${school.municipality}, ${school.country})${seeded ? " — just created" : ""}`,
      `School code:  ${school.code}`,
      `Student link: ${school.link}`,
      "",
      "No Telegram token is needed: the page plays student, adviser, principal,",
      "child-protection lead and programme admin. Stop with Ctrl+C.",
    ]);
  } catch (error) {
    const { message } = /** @type {Error} */ (error);
    console.error(`\nThe Worker is up, but seeding the demo school failed (${message}).`);
    console.error(`Open ${BASE}/playground anyway, and see wrangler's output above.`);
  }
}
