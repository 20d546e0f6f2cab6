/**
 * Lets the bench import src/ modules that import Fluent files (`*.ftl`), which Workers take as text
 * modules (wrangler.toml's rule) and Node does not: each becomes `export default "<its text>"`,
 * what workerd hands the Worker. Must run before those modules are imported (so main.ts imports
 * the bench dynamically after calling this).
 */
import { readFileSync } from "node:fs";
import module from "node:module";
import { fileURLToPath } from "node:url";

export function allowTextModules(): void {
  module.registerHooks({
    load(url, context, nextLoad) {
      if (url.startsWith("file:") && url.endsWith(".ftl")) {
        const text = readFileSync(fileURLToPath(url), "utf8");
        return { format: "module", source: `export default ${JSON.stringify(text)};`, shortCircuit: true };
      }
      return nextLoad(url, context);
    },
  });
}
