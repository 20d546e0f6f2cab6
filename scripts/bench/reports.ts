/**
 * Complete reports through Ura on the local KV (wrangler dev's): KV operations for the whole
 * system (the Worker's own, counted by its X-Ura-KV-Ops header, plus the desk's write-through, both
 * counted by instrument.ts), desk calls, Bot API calls (webhook replies and the queue's notices
 * included) and workerd's CPU per update.
 */
import { BUDGET, type Context, IDS, type Result, type Row } from "./context.ts";
import { driveReport, enrolSchool, KIND, type Staff, type Step } from "./driver.ts";
import type { Counts } from "./instrument.ts";
import { fmt, max, mean, median, ms3, percentile, sum, table } from "./stats.ts";
import type { Call } from "./telegram.ts";
import type { DevWorker } from "./worker.ts";

const STUDENTS = 30;
/** The first reports warm workerd and V8 up: left out of the CPU figures. */
const WARMUP = 5;
const HEALTH_SAMPLES = 100;

const schools = new WeakMap<Context, Promise<Staff>>();

/** The reports' school, with a principal and one adviser enrolled through the bot. */
export function reportSchool(ctx: Context): Promise<Staff> {
  let staff = schools.get(ctx);
  if (!staff) {
    staff = ctx
      .worker("ura")
      .then((w) => enrolSchool(w, ctx.tg, IDS.admin, "Bench School", IDS.principal, [IDS.adviser]));
    schools.set(ctx, staff);
  }
  return staff;
}

/** Median CPU (ms) of a bare GET /health: the floor any request pays under wrangler dev. */
export async function healthFloorMs(worker: DevWorker, samples = HEALTH_SAMPLES): Promise<number> {
  const ns: number[] = [];
  for (let i = 0; i < samples; i++) {
    const spent = await worker.healthCpuNs();
    if (spent !== undefined) ns.push(spent);
  }
  return median(ns) / 1e6;
}

const delta = (a: Counts, b: Counts): Counts =>
  Object.fromEntries(Object.entries(b).map(([k, v]) => [k, v - a[k as keyof Counts]])) as unknown as Counts;

/** "sendMessage ×3, copyMessage ×1". */
export function methodCounts(calls: Call[]): string {
  const counts = new Map<string, number>();
  for (const c of calls) counts.set(c.method, (counts.get(c.method) ?? 0) + 1);
  return [...counts].map(([m, n]) => `${m} ×${n}`).join(", ") || "none";
}

/** The methods an update called, commonest sequence first. */
export function sequences(calls: Call[][]): string {
  const counts = new Map<string, number>();
  for (const c of calls) {
    const seq = c.map((x) => `${x.method}${x.via === "reply" ? " (reply)" : ""}`).join(" → ") || "(none)";
    counts.set(seq, (counts.get(seq) ?? 0) + 1);
  }
  const sorted = [...counts].sort((a, b) => b[1] - a[1]);
  return sorted.map(([s, n]) => (sorted.length > 1 ? `${s} ×${n}` : s)).join("; ");
}

