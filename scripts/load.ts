/**
 * `npm run load` (issue 8): the Worker under `wrangler dev` on loopback (its school desks and the
 * notice queue included), Telegram simulated by the project's TelegramSim behind a local HTTP
 * server, and many people at once: N students (default 64, LOAD_STUDENTS) each send a complete
 * report, while each school's two advisers — enrolled through the bot (admin → principal →
 * advisers) — open every notice, race to take the case, and write to the student, who answers.
 * Bounded in count and time (LOAD_SECONDS, default 240); it stops by itself.
 *
 * It prints throughput, latency percentiles, errors (non-200s; a 503 is redelivered as Telegram
 * would) and a contents check: every sent report exactly once in KV (its row listed with `wrangler
 * kv key list --local`, independent of the Worker), every adviser told of every mediation case
 * exactly once, every case taken by exactly one adviser, every answer delivered once. Exits 1 when
 * anything was lost, doubled or failed.
 */
import { allowTextModules } from "./bench/text-modules.ts";

allowTextModules(); // before the imports below, whose src/ modules import Fluent files
const { CODE_ALPHABET } = await import("../src/crypto/encoding.ts");
const { keys } = await import("../src/storage/keys.ts");
const { Context, IDS, uraVars } = await import("./bench/context.ts");
const { run } = await import("./bench/build.ts");
const { driveReport, enrolSchool, PEER_CONFLICT } = await import("./bench/driver.ts");
const { adviserAtWork, caseOf, LoadTarget, studentAnswers } = await import("./bench/load-actors.ts");
const { isOpen } = await import("./bench/staff.ts");
const { fmt, percentile, table } = await import("./bench/stats.ts");
const { FakeBotApi } = await import("./bench/telegram.ts");
type Button = import("./bench/telegram.ts").Button;
const { DevWorker } = await import("./bench/worker.ts");

const STUDENTS = Number(process.env.LOAD_STUDENTS ?? 64);
const SCHOOLS = Number(process.env.LOAD_SCHOOLS ?? 8);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 240);
/** One report in four is repeated bullying: it goes to staff, not to mediation (no adviser notice). */
const BULLYING = { ...PEER_CONFLICT, often: "repeated" };
const CODE = new RegExp(`[${CODE_ALPHABET}]{5} [${CODE_ALPHABET}]{5}`);

type Outcome = {
  student: number;
  school: string;
  code?: string;
  mediation: boolean;
  answered: boolean;
  error?: string;
};

async function main(): Promise<number> {
  const tg = await new FakeBotApi().start();
  const ctx = new Context(tg);
  ctx.cleanups.unshift(() => tg.stop());
  process.once("SIGINT", () => void ctx.cleanUp().finally(() => process.exit(130)));
  try {
    const build = await ctx.build("deploy");
    const worker = new DevWorker("ura", build.config, tg, uraVars("local"), "bench-secret-0123456789");
    ctx.cleanups.push(() => worker.stop());
    await worker.start();
    const target = new LoadTarget(worker);

    // Schools and staff, enrolled one after another through the bot (not part of the load).
    const schools: { code: string; advisers: number[] }[] = [];
    for (let s = 0; s < SCHOOLS; s++) {
      const principal = IDS.principal + 100 * s;
      const advisers = [principal + 1, principal + 2];
      const staff = await enrolSchool(worker, tg, IDS.admin, `Load School ${s + 1}`, principal, advisers);
      schools.push({ code: staff.school, advisers });
    }
    const setupCalls = target.latencies.length;
    const deadline = Date.now() + SECONDS * 1000;
    const over = () => Date.now() > deadline;
    const logs = new Map<number, { opened: Set<string>; took: string[]; wrote: string[] }>();
    let reportsDone = false;
    const advisers = schools.flatMap((s) =>
      s.advisers.map((id) => {
        const log = { opened: new Set<string>(), took: [], wrote: [] };
        logs.set(id, log);
        return adviserAtWork(target, tg, id, () => over() || (reportsDone && settled()), log);
      }),
    );
    // The advisers stop once the reports are in and every notice has been acted on for a while.
    let lastChange = Date.now();
    let lastOpened = 0;
    const settled = () => {
      const opened = [...logs.values()].reduce((a, l) => a + l.opened.size, 0);
      if (opened !== lastOpened) [lastOpened, lastChange] = [opened, Date.now()];
      return Date.now() - lastChange > 5_000;
    };

    const started = performance.now();
    const outcomes = await Promise.all(
      Array.from({ length: STUDENTS }, async (_, i): Promise<Outcome> => {
        const student = IDS.firstStudent + i;
        const school = schools[i % SCHOOLS] as { code: string };
        const mediation = i % 4 !== 3;
        try {
          const steps = await driveReport(
            target,
            tg,
            student,
            school.code,
            mediation ? PEER_CONFLICT : BULLYING,
          );
          const text =
            steps
              .at(-1)
              ?.calls.map((c) => String(c.payload.text ?? ""))
              .join("\n") ?? "";
          const code = CODE.exec(text)?.[0]?.replace(" ", "");
          const answered =
            mediation && (await studentAnswers(target, tg, student, steps[0]?.calls[0]?.seq ?? 0, over));
          return {
            student,
            school: school.code,
            mediation,
            answered,
            ...(code ? { code } : { error: "no confirmation" }),
          };
        } catch (error) {
          return {
            student,
            school: school.code,
            mediation,
            answered: false,
            error: String(error).split("\n")[0],
          };
        }
      }),
    );
    reportsDone = true;
    const elapsed = (performance.now() - started) / 1000; // every student done: reported, and answered the club
    await Promise.all(advisers);
    await tg.settle(3_000, 30_000);
    return await report({
      worker,
      target,
      tg,
      schools,
      outcomes,
      logs,
      elapsed,
      setupCalls,
      config: build.config,
    });
  } finally {
    await ctx.cleanUp();
  }
}

