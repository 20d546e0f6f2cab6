/**
 * wrangler and miniflare need Node ≥ 22.12; a fresh machine here may have Node 20. Rather than
 * fail, a script that calls ensureNode22() first re-runs itself under node@22 from the npm
 * registry (`npx node@22`, which also puts that Node first on PATH for its children).
 */
import { spawnSync } from "node:child_process";

export function ensureNode22() {
  const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
  if (major > 22 || (major === 22 && minor >= 12)) return;
  console.error(
    `Node ${process.version} is older than 22.12 (wrangler needs it): running under node@22 from the npm registry…`,
  );
  const args = ["-y", "node@22", ...process.execArgv, process.argv[1] ?? "", ...process.argv.slice(2)];
  const result = spawnSync("npx", args, { stdio: "inherit" });
  process.exit(result.status ?? 1);
}
