/**
 * Ura against the common way of writing this bot (bench/peer/: grammY's conversations v2, sessions
 * and conversation state in KV through @grammyjs/storage-cloudflare, the Bot built per request, the
 * case in KV and its adviser told at once). Both run under workerd with KV served from memory (so
 * the local KV simulator's CPU stays out), against the same fake Bot API, the same questions and
 * buttons, in alternating rounds so drift on this small machine hits both alike.
 */
import { BUDGET, type Context, IDS, type Result } from "./context.ts";
import { driveReport, enrolSchool, KIND, type Step } from "./driver.ts";
import type { Counts } from "./instrument.ts";
import { healthFloorMs, sequences } from "./reports.ts";
import { fmt, mean, median, ms3, percentile, sleep, table } from "./stats.ts";
import type { DevWorker } from "./worker.ts";

const WARMUP = 5;
const ROUNDS = 8;
const PER_ROUND = 10;
const PEER_SCHOOL = "PEER01";
const FLOOR_SAMPLES = 30;

interface System {
  name: string;
  worker: DevWorker;
  school: string;
  adviser: number;
  /** The GET /health floor: measured after every round (this machine's speed drifts); its median for per-update figures. */
  floorMs: number;
  floors: number[];
  idleMsPerS: number;
  student: number;
  /** `calls`: every Bot API call; `requests`: those the Worker made itself (not webhook replies). */
  rounds: { cpuMsPerReport: number; counts: Counts; calls: number; requests: number }[];
  steps: Step[];
}

/** CPU workerd spends idle (timers, the dev proxy), ms per second: taken out of waits for notices. */
async function idleRate(worker: DevWorker): Promise<number> {
  const before = worker.cpuNs() ?? 0;
  await sleep(2000);
  return ((worker.cpuNs() ?? 0) - before) / 1e6 / 2;
}

async function round(ctx: Context, s: System): Promise<void> {
  await s.worker.bench("reset", {});
  const seq = ctx.tg.calls.length;
  const before = s.worker.cpuNs() ?? 0;
  const stepsBefore = s.steps.length;
  for (let i = 0; i < PER_ROUND; i++)
    s.steps.push(...(await driveReport(s.worker, ctx.tg, s.student++, s.school)));
  // Ura tells the adviser through its queue, after the webhook answered: wait for every notice.
  const waitStarted = performance.now();
  const notices = () => ctx.tg.sendsTo(s.adviser, seq).length;
  await ctx.tg.waitFor(() => (notices() >= PER_ROUND ? true : undefined), 15_000);
  const waitedS = (performance.now() - waitStarted) / 1000;
  const cpuMs = ((s.worker.cpuNs() ?? 0) - before) / 1e6 - s.idleMsPerS * waitedS;
  const updates = (s.steps.length - stepsBefore) / PER_ROUND;
  const { counts } = await s.worker.stats();
  // The floor of this round, taken at once: twelve updates a report multiply its error twelvefold.
  const floor = await healthFloorMs(s.worker, FLOOR_SAMPLES);
  s.floors.push(floor);
  s.rounds.push({
    cpuMsPerReport: cpuMs / PER_ROUND - updates * floor,
    counts,
    calls: ctx.tg.calls.length - seq,
    requests: ctx.tg.calls.slice(seq).filter((c) => c.via === "http").length,
  });
}

