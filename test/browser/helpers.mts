/**
 * Browser-test plumbing: a throwaway `wrangler dev` (fresh KV, playground mode whatever the
 * developer's .dev.vars says) and a headless Debian chromium driven by playwright-core. Run by
 * `node --test` with Node's type stripping (scripts/browser-tests.mjs); checked by `tsc -p .`.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before } from "node:test";
import { fileURLToPath } from "node:url";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { bundleWorker } from "./bundle.mts";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const RESULTS = join(ROOT, "test-results");
const READY_TIMEOUT_MS = 60_000;

export type Role = "student" | "adviser" | "principal" | "lead" | "admin";

export interface Worker {
  base: string;
  stop(): Promise<void>;
  output(): string;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts the Worker as `npm start` does (PLAYGROUND=1, the client built first), from a bundle of
 * its own (bundle.mts). An explicit --env-file makes wrangler skip .dev.vars, so a developer's real
 * BOT_TOKEN cannot turn the test server into a Telegram bot that talks to api.telegram.org. A
 * student may send many reports here.
 */
export async function startWorker(): Promise<Worker> {
  const dir = await mkdtemp(join(tmpdir(), "ura-browser-"));
  const envFile = join(dir, "test.env");
  await writeFile(envFile, "# browser tests: playground mode\nPLAYGROUND=1\nDAILY_REPORT_LIMIT=50\n");
  const [port, inspectorPort] = [await freePort(), await freePort()];
  const env: Record<string, string | undefined> = {
    ...process.env,
    WRANGLER_SEND_METRICS: "false",
    CLOUDFLARE_INCLUDE_PROCESS_ENV: "false",
  };
  delete env.BOT_TOKEN;
  const config = await bundleWorker(ROOT, dir, env as NodeJS.ProcessEnv);
  const args = [
    "wrangler",
    "dev",
    "--config",
    config,
    "--local",
    "--ip",
    "127.0.0.1",
    "--port",
    String(port),
  ];
  args.push(
    "--inspector-port",
    String(inspectorPort),
    "--persist-to",
    join(dir, "state"),
    "--env-file",
    envFile,
  );
  args.push("--show-interactive-dev-session=false");
  const child: ChildProcess = spawn("npx", args, {
    cwd: ROOT,
    // The Worker's Env types process.env in the tests (test/env.d.ts); wrangler's is a plain one.
    env: env as NodeJS.ProcessEnv,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);

  // wrangler starts workerd as a grandchild: end the whole process group, also if the tests die.
  const killGroup = (signal: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, signal);
    } catch {}
  };
  const onExit = () => killGroup("SIGKILL");
  process.once("exit", onExit);

  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      killGroup("SIGTERM");
      await Promise.race([exited, sleep(5000)]);
      killGroup("SIGKILL");
    }
    process.off("exit", onExit);
    await rm(dir, { recursive: true, force: true });
  };

  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline && child.exitCode === null) {
    const health = (await fetch(`${base}/health`).then(
      (response) => (response.ok ? response.json() : null),
      () => null, // not listening yet
    )) as { mode?: string } | null;
    if (health) {
      if (health.mode === "playground") return { base, stop, output: () => output };
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

export function launchBrowser(): Promise<Browser> {
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

export interface Suite {
  worker: Worker;
  browser: Browser;
}

/** Inside a describe(): a fresh Worker (own KV) and browser for the suite, stopped afterwards. */
export function usePlayground(): Suite {
  const suite = {} as Suite;
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

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

export interface Opened {
  context: BrowserContext;
  page: Page;
  /** Script errors on the page: every test expects none. */
  errors: Error[];
}

/** Opens the playground and waits until the demo school is seeded. */
export async function openPlayground(suite: Suite, viewport = DESKTOP): Promise<Opened> {
  const context = await suite.browser.newContext({
    viewport,
    ...(viewport.width < 600 ? { isMobile: true, hasTouch: true } : {}),
  });
  const page = await context.newPage();
  const errors: Error[] = [];
  page.on("pageerror", (error) => errors.push(error));
  await page.goto(`${suite.worker.base}/playground`);
  await page.waitForSelector("body[data-ready='true']", { timeout: 15_000 });
  return { context, page, errors };
}

/** A screenshot for people to look at: test-results/<name>.png (gitignored). */
export async function shoot(page: Page, name: string): Promise<void> {
  await mkdir(RESULTS, { recursive: true });
  await page.screenshot({ path: join(RESULTS, `${name}.png`) });
}

/**
 * The same moment on a phone: the page draws what the simulated Telegram holds, so a second
 * page at 390 px shows every chat as it is — here the persona's, chosen in the tab bar.
 */
export async function shootPhone(suite: Suite, name: string, role: Role): Promise<void> {
  const { context, page, errors } = await openPlayground(suite, PHONE);
  await page.locator(`.tab.role-${role}`).click();
  await shoot(page, name);
  await context.close();
  if (errors.length) throw errors[0];
}
