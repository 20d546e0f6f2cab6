/**
 * Lets Node import the Worker bundle of `wrangler deploy --dry-run`, for scripts/bench-cpu.mjs:
 * `node --import ./scripts/bench-cpu-loader.mjs scripts/bench-cpu.mjs <bundle dir>`.
 *
 * The bundle imports its Fluent files (`./<hash>-en.ftl`, …) as text modules, which Workers
 * support and Node does not: this hook turns each into `export default "<the file's text>"`, which
 * is what workerd hands the Worker. The bundle imports nothing else (no `cloudflare:*`, no
 * `node:*`; bench-cpu.mjs checks that before importing it), so nothing else needs a shim.
 */
import module from "node:module";
import { readFileSync } from "node:fs";
import { isMainThread } from "node:worker_threads";
import { fileURLToPath } from "node:url";

export function load(url, context, nextLoad) {
  if (url.startsWith("file:") && url.endsWith(".ftl")) {
    const text = readFileSync(fileURLToPath(url), "utf8");
    return { format: "module", source: `export default ${JSON.stringify(text)};`, shortCircuit: true };
  }
  return nextLoad(url, context);
}

// Node ≥ 22.15 runs synchronous hooks in this thread. Older Node 22 runs register()'s hooks in a
// separate loader thread that imports this very file again: only the main thread registers.
if (typeof module.registerHooks === "function") module.registerHooks({ load });
else if (isMainThread) module.register(import.meta.url);
