/**
 * `npm run bench` (started by main.ts): measures the figures of DESIGN.md's "Performance budget" and prints them next to
 * their budgets, with Ura side by side with the common way of writing this bot (bench/peer/). It
 * never asserts a timing (timings depend on the machine); it exits non-zero only when something
 * crashed (a Worker did not start, a report could not be completed).
 *
 * How: the Workers run under `wrangler dev --local` (workerd, with its KV, Durable Objects and
 * queues) from builds made once (build.ts) with instrument.ts around their entries, against the
 * project's simulated Telegram behind a loopback HTTP server (telegram.ts); driver.ts plays the
 * people. Adding a figure: a function returning a Result, appended to MEASUREMENTS.
 */
import { measureBundle } from "./bundle.ts";
import { measurePeer } from "./compare.ts";
import { Context, type Result, type Row } from "./context.ts";
import { measureProfile } from "./profile.ts";
import { measureReports } from "./reports.ts";
import { measureCron, measureQueue } from "./scale.ts";
import { measureAdviserActions } from "./staff.ts";
import { fmt, table } from "./stats.ts";
import { FakeBotApi } from "./telegram.ts";
import { measureTrends } from "./trends.ts";

const MEASUREMENTS: { name: string; run: (ctx: Context) => Promise<Result> }[] = [
  { name: "complete reports (local KV)", run: measureReports },
  { name: "adviser actions", run: measureAdviserActions },
  { name: "adviser queue of 1,000 cases", run: measureQueue },
  { name: "cron over 2,000 cases and the queue consumer", run: measureCron },
  // Last of the workerd figures: it stops the local-KV Worker and starts the two it compares.
  { name: "Ura against the peer (KV in memory)", run: measurePeer },
  { name: "where Ura's CPU goes", run: measureProfile },
  { name: "bundle size", run: measureBundle },
  { name: "trends roll-up at scale", run: measureTrends },
];

async function main(): Promise<void> {
  const tg = await new FakeBotApi().start();
  const ctx = new Context(tg);
  ctx.cleanups.unshift(() => tg.stop());
  const onSignal = () => void ctx.cleanUp().finally(() => process.exit(130));
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  const rows: Row[] = [];
  const details: string[] = [];
  const notes: string[] = [];
  let failed = false;
  try {
    // BENCH_ONLY=<parts of names, comma-separated>: just those measurements (and what they start), while working on one.
    const only = process.env.BENCH_ONLY?.toLowerCase().split(",");
    for (const m of MEASUREMENTS.filter((x) => !only || only.some((o) => x.name.toLowerCase().includes(o)))) {
      const started = Date.now();
      process.stderr.write(`bench: ${m.name}…`);
      try {
        const out = await m.run(ctx);
        rows.push(...out.rows);
        if (out.details) details.push(...out.details, "");
        notes.push(...(out.notes ?? []));
        process.stderr.write(` ${fmt((Date.now() - started) / 1000, 1)} s\n`);
      } catch (error) {
        failed = true;
        process.stderr.write(" FAILED\n");
        console.error(error instanceof Error ? (error.stack ?? error.message) : error);
        rows.push({ figure: m.name, value: "crashed" });
      }
    }
  } finally {
    await ctx.cleanUp();
  }

  const status = (r: Row) => (r.budget === undefined || r.ok === undefined ? "" : r.ok ? "ok" : "OVER");
  console.log('\nUra performance budget (DESIGN.md, "Performance budget")\n');
  for (const line of table(
    ["figure", "measured", "budget", ""],
    rows.map((r) => [r.figure, r.value, r.budget ?? "", status(r)]),
  ))
    console.log(line);
  console.log("");
  for (const line of details) console.log(line);
  for (const note of notes) console.log(`${note}\n`);
  process.exitCode = failed ? 1 : 0;
}

await main();
