/**
 * The figures at scale: an adviser's queue of 1,000 open cases (one list() page), a cron run over
 * 2,000 cases, and the notice queue's consumer per batch. Cases are seeded straight into the local
 * KV (instrument.ts's /__bench/seed) as the desk writes their rows; the cron's due cases are the
 * real ones the reports made, so its desks do their real work on them.
 */
import { randomInt } from "node:crypto";
import { CODE_ALPHABET } from "../../src/crypto/encoding.ts";
import { CASE_ID_LENGTH, type CaseRow } from "../../src/domain/case.ts";
import { MAX_CALLS } from "../../src/cron/deliver.ts";
import { MAX_ACTIONS, MAX_PAGES, MAX_SCHOOLS } from "../../src/cron/jobs.ts";
import { keys } from "../../src/storage/keys.ts";
import { BUDGET, type Context, IDS, type Result } from "./context.ts";
import { enrolSchool } from "./driver.ts";
import type { BatchRecord, Counts, SeedEntry } from "./instrument.ts";
import { reportSchool } from "./reports.ts";
import { STEP_HEADER, stepRows } from "./staff.ts";
import { fmt, max, mean, median, ms3, table } from "./stats.ts";
import type { DevWorker, Posted } from "./worker.ts";

const QUEUE_CASES = 1000;
const QUEUE_REPEATS = 10;
const CRON_CASES = 2000;
/** The cron runs this far ahead: the reports' mediation cases are a day old, so "remind" is due. */
const CRON_AHEAD_MS = 25 * 3600_000;

function caseIds(count: number): string[] {
  const ids = new Set<string>();
  while (ids.size < count) {
    let id = "";
    for (let i = 0; i < CASE_ID_LENGTH; i++) id += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
    ids.add(id);
  }
  return [...ids];
}

/**
 * Open mediation cases, already taken by the school's adviser (so the cron finds nothing due in
 * them; its due cases are the real ones), of varied ages so the queue really sorts.
 */
function seededRows(school: string, count: number, adviser: number): SeedEntry[] {
  const hour = Math.floor(Date.now() / 3600_000);
  return caseIds(count).map((id, i) => {
    const row: CaseRow = {
      r: "mediation",
      u: i % 7 ? "normal" : "high",
      s: "taken",
      c: "insults",
      h: hour - (i % 500),
      d: "2026-12-01",
      a: adviser,
    };
    return { key: keys.case(school, id), value: "", metadata: row };
  });
}

/** The queue's school: the cron's filler rows go there too (taken by its adviser). */
const queueSchools = new WeakMap<Context, string>();

async function seed(worker: DevWorker, entries: SeedEntry[]) {
  for (let i = 0; i < entries.length; i += 500) await worker.bench("seed", entries.slice(i, i + 500));
}

export async function measureQueue(ctx: Context): Promise<Result> {
  const worker = await ctx.worker("ura");
  const { tg } = ctx;
  const staff = await enrolSchool(worker, tg, IDS.admin, "Queue School", IDS.queuePrincipal, [
    IDS.queueAdviser,
  ]);
  await seed(worker, seededRows(staff.school, QUEUE_CASES, IDS.queueAdviser));
  queueSchools.set(ctx, staff.school);
  const samples: (Posted & { label: string })[] = [];
  for (let i = 0; i < QUEUE_REPEATS; i++) {
    const result = await worker.post(tg.message(tg.user(IDS.queueAdviser, "en"), "/queue"));
    if (result.status !== 200) throw new Error(`/queue answered HTTP ${result.status}\n${worker.tail()}`);
    samples.push({ label: "adviser: /queue", ...result });
  }
  const title = tg.textsTo(IDS.queueAdviser).at(-1)?.split("\n")[0] ?? "";
  const counted = Number(/\(([\d.,\s\u00a0\u202f]+)\)/.exec(title)?.[1]?.replace(/\D/g, ""));
  if (counted !== QUEUE_CASES)
    throw new Error(
      `/queue counted ${counted} cases, not the ${QUEUE_CASES} seeded: ${JSON.stringify(title)}`,
    );
  const wall = samples.map((s) => s.wallMs);
  const lists = max(samples.map((s) => s.ops?.lists ?? Number.NaN));
  const cpu = samples.flatMap((s) => (s.cpuNs === undefined ? [] : [s.cpuNs / 1e6]));
  return {
    rows: [
      {
        figure: "adviser queue of 1,000 open cases",
        value: `${lists} list(), ${fmt(median(wall), 1)} ms p50 wall (max ${fmt(max(wall), 1)}), CPU p50 ${ms3(median(cpu))} ms`,
        budget: `1 list() page, ≤ ${BUDGET.queueWallMs} ms`,
        ok: lists === 1 && median(wall) <= BUDGET.queueWallMs,
      },
    ],
    details: [
      `Adviser queue (${QUEUE_CASES} seeded open cases, /queue ×${QUEUE_REPEATS}; reply: "${title}"):`,
      ...table(STEP_HEADER, stepRows(samples)),
    ],
    notes: [
      "Queue: wall time is the webhook request as Telegram would see it on loopback (wrangler's proxy, the list() of the local KV, the reply).",
    ],
  };
}