export async function measurePeer(ctx: Context): Promise<Result> {
  await ctx.stop("ura"); // two cores: nothing else busy while the two are compared
  const [uraWorker, peerWorker] = [await ctx.worker("ura-memory"), await ctx.worker("peer")];
  const adviser = IDS.adviser + 50;
  const staff = await enrolSchool(uraWorker, ctx.tg, IDS.admin, "Compared School", IDS.principal + 50, [
    adviser,
  ]);
  const school = { name: "Compared School", country: "XK", lang: "sq", advisers: [adviser] };
  await peerWorker.bench("seed", [{ key: `school:${PEER_SCHOOL}`, value: JSON.stringify(school) }]);
  ctx.tg.sim.addChat(adviser);
  const make = async (name: string, worker: DevWorker, code: string, student: number): Promise<System> => {
    for (let i = 0; i < WARMUP; i++) await driveReport(worker, ctx.tg, student + 500 + i, code);
    return {
      name,
      worker,
      school: code,
      adviser,
      floorMs: 0,
      floors: [],
      idleMsPerS: await idleRate(worker),
      student,
      rounds: [],
      steps: [],
    };
  };
  const ura = await make("Ura", uraWorker, staff.school, IDS.firstComparedStudent);
  const peer = await make("peer", peerWorker, PEER_SCHOOL, IDS.firstPeerStudent);
  for (let r = 0; r < ROUNDS; r++) for (const s of r % 2 ? [peer, ura] : [ura, peer]) await round(ctx, s);
  for (const s of [ura, peer]) s.floorMs = median(s.floors);

  const perReport = (s: System, k: keyof Counts) => mean(s.rounds.map((x) => x.counts[k] / PER_ROUND));
  const cpuReport = (s: System) => median(s.rounds.map((x) => x.cpuMsPerReport));
  // The least disturbed round of each: on a shared two-core machine, neighbours only ever add.
  const best = (s: System) => Math.min(...s.rounds.map((x) => x.cpuMsPerReport));
  const net = (s: System) =>
    s.steps.flatMap((x) => (x.cpuNs === undefined ? [] : [x.cpuNs / 1e6 - s.floorMs]));
  const wall = (s: System) => s.steps.map((x) => x.wallMs);
  const side = (f: (s: System) => number, digits = 2) => {
    const [u, p] = [f(ura), f(peer)];
    return `Ura ${fmt(u, digits)}, peer ${fmt(p, digits)} (${fmt(u / p, 2)}×)`;
  };
  const ratio = cpuReport(ura) / cpuReport(peer);
  const ratios = ura.rounds.map((x, i) => x.cpuMsPerReport / (peer.rounds[i]?.cpuMsPerReport ?? Number.NaN));
  const kinds = [KIND.start, KIND.choice, KIND.summary, KIND.describe];
  const kindRow = (s: System, kind: string) => {
    const of = s.steps.filter((x) => x.kind === kind);
    const cpu = of.flatMap((x) => (x.cpuNs === undefined ? [] : [x.cpuNs / 1e6 - s.floorMs]));
    return [
      `${s.name}: ${kind}`,
      String(of.length),
      ms3(median(cpu)),
      ms3(percentile(cpu, 99)),
      fmt(median(of.map((x) => x.wallMs)), 1),
      sequences(of.map((x) => x.calls)),
    ];
  };
  return {
    rows: [
      {
        figure: "CPU per report, Ura vs the peer (KV in memory, net)",
        value: `${side(cpuReport, 2)} ms`,
        budget: `≤ ${BUDGET.peerCpuRatio}× the peer's`,
        ok: ratio <= BUDGET.peerCpuRatio,
      },
      {
        figure: "  per round: Ura/peer ratio (min – max); best rounds",
        value: `${fmt(Math.min(...ratios), 2)} – ${fmt(Math.max(...ratios), 2)}; Ura ${fmt(best(ura), 2)}, peer ${fmt(best(peer), 2)} ms (${fmt(best(ura) / best(peer), 2)}×)`,
      },
      {
        figure: "CPU per update p50, Ura vs peer (net)",
        value: `${side((s) => median(net(s)), 3)} ms`,
        budget: `≤ ${BUDGET.cpuP50Ms} ms`,
        ok: median(net(ura)) <= BUDGET.cpuP50Ms,
      },
      {
        figure: "CPU per update p99, Ura vs peer (net)",
        value: `${side((s) => percentile(net(s), 99), 3)} ms`,
        budget: `≤ ${BUDGET.cpuP99Ms} ms`,
        ok: percentile(net(ura), 99) <= BUDGET.cpuP99Ms,
      },
      { figure: "KV reads per report, Ura vs peer", value: side((s) => perReport(s, "reads"), 1) },
      {
        figure: "KV writes per report, Ura vs peer",
        value: side((s) => perReport(s, "writes"), 1),
        budget: `≤ ${BUDGET.writesPerReport}`,
        ok: perReport(ura, "writes") <= BUDGET.writesPerReport,
      },
      {
        figure: "KV bytes written per report, Ura vs peer",
        value: side((s) => perReport(s, "bytesWritten"), 0),
      },
      {
        figure: "Bot API requests per report (outgoing), Ura vs peer",
        value: side((s) => mean(s.rounds.map((x) => x.requests / PER_ROUND)), 1),
        budget: `≤ ${BUDGET.botCallsPerReport}`,
        ok: mean(ura.rounds.map((x) => x.requests / PER_ROUND)) <= BUDGET.botCallsPerReport,
      },
      {
        figure: "Bot API calls per report with webhook replies, Ura vs peer",
        value: side((s) => mean(s.rounds.map((x) => x.calls / PER_ROUND)), 1),
      },
      { figure: "wall per update p50, Ura vs peer", value: `${side((s) => median(wall(s)), 1)} ms` },
      { figure: "wall per update p99, Ura vs peer", value: `${side((s) => percentile(wall(s), 99), 1)} ms` },
    ],
    details: [
      `Ura vs the peer, per update type (net CPU ms, wall ms p50; ${ROUNDS} rounds of ${PER_ROUND} reports each, alternating):`,
      ...table(
        ["update", "count", "CPU p50", "CPU p99", "wall", "Bot API calls"],
        [...kinds.map((k) => kindRow(ura, k)), ...kinds.map((k) => kindRow(peer, k))],
      ),
    ],
    notes: [
      `Comparison: both Workers under wrangler dev with instrument.ts serving KV from memory, after ${WARMUP} warm-up reports each. ` +
        "CPU per report: the Worker's workerd process's schedstat time over a round (the reports, then until every adviser notice arrived — " +
        `Ura's go through its queue), per report, less the idle rate while waiting (Ura ${fmt(ura.idleMsPerS, 2)}, peer ` +
        `${fmt(peer.idleMsPerS, 2)} ms/s) and less the updates per report (${fmt(ura.steps.length / (ROUNDS * PER_ROUND), 0)}) ` +
        `× the GET /health floor measured right after that round (median Ura ${ms3(ura.floorMs)}, peer ${ms3(peer.floorMs)} ms); ` +
        "the median over rounds. CPU per update: " +
        "around each webhook request, less the floor (the queue consumer's work is not in it). It includes the desk (Durable " +
        "Object, SQLite) and the queue, which Cloudflare bills as their own invocations.",
    ],
  };
}
