/**
 * Bundles the playground page's client (src/playground/client/: TypeScript modules and CSS) with
 * esbuild into src/playground/generated/*.txt — generated, gitignored files the Worker imports as
 * Text modules (wrangler.toml rule) and serves at /playground/client.js and /playground/client.css.
 *
 * Every command that bundles the Worker runs this first: `npm start` (scripts/start.mjs),
 * `npm run dev`, `npm run deploy`, `npm run bench`, the browser tests, and vitest (globalSetup —
 * the Worker tests import the routes). A file is written only when its content changed, so a
 * running `wrangler dev` reloads only for a real change. `--watch` rebuilds on every edit.
 *
 *   node scripts/ts.mjs scripts/build-playground.ts [--watch]
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type BuildOptions, type BuildResult, build, context, type Plugin } from "esbuild";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const CLIENT = join(ROOT, "src/playground/client");
const OUT = join(ROOT, "src/playground/generated");

/** Both become `client.*` in OUT; the Worker imports them with `.txt` added (src/playground/assets.ts). */
const ENTRIES = [
  { in: join(CLIENT, "main.ts"), out: "client" },
  { in: join(CLIENT, "style/index.css"), out: "client" },
];

const OPTIONS: BuildOptions = {
  entryPoints: ENTRIES,
  bundle: true,
  write: false,
  outdir: OUT,
  format: "esm",
  // Browsers of the last few years; the page is for people trying Ura out, not for every phone.
  target: ["es2022", "chrome110", "firefox110", "safari16"],
  // Small enough to read in the browser's devtools; the Worker bundle carries it to production.
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: "none",
  logLevel: "warning",
};

/** Writes each output as `<name>.txt`, only when it changed; returns what it wrote. */
async function save(result: BuildResult): Promise<string[]> {
  await mkdir(OUT, { recursive: true });
  const written: string[] = [];
  for (const file of result.outputFiles ?? []) {
    const target = `${file.path}.txt`;
    const before = await readFile(target, "utf8").catch(() => undefined);
    if (before === file.text) continue;
    await writeFile(target, file.text);
    written.push(basename(target));
  }
  return written;
}

/** Builds once; throws (with esbuild's messages printed) when the client does not compile. */
export async function buildPlayground(): Promise<void> {
  await save(await build(OPTIONS));
}

/** Rebuilds on every change until the process ends. */
async function watch(): Promise<void> {
  const report: Plugin = {
    name: "save",
    setup(b) {
      b.onEnd(async (result) => {
        if (result.errors.length) return;
        const written = await save(result);
        if (written.length) console.log(`playground client rebuilt: ${written.join(", ")}`);
      });
    },
  };
  const ctx = await context({ ...OPTIONS, plugins: [report] });
  await ctx.watch();
}

/** vitest's globalSetup (vitest.config.ts): the Worker tests import the routes, which import the bundle. */
export default async function setup(): Promise<void> {
  await buildPlayground();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    if (process.argv.includes("--watch")) await watch();
    else await buildPlayground();
  } catch {
    // esbuild has printed what failed.
    process.exit(1);
  }
}
