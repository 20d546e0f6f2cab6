/** The Worker bundle as `wrangler deploy --dry-run` builds it for upload: gzip size of its modules. */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { BUDGET, type Context, type Result } from "./context.ts";
import { fmt } from "./stats.ts";

export async function measureBundle(ctx: Context): Promise<Result> {
  const { outdir, modules, wranglerFigure } = await ctx.build("deploy");
  let js = 0;
  let total = 0;
  for (const f of modules) {
    const size = gzipSync(await readFile(path.join(outdir, f)), { level: 9 }).length;
    total += size;
    if (f.endsWith(".js")) js += size;
  }
  const kib = total / 1024;
  const peer = await ctx.build("peer");
  return {
    rows: [
      {
        figure: "Worker bundle, gzip (.js + text modules)",
        value: `${fmt(kib, 1)} KiB (.js ${fmt(js / 1024, 1)} KiB)`,
        budget: `≤ ${BUDGET.bundleTargetKiB} KiB (issue 10), ≤ ${BUDGET.bundleKiB} KiB`,
        ok: kib <= BUDGET.bundleTargetKiB,
      },
    ],
    notes: [
      `Bundle: ${modules.length} modules from wrangler deploy --dry-run of wrangler.toml` +
        `${wranglerFigure ? ` (wrangler's own figure: ${wranglerFigure})` : ""}; bench/peer is not in it. ` +
        `The peer's, for scale: ${peer.wranglerFigure ?? "n/a"}.`,
    ],
  };
}
