#!/usr/bin/env node
/**
 * The last step of `npm test`: the playground in a real browser. Without Debian's chromium the
 * tests cannot run; a developer's machine gets a loud warning, CI gets a failure (a silently
 * skipped suite would look green there).
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ensureNode22 } from "./node22.mjs";

const CHROMIUM = "/usr/bin/chromium";

if (!existsSync(CHROMIUM)) {
  const lines = [
    "BROWSER TESTS SKIPPED: Debian's chromium is not installed — apt-get install chromium",
    `(expected at ${CHROMIUM}; the playground was NOT tested in a browser)`,
  ];
  const rule = "!".repeat(Math.max(...lines.map((l) => l.length)) + 4);
  console.error(`\n${rule}\n${lines.map((l) => `! ${l}`).join("\n")}\n${rule}\n`);
  if (process.env.CI === "true") {
    console.error("CI=true: failing, because CI must run the browser tests.");
    process.exit(1);
  }
  process.exit(0);
}

// Node 22's --test takes files or globs, not a bare directory. The tests are TypeScript, run with
// Node's type stripping (on by default from 22.18; wrangler needs ≥ 22.12 anyway) and checked by tsc.
ensureNode22();
const root = fileURLToPath(new URL("..", import.meta.url));
const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
const strip =
  major === 22 && minor < 18 ? ["--experimental-strip-types", "--disable-warning=ExperimentalWarning"] : [];
const child = spawn(
  process.execPath,
  [...strip, "--test", "--test-concurrency=1", "test/browser/*.test.mts"],
  {
    cwd: root,
    stdio: "inherit",
  },
);
/** @type {NodeJS.Signals[]} */
const forwarded = ["SIGINT", "SIGTERM"];
for (const signal of forwarded) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