export async function measureReports(ctx: Context): Promise<Result> {
  const worker = await ctx.worker("ura");
  const { school } = await reportSchool(ctx);
  const start = ctx.tg.calls.length;
  const reports: { steps: Step[]; system: Counts }[] = [];
  for (let i = 0; i < STUDENTS; i++) {
    const before = (await worker.stats()).counts;
    const steps = await driveReport(worker, ctx.tg, IDS.firstStudent + i, school);
    reports.push({ steps, system: delta(before, (await worker.stats()).counts) });
  }
  await ctx.tg.settle();
  const phase = ctx.tg.calls.slice(start);
  const floor = await healthFloorMs(worker);
  const studentChats = new Set(reports.map((_, i) => IDS.firstStudent + i));

  const all = reports.flatMap((r) => r.steps);
  const own = (s: Step, k: string) => s.ops?.[k] ?? Number.NaN;
  const hot = all.filter((s) => s.kind === KIND.choice || s.kind === KIND.summary);
  const sys = (k: keyof Counts) => reports.map((r) => r.system[k]);
  const ownWrites = reports.map((r) => sum(r.steps.map((s) => own(s, "writes"))));
  const webhookCalls = reports.map((r) => sum(r.steps.map((s) => s.calls.length)));
  const replies = reports.map((r) =>
    sum(r.steps.map((s) => s.calls.filter((c) => c.via === "reply").length)),
  );
  // Every call of the phase (the queue's notices may land while a later update runs), per report.
  const callsPerReport = phase.length / STUDENTS;
  const cpu = reports
    .slice(WARMUP)
    .flatMap((r) => r.steps.flatMap((s) => (s.cpuNs === undefined ? [] : [s.cpuNs / 1e6])));
  const net = cpu.map((ms) => ms - floor);
  const cpuOk = cpu.length > 0;

  const rows: Row[] = [
    {
      figure: "KV writes per completed report, whole system (max)",
      value: `${max(sys("writes"))} (mean ${fmt(mean(sys("writes")))}; Worker ${max(ownWrites)} + desk ${max(sys("writes")) - max(ownWrites)})`,
      budget: `≤ ${BUDGET.writesPerReport}`,
      ok: max(sys("writes")) <= BUDGET.writesPerReport,
    },
    {
      figure: "KV reads per completed report, whole system",
      value: `${max(sys("reads"))} (mean ${fmt(mean(sys("reads")))})`,
    },
    {
      figure: "KV bytes written per completed report",
      value: `${fmt(mean(sys("bytesWritten")), 0)} B (max ${max(sys("bytesWritten"))})`,
    },
    {
      figure: "KV deletes / lists per completed report",
      value: `${max(sys("deletes"))} / ${max(sys("lists"))}`,
    },
    {
      figure: "KV reads per update, hot path (button presses)",
      value: `max ${max(hot.map((s) => own(s, "reads")))}, mean ${fmt(mean(hot.map((s) => own(s, "reads"))))}`,
      budget: `≤ ${BUDGET.readsPerHotUpdate}`,
      ok: max(hot.map((s) => own(s, "reads"))) <= BUDGET.readsPerHotUpdate,
    },
    {
      figure: "KV reads per update, all updates",
      value: `max ${max(all.map((s) => own(s, "reads")))}, mean ${fmt(mean(all.map((s) => own(s, "reads"))))}`,
    },
    {
      figure: "desk calls per completed report",
      value: `${max(sys("desk"))} (mean ${fmt(mean(sys("desk")))}; other Durable Objects ${max(sys("objects"))})`,
    },
    {
      // The budget counts the Worker's own requests (issue 10: "fewer outgoing calls"); a webhook
      // reply rides in the 200 Telegram is already waiting for, and is shown beside them.
      figure: "Bot API requests per completed report (the Worker's outgoing calls)",
      value: `${fmt(callsPerReport - mean(replies), 1)} (+ ${fmt(mean(replies), 1)} webhook replies = ${fmt(callsPerReport, 1)} calls: ${fmt(mean(webhookCalls), 1)} to the student, ${fmt(callsPerReport - mean(webhookCalls), 1)} notices to staff)`,
      budget: `≤ ${BUDGET.botCallsPerReport}`,
      ok: callsPerReport - mean(replies) <= BUDGET.botCallsPerReport,
    },
    {
      figure: "CPU per update p50 / p99 (workerd, local KV, incl. HTTP)",
      value: cpuOk ? `${ms3(percentile(cpu, 50))} / ${ms3(percentile(cpu, 99))} ms` : "n/a",
      budget: `≤ ${BUDGET.cpuP50Ms} / ≤ ${BUDGET.cpuP99Ms} ms`,
      ok: cpuOk
        ? percentile(cpu, 50) <= BUDGET.cpuP50Ms && percentile(cpu, 99) <= BUDGET.cpuP99Ms
        : undefined,
    },
    {
      figure: "  net of a GET /health (p50 / p99)",
      value: cpuOk ? `${ms3(percentile(net, 50))} / ${ms3(percentile(net, 99))} ms` : "n/a",
      budget: `≤ ${BUDGET.cpuP50Ms} / ≤ ${BUDGET.cpuP99Ms} ms`,
      ok: cpuOk
        ? percentile(net, 50) <= BUDGET.cpuP50Ms && percentile(net, 99) <= BUDGET.cpuP99Ms
        : undefined,
    },
  ];

  const kinds = [...new Set(all.map((s) => s.kind))];
  const perKind = kinds.map((kind) => {
    const of = all.filter((s) => s.kind === kind);
    const cpuOf = reports
      .slice(WARMUP)
      .flatMap((r) =>
        r.steps.filter((s) => s.kind === kind && s.cpuNs !== undefined).map((s) => (s.cpuNs ?? 0) / 1e6),
      );
    const stat = (k: string) => `${max(of.map((s) => own(s, k)))}/${fmt(mean(of.map((s) => own(s, k))))}`;
    return [
      kind,
      String(of.length),
      stat("reads"),
      stat("writes"),
      stat("desk"),
      fmt(mean(of.map((s) => s.calls.length))),
      ms3(median(cpuOf)),
      ms3(percentile(cpuOf, 99)),
      fmt(median(of.map((s) => s.wallMs)), 1),
      sequences(of.map((s) => s.calls)),
    ];
  });
  return {
    rows,
    details: [
      "Ura, per update type (the Worker's own KV ops and desk calls, max/mean; CPU ms after the warm-up; wall ms p50):",
      ...table(
        [
          "update",
          "count",
          "reads",
          "writes",
          "desk",
          "calls",
          "CPU p50",
          "CPU p99",
          "wall",
          "Bot API calls",
        ],
        perKind,
      ),
      `Calls to others than the reporting student (the queue's notices): ${methodCounts(phase.filter((c) => !studentChats.has(Number(c.payload.chat_id)) && c.method !== "answerCallbackQuery"))}.`,
    ],
    notes: [
      `Reports: ${STUDENTS} peer-conflict reports (${fmt(mean(reports.map((r) => r.steps.length)))} updates each: /start, the choices, ` +
        "summary, description) at a school whose principal and adviser were enrolled through the bot; every update answered 200. " +
        "Whole-system KV counts come from instrument.ts, which wraps the KV binding for the Worker, its desks and the queue " +
        "consumer alike (one isolate under wrangler dev); the Worker's own from its X-Ura-KV-Ops header.",
      cpuOk
        ? `CPU per update: the schedstat run time of the workerd that runs the Worker (with its desks, queue and the local KV simulator; not wrangler's proxy) ` +
          `around each webhook request, over ${cpu.length} updates after ${WARMUP} warm-up reports. A bare GET /health costs ` +
          `${ms3(floor)} ms (p50 of ${HEALTH_SAMPLES}) in the same processes: the "net" row subtracts it. The CPU comparison ` +
          "with the peer below serves KV from memory instead."
        : "CPU: n/a (no /proc schedstat for workerd here).",
    ],
  };
}
