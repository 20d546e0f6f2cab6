/**
 * `npm run wrangler -- <args>` (and `npm run dev`, `npm run deploy`): wrangler under Node ≥ 22.12,
 * fetched from the npm registry when the machine's Node is older (see node22.mjs).
 */
import { spawnSync } from "node:child_process";
import { ensureNode22 } from "./node22.mjs";

ensureNode22();
const result = spawnSync("npx", ["wrangler", ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(result.status ?? 1);
