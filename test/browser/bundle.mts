/**
 * The Worker the browser tests run, with the playground built in, bundled once per suite as wrangler would
 * deploy it (`wrangler deploy --dry-run`), then run unbundled from that copy. Others edit src/ while tests run; a
 * `wrangler dev` watching src/ would reload mid-test and its simulated Telegram would start empty.
 */
import { execFile } from "node:child_process";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { buildPlayground } from "../../scripts/build-playground.ts";

function run(root: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile("npx", args, { cwd: root, env, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) =>
      error ? reject(new Error(`npx ${args.join(" ")} failed\n${stdout}${stderr}`)) : resolve(),
    );
  });
}

/** Bundles the Worker (its page client first) into `dir`; returns the wrangler config that runs it. */
export async function bundleWorker(root: string, dir: string, env: NodeJS.ProcessEnv): Promise<string> {
  await buildPlayground();
  const outdir = join(dir, "out");
  // With the playground built in, as `npm start` runs it (src/index.ts): a deploy leaves it out.
  await run(
    root,
    ["wrangler", "deploy", "--define", "URA_PLAYGROUND:true", "--dry-run", "--outdir", outdir],
    env,
  );
  const main = (await readdir(outdir)).find((f) => f.endsWith(".js"));
  if (!main) throw new Error(`wrangler built no .js module into ${outdir}`);
  const toml = await readFile(join(root, "wrangler.toml"), "utf8");
  if (!/^main\s*=.*$/m.test(toml)) throw new Error("wrangler.toml has no `main = …` line");
  const config = join(outdir, "wrangler.toml");
  await writeFile(config, toml.replace(/^main\s*=.*$/m, `main = ${JSON.stringify(main)}\nno_bundle = true`));
  return config;
}
