/**
 * `npm test`: the type check, the linter, the flow check, every Worker test inside workerd, then the
 * browser tests in Chromium — stopping at the first failure. Runs under Node ≥ 22.12 (see node22.mjs).
 */
import { spawnSync } from "node:child_process";
import { ensureNode22 } from "./node22.mjs";

ensureNode22();

/** @type {[name: string, command: string, args: string[]][]} */
const steps = [
  // The Worker's Env is generated from wrangler.toml and .dev.vars.example: it must not drift.
  [
    "Env up to date",
    "npx",
    [
      "wrangler",
      "types",
      "src/worker-env.d.ts",
      "--include-runtime=false",
      "--env-file",
      ".dev.vars.example",
      "--check",
    ],
  ],
  ["type check", "npx", ["tsc", "-p", "."]],
  ["lint", "npx", ["biome", "check", "."]],
  ["flows", "node", ["scripts/ts.mjs", "scripts/flows.ts", "check"]],
  ["Worker tests (workerd)", "npx", ["vitest", "run"]],
  [
    "script tests (node)",
    "node",
    ["--test", "--test-concurrency=1", "test/node/*.test.mjs", "test/node/*.test.ts"],
  ],
  ["browser tests (Chromium)", "node", ["scripts/browser-tests.mjs"]],
];

for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}: ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed`);
    process.exit(result.status ?? 1);
  }
}
console.log("\n✔ all checks passed");
