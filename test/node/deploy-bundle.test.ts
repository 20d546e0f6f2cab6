/**
 * A deploy's bundle holds no playground: src/index.ts builds it in only when the build defines
 * URA_PLAYGROUND true (`npm start`), and the bundler drops the untaken branch. Built both ways with
 * wrangler's own bundler, so the check also proves it would see the playground were it there.
 */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const exec = promisify(execFile);
const dirs: string[] = [];
after(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

/** The bundle's files and its JavaScript, as `wrangler deploy` would upload them. */
async function build(args: string[]): Promise<{ files: string[]; js: string }> {
  const out = await mkdtemp(join(tmpdir(), "ura-deploy-"));
  dirs.push(out);
  await exec("npx", ["wrangler", "deploy", "--dry-run", "--outdir", out, ...args], {
    cwd: ROOT,
    env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
    maxBuffer: 64 * 1024 * 1024,
  });
  const files = await readdir(out);
  const main = files.find((f) => f.endsWith(".js"));
  assert.ok(main, "wrangler wrote no .js module");
  return { files, js: await readFile(join(out, main), "utf8") };
}

/** What only the playground has: its API's refusal of an unknown persona, and its page's client. */
const hasPlayground = ({ files, js }: { files: string[]; js: string }) => ({
  api: js.includes("no such persona"),
  client: files.some((f) => f.includes("client.js")),
});

// The playground's bundle imports its page's client, a generated file: built first, as `npm start` does.
before(() => exec(process.execPath, ["scripts/ts.mjs", "scripts/build-playground.ts"], { cwd: ROOT }));

test("a deploy's bundle leaves the playground out", { timeout: 120_000 }, async () => {
  assert.deepEqual(hasPlayground(await build([])), { api: false, client: false });
});

test("`npm start`'s build has it in: the check above would see it", { timeout: 120_000 }, async () => {
  assert.deepEqual(hasPlayground(await build(["--define", "URA_PLAYGROUND:true"])), {
    api: true,
    client: true,
  });
});