interface Run {
  worker: InstanceType<typeof DevWorker>;
  target: InstanceType<typeof LoadTarget>;
  tg: InstanceType<typeof FakeBotApi>;
  schools: { code: string; advisers: number[] }[];
  outcomes: Outcome[];
  logs: Map<number, { opened: Set<string>; took: string[]; wrote: string[] }>;
  elapsed: number;
  setupCalls: number;
  config: string;
}

/** Case rows per school, as `wrangler kv key list --local` shows the Worker's store. */
async function caseRows(r: Run, school: string): Promise<string[]> {
  const args = [
    "wrangler",
    "kv",
    "key",
    "list",
    "--binding",
    "KV",
    "--local",
    "--persist-to",
    r.worker.persistTo,
  ];
  const out = await run("npx", [...args, "--config", r.config, "--prefix", keys.casesOfSchoolPrefix(school)]);
  const rows = JSON.parse(out.slice(out.indexOf("["))) as { name: string }[];
  return rows.map((k) => k.name.split(":")[2] ?? "");
}

async function report(r: Run): Promise<number> {
  const lat = r.target.latencies.slice(r.setupCalls);
  const updates = lat.length;
  const sent = r.outcomes.filter((o) => o.code);
  const problems: string[] = [];
  // Every confirmed report exactly once in KV, nothing else there.
  let lost = 0;
  let doubled = 0;
  for (const school of r.schools) {
    const rows = await caseRows(r, school.code);
    const expected = sent.filter((o) => o.school === school.code).map((o) => o.code as string);
    for (const code of expected) {
      const n = rows.filter((id) => id === code).length;
      if (n === 0) lost++;
      if (n > 1) doubled++;
    }
    const extra = rows.filter((id) => !expected.includes(id));
    if (extra.length) problems.push(`${school.code}: ${extra.length} case rows no student was told about`);
  }
  // Each adviser told once of each mediation case of their school; each case taken by one adviser.
  let noticesLost = 0;
  let noticesDoubled = 0;
  for (const school of r.schools) {
    const cases = sent.filter((o) => o.school === school.code && o.mediation).map((o) => o.code as string);
    for (const adviser of school.advisers) {
      const ids = r.tg.calls
        .filter((c) => Number(c.payload.chat_id) === adviser && c.result.ok)
        .flatMap(
          (c) =>
            (
              c.payload.reply_markup as { inline_keyboard?: Button[][] } | undefined
            )?.inline_keyboard?.flat() ?? [],
        )
        .filter((b) => typeof b.callback_data === "string" && isOpen(b))
        .map(caseOf);
      for (const code of cases) {
        const n = ids.filter((id) => id === code).length;
        if (n === 0) noticesLost++;
        if (n > 1) noticesDoubled++;
      }
    }
  }
  const takers = new Map<string, number>();
  for (const log of r.logs.values()) for (const c of log.took) takers.set(c, (takers.get(c) ?? 0) + 1);
  const twoWinners = [...takers.values()].filter((n) => n > 1).length;
  const mediation = sent.filter((o) => o.mediation);
  const untaken = mediation.filter((o) => !takers.has(o.code as string)).length;
  const unanswered = mediation.filter((o) => !o.answered).length;
  const non200 = [...r.target.statuses].filter(([s]) => s !== 200);
  const failedStudents = r.outcomes.filter((o) => o.error);

  console.log(
    `\nUra under load: ${r.outcomes.length} students at once, ${r.schools.length} schools with 2 advisers each\n`,
  );
  const rows: string[][] = [
    ["reports sent (confirmed to the student)", `${sent.length} of ${r.outcomes.length}`],
    [
      "webhook updates (until every student was done)",
      `${updates} in ${fmt(r.elapsed, 1)} s (${fmt(updates / r.elapsed, 1)} updates/s, ${fmt(sent.length / r.elapsed, 2)} reports/s)`,
    ],
    [
      "latency p50 / p95 / p99 / max",
      `${[50, 95, 99, 100].map((p) => fmt(percentile(lat, p), 1)).join(" / ")} ms`,
    ],
    ["non-200 answers", non200.length ? non200.map(([s, n]) => `${n}× ${s}`).join(", ") : "0"],
    ["redelivered (503 and the like, as Telegram would)", String(r.target.redelivered)],
    ["updates that failed every redelivery", String(r.target.failed)],
    ["students who could not finish", String(failedStudents.length)],
    ["cases lost / doubled in KV", `${lost} / ${doubled}`],
    ["adviser notices lost / doubled", `${noticesLost} / ${noticesDoubled} (of ${mediation.length * 2})`],
    ["mediation cases taken by two advisers / by none", `${twoWinners} / ${untaken}`],
    ["club messages the student never got to answer", String(unanswered)],
  ];
  for (const line of table(["figure", "measured"], rows)) console.log(line);
  for (const o of failedStudents.slice(0, 5)) console.log(`  student ${o.student}: ${o.error}`);
  for (const p of problems) console.log(`  ${p}`);
  const bad =
    r.target.failed +
    failedStudents.length +
    lost +
    doubled +
    noticesLost +
    noticesDoubled +
    twoWinners +
    untaken +
    unanswered +
    problems.length;
  console.log(
    bad ? "\nFAILED: something was lost, doubled or refused." : "\nOK: 0 errors, 0 lost, 0 doubled.",
  );
  return bad ? 1 : 0;
}

process.exitCode = await main();
