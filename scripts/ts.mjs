/**
 * Runs one of the TypeScript scripts (flows CLI, setup) with Node's built-in type stripping:
 * under Node ≥ 22.12 (see node22.mjs), adding the flag that Node 22 before 22.18 still needs.
 * Usage: node scripts/ts.mjs scripts/flows.ts check
 */
import { spawnSync } from "node:child_process";
import { ensureNode22 } from "./node22.mjs";

ensureNode22();
const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
const flags = major === 22 && minor < 18 ? ["--experimental-strip-types", "--no-warnings"] : [];
const result = spawnSync(process.execPath, [...flags, ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(result.status ?? 1);
