/**
 * Browser-test plumbing: a throwaway `wrangler dev` (fresh KV, playground mode whatever the
 * developer's .dev.vars says) and a headless Debian chromium driven by playwright-core.
 */
import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { after, before } from "node:test";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const READY_TIMEOUT_MS = 60_000;

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts the Worker. An explicit --env-file makes wrangler skip .dev.vars, so a developer's real
 * BOT_TOKEN cannot turn the test server into a Telegram bot that talks to api.telegram.org.
 */
export async function startWorker() {
  const dir = await mkdtemp(join(tmpdir(), "ura-browser-"));
  const envFile = join(dir, "test.env");
  await writeFile(envFile, "# browser tests: playground mode\nBOT_TOKEN=\n");
  const [port, inspectorPort] = [await freePort(), await freePort()];
  const env = { ...process.env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_INCLUDE_PROCESS_ENV: "false" };
  delete env.BOT_TOKEN;
  const args = ["wrangler", "dev", "--local", "--ip", "127.0.0.1", "--port", String(port)];
  args.push(
    "--inspector-port",
    String(inspectorPort),
    "--persist-to",
    join(dir, "state"),
    "--env-file",
    envFile,
  );
  args.push("--show-interactive-dev-session=false");
  const child = spawn("npx", args, { cwd: ROOT, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const collect = (chunk) => {
    output = (output + chunk).slice(-20_000);
  };
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);

  // If the test process dies before stop(), do not leave workerd running.
  const killGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {}
  };
  const onExit = () => killGroup("SIGKILL");
  process.once("exit", onExit);

  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      // wrangler starts workerd as a grandchild: end the whole process group.
      killGroup("SIGTERM");
      await Promise.race([exited, sleep(5000)]);
      killGroup("SIGKILL");
    }
    process.off("exit", onExit);
    await rm(dir, { recursive: true, force: true });
  };

  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline && child.exitCode === null) {
    const health = await fetch(`${base}/health`).then(
      (response) => (response.ok ? response.json() : null),
      () => null, // not listening yet
    );
    if (health) {
      if (health.mode === "playground") return { base, port, stop, output: () => output };
      await stop();
      throw new Error(
        `The test Worker runs in "${health.mode}" mode, not "playground": check the environment.`,
      );
    }
    await sleep(250);
  }
  await stop();
  throw new Error(`wrangler dev did not become healthy on ${base}. Its output:\n${output}`);
}

export const CHROMIUM = "/usr/bin/chromium";

/**
 * Inside a describe(): a fresh Worker (own KV) and browser for the suite, stopped afterwards.
 * Returns a handle whose `worker` and `browser` are set once the suite starts.
 */
export function usePlayground() {
  const suite = {};
  before(async () => {
    suite.worker = await startWorker();
    suite.browser = await launchBrowser();
  });
  after(async () => {
    await suite.browser?.close();
    await suite.worker?.stop();
  });
  return suite;
}

export function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** Opens the playground and waits until the demo school is seeded. */
export async function openPlayground(browser, base, viewport = { width: 1440, height: 900 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error));
  await page.goto(`${base}/playground`);
  await page.waitForSelector("body[data-ready='true']", { timeout: 15_000 });
  return { context, page, errors };
}

export const column = (page, persona) => page.locator(`section[data-persona="${persona}"]`);

const botMessages = (page, persona) => column(page, persona).locator(".msg.bot:not(.deleted)");

/** How many bot messages the column shows now: pass it to waitForBotMessage. */
export const botCount = (page, persona) => botMessages(page, persona).count();

/** Waits until the column shows more than `before` bot messages and the request queue is idle. */
export async function waitForBotMessage(page, persona, before, timeout = 15_000) {
  await page.waitForFunction(
    ({ persona, before }) =>
      document.querySelectorAll(`section[data-persona="${persona}"] .msg.bot:not(.deleted)`).length > before,
    { persona, before },
    { timeout },
  );
  await waitIdle(page, timeout);
}

/** Waits until the page has no update in flight. */
export async function waitIdle(page, timeout = 15_000) {
  await page.waitForFunction(() => !document.body.classList.contains("is-busy"), null, { timeout });
}

/** Types and sends a message as the persona; resolves once the bot has answered (or not). */
export async function send(page, persona, text) {
  const col = column(page, persona);
  await col.locator('[data-testid="input"]').fill(text);
  await col.locator('[data-testid="send"]').click();
  await waitIdle(page);
}

/** Taps the last inline button with this text in the persona's chat. */
export async function click(page, persona, buttonText) {
  await column(page, persona).locator("button.inline-btn", { hasText: buttonText }).last().click();
  await waitIdle(page);
}

/** The text (or caption) of the persona's newest bot message; "" when there is none. */
export async function lastBotText(page, persona) {
  const texts = await allBotTexts(page, persona);
  return texts.at(-1) ?? "";
}

/** Text or caption of every bot message in the column, oldest first (photo-only messages give ""). */
export async function allBotTexts(page, persona) {
  return botMessages(page, persona).evaluateAll((nodes) =>
    nodes.map((node) => node.querySelector(".bubble .text")?.textContent ?? ""),
  );
}
