/**
 * Builds what the bench runs, each once, with `wrangler deploy --dry-run` (the deploy's own
 * bundler): the Worker exactly as deployed (the bundle-size figure), and the bench builds of Ura
 * and of the peer (bench/peer/), whose entries add instrument.ts. The bench then runs each build
 * with `wrangler dev --no-bundle`-style configs, so edits to src/ during a run cannot reload it.
 */
import { execFile } from "node:child_process";
import { access, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** npx/wrangler run on the Node running this script (wrangler refuses Node < 22.12). */
export const CHILD_ENV = {
  ...process.env,
  PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ""}`,
  WRANGLER_SEND_METRICS: "false",
};

export function run(command: string, args: string[], cwd = ROOT): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd, env: CHILD_ENV, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      error
        ? reject(new Error(`${command} ${args.join(" ")} failed\n${stdout}${stderr}`))
        : resolve(stdout + stderr),
    );
  });
}

export interface Build {
  /** The bundle's directory: the .js module and its text modules. */
  outdir: string;
  /** A wrangler config that runs that bundle as built. */
  config: string;
  /** The uploaded modules (no source maps). */
  modules: string[];
  /** wrangler's own "Total Upload" line. */
  wranglerFigure?: string;
}

/** `toml` with its `main` pointing at `main` (absolute) and extra lines after it. */
function withMain(toml: string, main: string, extra = ""): string {
  if (!/^main\s*=.*$/m.test(toml)) throw new Error("wrangler config has no `main = …` line");
  return toml.replace(/^main\s*=.*$/m, `main = ${JSON.stringify(main)}${extra}`);
}

let playground: Promise<unknown> | undefined;

/**
 * The playground's client bundle (generated, gitignored text modules the Worker imports), built
 * once by the project's own script, as every command that bundles the Worker does first.
 */
function buildPlayground(): Promise<unknown> {
  const script = path.join(ROOT, "scripts/build-playground.ts");
  playground ??= access(script).then(
    () => run(process.execPath, [path.join(ROOT, "scripts/ts.mjs"), script]),
    () => undefined, // no playground client to build in this checkout
  );
  return playground;
}

/**
 * Bundles `entry` (absolute; undefined: the config's own main) with the config `toml` (its path),
 * into `dir`. The config is copied next to the entry's project so its relative paths still hold.
 */
export async function buildWorker(toml: string, dir: string, entry?: string): Promise<Build> {
  const outdir = path.join(dir, "out");
  await mkdir(dir, { recursive: true });
  await buildPlayground();
  const source = await readFile(toml, "utf8");
  let config = toml;
  if (entry) {
    // Same folder as the original, so `[[rules]]` globs and paths resolve as they do for it.
    config = path.join(path.dirname(toml), `.bench-${path.basename(dir)}.toml`);
    await writeFile(config, withMain(source, entry));
  }
  let output: string;
  try {
    output = await run("npx", ["wrangler", "deploy", "--dry-run", "--outdir", outdir, "--config", config]);
  } finally {
    if (entry) await rm(config, { force: true });
  }
  const modules = (await readdir(outdir)).filter((f) => !f.endsWith(".map") && f !== "README.md");
  const main = modules.find((f) => f.endsWith(".js"));
  if (!main) throw new Error(`no .js module in ${outdir}`);
  const runConfig = path.join(outdir, "wrangler.toml");
  await writeFile(runConfig, withMain(source, main, "\nno_bundle = true"));
  return {
    outdir,
    config: runConfig,
    modules,
    wranglerFigure: /Total Upload:\s*([^\n]+)/.exec(output)?.[1]?.trim(),
  };
}

export const URA_TOML = path.join(ROOT, "wrangler.toml");
export const PEER_TOML = path.join(ROOT, "bench/peer/wrangler.toml");
export const URA_ENTRY = path.join(ROOT, "scripts/bench/entry-ura.ts");
export const PEER_ENTRY = path.join(ROOT, "scripts/bench/entry-peer.ts");