/** Batches the consumer ran since `from`, with the Bot API calls each made (by arrival time). */
function batchCalls(ctx: Context, batches: BatchRecord[], fromSeq: number) {
  const background = ctx.tg.calls.slice(fromSeq).filter((c) => c.background);
  return batches.map((b) => ({
    ...b,
    calls: background.filter((c) => c.at >= b.startedAt - 5 && c.at <= b.startedAt + b.wallMs + 5).length,
  }));
}

export async function measureCron(ctx: Context): Promise<Result> {
  const worker = await ctx.worker("ura");
  const existing = (await worker.bench(`keys?prefix=${keys.allCasesPrefix()}`)) as unknown[];
  const filler = queueSchools.get(ctx) ?? (await reportSchool(ctx)).school;
  const seeded = queueSchools.has(ctx) ? QUEUE_CASES : 0;
  const adviser = queueSchools.has(ctx) ? IDS.queueAdviser : IDS.adviser;
  await seed(worker, seededRows(filler, Math.max(0, CRON_CASES - existing.length), adviser));
  await ctx.tg.settle(1_500);
  await worker.bench("reset", {});
  const seq = ctx.tg.calls.length;
  const started = performance.now();
  const run = (await worker.bench(`cron?time=${Date.now() + CRON_AHEAD_MS}`)) as {
    wallMs: number;
    counts: Counts;
  };
  const wall = performance.now() - started;
  await ctx.tg.settle(2_500);
  const { batches } = await worker.stats();
  const notices = batchCalls(
    ctx,
    batches.filter((b) => b.queue === "ura-notices"),
    seq,
  );
  const c = run.counts;
  const workerOps = c.reads + c.lists;
  const scanned = existing.length + Math.max(0, CRON_CASES - existing.length);
  const perBatch = notices.map((b) => b.calls);
  return {
    rows: [
      {
        figure: `cron run over ${scanned} cases: wall`,
        value: `${fmt(wall, 0)} ms (${fmt(run.wallMs, 0)} inside workerd)`,
      },
      {
        figure: "  the cron's KV ops / desk calls (subrequests)",
        value: `${workerOps} (${c.lists} list()) / ${c.desk}`,
        budget: `≤ ${BUDGET.kvOpsPerInvocation} / ≤ ${BUDGET.subrequests}`,
        ok: workerOps <= BUDGET.kvOpsPerInvocation && c.desk <= BUDGET.subrequests,
      },
      {
        figure: "  the desks' KV write-through for it",
        value: `${c.writes} writes, ${c.deletes} deletes`,
        budget: "(each desk call is its own invocation)",
      },
      {
        figure: "queue consumer per batch: Bot API calls (mean / max)",
        value: notices.length
          ? `${fmt(mean(perBatch), 1)} / ${max(perBatch)} over ${notices.length} batches (max ${max(notices.map((b) => b.size))} notices)`
          : "n/a (no batch ran)",
        budget: `≤ ${BUDGET.subrequests} subrequests (MAX_CALLS ${MAX_CALLS})`,
        ok: notices.length ? max(perBatch) <= BUDGET.subrequests : undefined,
      },
      {
        figure: "  consumer wall per batch (p50 / max)",
        value: notices.length
          ? `${fmt(median(notices.map((b) => b.wallMs)), 0)} / ${fmt(max(notices.map((b) => b.wallMs)), 0)} ms`
          : "n/a",
      },
    ],
    notes: [
      `Cron: ${existing.length - seeded} cases made by the bench's reports (the due ones) and ${scanned - existing.length + seeded} ` +
        "seeded rows (taken, not due), " +
        `run at now + ${CRON_AHEAD_MS / 3600_000} h through instrument.ts's /__bench/cron (the Worker's scheduled handler, awaited). ` +
        `Bounds in src/cron/jobs.ts: ≤ ${MAX_PAGES} list() pages, ≤ ${MAX_SCHOOLS} desk calls, ≤ ${MAX_ACTIONS} cases per run. The cron itself ` +
        "only lists; the writes are the desks', each desk call being an invocation with its own limits. Consumer: the batches that " +
        "delivered the cron's notices (wrangler.toml's max_batch_size), their Bot API calls matched to them by arrival time.",
    ],
  };
}
