#!/usr/bin/env node
/**
 * `npm run bench`: measures the figures of DESIGN.md's "Performance budget" and prints them next to
 * their budgets. It never asserts a timing (timings depend on the machine); it exits non-zero only
 * when something crashed, e.g. the Worker did not start or a report could not be completed.
 *
 * How: the real Worker runs under `wrangler dev --local` against a fake Telegram Bot API served by
 * this process, and a driver plays students through complete reports via the webhook. KV costs come
 * from the Worker's own per-request count (`X-Ura-KV-Ops` header); CPU comes from outside workerd
 * (/proc schedstat), because inside workerd the clocks do not advance during computation. That CPU
 * also pays for wrangler dev's HTTP stack, so it is an upper bound; a second CPU figure imports the
 * same bundle into Node and times the Worker's fetch() alone (scripts/bench-cpu.mjs). The driver and
 * the fake Bot API that both use live in scripts/bench-driver.mjs.
 *
 * Adding a figure: write an async function that returns rows and append it to MEASUREMENTS below.
 */
import { spawn, execFile } from "node:child_process";
import { randomInt } from "node:crypto";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { createServer as createNetServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import {
  ADMIN_ID,
  ADVISER_ID,
  BENCH_KEYS,
  BOT_TOKEN,
  callbackUpdate,
  createSchool,
  driveCallProbes,
  driveReport,
  FakeTelegram,
  FIRST_STUDENT_ID,
  fmt,
  KIND,
  max,
  mean,
  messageUpdate,
  percentile,
  PRINCIPAL_ID,
  PROBE,
  QUEUE_ADVISER_ID,
  REPORT_CHOICES,
  sum,
  WEBHOOK_SECRET,
} from "./bench-driver.mjs";
import { ensureNode22 } from "./node22.mjs";

ensureNode22();

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const STUDENTS = 30; // complete reports driven through the bot
const WARMUP_REPORTS = 5; // the first reports warm up workerd/V8 and are left out of the CPU figures
const READY_TIMEOUT_MS = 90_000;

// The students whose cases the adviser-actions staff work on (the staff ids are in bench-driver.mjs).
const FIRST_CASE_STUDENT_ID = 930001;
const ADVISER_ROUNDS = 5; // cases worked through, one student each: CPU is the p50 over the rounds
const QUEUE_CASES = 1000;
const QUEUE_REPEATS = 10;

// npx/wrangler must run on the same Node as this script (wrangler refuses Node < 22.12).
const CHILD_ENV = {
  ...process.env,
  PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ""}`,
  WRANGLER_SEND_METRICS: "false",
};

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/* ───────────────────────────── fake Telegram Bot API ───────────────────────────── */

/** The shared fake (bench-driver.mjs) behind an HTTP server: workerd reaches it by real fetches. */
class HttpFakeTelegram extends FakeTelegram {
  async start() {
    this.server = createServer((req, res) => {
      const chunks = [];
      req.on("data", (c) => chunks.push(c));
      req.on("end", () => {
        const body = this.answer(req.url ?? "", Buffer.concat(chunks).toString("utf8"));
        res.writeHead(200, { "content-type": "application/json" });
        res.end(body);
      });
    });
    await new Promise((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.port = this.server.address().port;
    return this;
  }

  async stop() {
    this.server?.closeAllConnections?.();
    await new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/* ───────────────────────────── the Worker under wrangler dev ───────────────────────────── */

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createNetServer();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Parent pid and command name of every process, from /proc/<pid>/stat. */
function processTable() {
  const table = new Map();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // comm may contain spaces and parentheses: it ends at the LAST ')'.
      const comm = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      table.set(Number(entry), { ppid, comm });
    } catch {
      // the process ended while we looked
    }
  }
  return table;
}

function descendantsOf(rootPid) {
  const table = processTable();
  const isDescendant = (pid) => {
    for (let p = pid, hops = 0; p > 1 && hops < 64; hops++) {
      if (p === rootPid) return true;
      p = table.get(p)?.ppid ?? 0;
    }
    return false;
  };
  return [...table.entries()].filter(([pid]) => pid !== rootPid && isDescendant(pid));
}

/** CPU time (ns) a process has used so far: the sum over its threads' schedstat run time. */
function cpuNs(pid) {
  let total = 0;
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      total += Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, "utf8").split(" ")[0]);
    } catch {
      // the thread ended between readdir and read
    }
  }
  return total;
}

class Worker {
  log = "";
  restarts = 0;
  // Bot API calls that reached the fake after the webhook response of the update that made them
  // (post() attributes calls by arrival between its request and the response, see below).
  lateCalls = 0;
  #callsAtLastResponse;

  constructor(telegram, build) {
    this.telegram = telegram;
    this.build = build;
  }

  async start() {
    this.port = await freePort();
    this.inspectorPort = await freePort();
    this.dir = await mkdtemp(path.join(tmpdir(), "ura-bench-"));
    // Local KV lives here; `wrangler kv bulk put --persist-to` seeds the same store.
    this.persistTo = path.join(this.dir, "state");
    // An empty env file stops wrangler from reading a developer's .dev.vars into the bench.
    const envFile = path.join(this.dir, "empty.env");
    await writeFile(envFile, "");
    const vars = {
      BOT_TOKEN,
      WEBHOOK_SECRET,
      TELEGRAM_API_ROOT: `http://127.0.0.1:${this.telegram.port}`,
      ...BENCH_KEYS,
      ADMIN_IDS: String(ADMIN_ID),
      // "Take" sleeps this long before re-reading the case (wall time, not CPU): 1 s by default
      // would only slow the bench down.
      CLAIM_SETTLE_MS: "50",
    };
    const args = [
      "wrangler",
      "dev",
      "--local",
      "--config",
      this.build.config,
      "--ip",
      "127.0.0.1",
      "--port",
      String(this.port),
      "--inspector-port",
      String(this.inspectorPort),
      "--persist-to",
      this.persistTo,
      "--env-file",
      envFile,
      "--show-interactive-dev-session=false",
      // wrangler splits `--var KEY:VALUE` at the first ':' only, so the token's own ':' survives.
      ...Object.entries(vars).flatMap(([k, v]) => ["--var", `${k}:${v}`]),
    ];
    // Detached: its own process group, so stop() can end npx, wrangler and workerd together.
    this.child = spawn("npx", args, {
      cwd: ROOT,
      env: CHILD_ENV,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const keep = (chunk) => {
      this.log = (this.log + chunk.toString()).slice(-20_000);
    };
    this.child.stdout.on("data", keep);
    this.child.stderr.on("data", keep);
    this.base = `http://127.0.0.1:${this.port}`;

    const deadline = Date.now() + READY_TIMEOUT_MS;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null)
        throw new Error(`wrangler dev exited (${this.child.exitCode})\n${this.tail()}`);
      try {
        if ((await fetch(`${this.base}/health`)).status === 200) break;
      } catch {
        // not listening yet
      }
      await sleep(250);
    }
    if (Date.now() >= deadline) throw new Error(`the Worker did not answer /health in time\n${this.tail()}`);
    this.workerdPid = this.#findWorkerd();
    return this;
  }

  /**
   * wrangler runs two workerd processes: a proxy that owns --port and the one that runs our Worker.
   * The proxy's socket addresses name our port on its command line; the Worker's do not.
   */
  #findWorkerd() {
    try {
      const candidates = descendantsOf(this.child.pid).filter(([, p]) => p.comm === "workerd");
      const withCmd = candidates.map(([pid]) => {
        let cmd = "";
        try {
          cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
        } catch {}
        return { pid, cmd };
      });
      this.workerdCandidates = withCmd;
      const notProxy = withCmd.filter((c) => !c.cmd.includes(`:${this.port}`));
      const chosen = (notProxy.length ? notProxy : withCmd).at(-1);
      if (chosen) cpuNs(chosen.pid); // probe once: throws if schedstat is unavailable
      return chosen?.pid;
    } catch {
      return undefined; // no /proc (or no schedstat): CPU figures print "n/a"
    }
  }

  tail(lines = 30) {
    return this.log.split("\n").slice(-lines).join("\n");
  }

  /**
   * workerd's CPU so far, or undefined. Should workerd have been replaced (wrangler restarts it on a
   * reload), the sample is dropped and the new process found, instead of crashing the bench.
   */
  cpu() {
    if (this.workerdPid === undefined) return undefined;
    try {
      return cpuNs(this.workerdPid);
    } catch {
      this.restarts++;
      this.workerdPid = this.#findWorkerd();
      return undefined;
    }
  }

  /**
   * Posts one update to the webhook. Returns the HTTP status, the Worker's KV op count for the
   * request, the CPU workerd spent on it (ns, or undefined), its wall time as the client saw it
   * (ms) and the Bot API calls it made.
   */
  async post(update) {
    const seq = this.telegram.calls.length;
    // Calls since the previous response came from no request of ours: that update's handler went on
    // after answering (e.g. waitUntil), so its calls would be counted against the wrong update.
    if (this.#callsAtLastResponse !== undefined) this.lateCalls += seq - this.#callsAtLastResponse;
    const before = this.cpu();
    const started = performance.now();
    const response = await fetch(`${this.base}/telegram/webhook`, {
      method: "POST",
      headers: { "content-type": "application/json", "X-Telegram-Bot-Api-Secret-Token": WEBHOOK_SECRET },
      body: JSON.stringify(update),
    });
    await response.arrayBuffer();
    const wallMs = performance.now() - started;
    const after = before === undefined ? undefined : this.cpu();
    this.#callsAtLastResponse = this.telegram.calls.length;
    const header = response.headers.get("X-Ura-KV-Ops") ?? "";
    const ops = { reads: 0, writes: 0, deletes: 0, lists: 0 };
    for (const [, key, n] of header.matchAll(/(\w+)=(\d+)/g)) ops[key] = Number(n);
    if (!header) ops.missing = true;
    return {
      status: response.status,
      ops,
      cpuNs: before === undefined || after === undefined ? undefined : after - before,
      wallMs,
      calls: this.telegram.callsSince(seq),
    };
  }

  /** CPU workerd spends on a bare `GET /health`: the local stack's floor for any request. */
  async healthCpuNs() {
    const before = this.cpu();
    const response = await fetch(`${this.base}/health`);
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`/health answered HTTP ${response.status}`);
    const after = before === undefined ? undefined : this.cpu();
    return before === undefined || after === undefined ? undefined : after - before;
  }

  async stop() {
    if (this.child?.pid && this.child.exitCode === null) {
      try {
        process.kill(-this.child.pid, "SIGTERM");
      } catch {}
      const deadline = Date.now() + 5000;
      while (this.child.exitCode === null && this.child.signalCode === null && Date.now() < deadline)
        await sleep(100);
      try {
        process.kill(-this.child.pid, "SIGKILL"); // whatever ignored SIGTERM (workerd children)
      } catch {}
    }
    if (this.dir) await rm(this.dir, { recursive: true, force: true }).catch(() => {});
  }
}

/* ───────────────────────────── measurements ───────────────────────────── */

/**
 * A row: { figure, value, budget?, ok? } — ok true/false is printed "ok"/"OVER", undefined "—".
 * A measurement may also return `notes` (lines printed under the table) and `details` (a block).
 */

/** Starts the Worker once for every measurement that needs it. */
async function sharedWorker(context) {
  if (!context.worker) {
    const built = await build(context);
    context.telegram = await new HttpFakeTelegram().start();
    context.worker = new Worker(context.telegram, built);
    context.cleanups.push(
      () => context.worker.stop(),
      () => context.telegram.stop(),
    );
    await context.worker.start();
  }
  return context.worker;
}

/**
 * The complete reports (STUDENTS of them, one school) that measureReports and measureBotApiCalls
 * share, played once: `{ code, reports }`, each report its updates' post() results tagged by kind.
 */
async function playReports(context) {
  if (!context.reports) {
    const worker = await sharedWorker(context);
    const code = await createSchool(worker, context.telegram);
    const reports = [];
    for (let i = 0; i < STUDENTS; i++)
      reports.push(await driveReport(worker, context.telegram, FIRST_STUDENT_ID + i, code));
    context.reports = { code, reports };
  }
  return context.reports;
}

async function measureReports(context) {
  const worker = await sharedWorker(context);
  const { reports } = await playReports(context);

  const all = reports.flat();
  const perReport = reports.map((steps) => {
    const total = { reads: 0, writes: 0, deletes: 0, lists: 0, updates: steps.length };
    for (const s of steps) for (const k of ["reads", "writes", "deletes", "lists"]) total[k] += s.ops[k];
    return total;
  });
  const missingHeader = all.filter((s) => s.ops.missing).length;
  const hot = all.filter((s) => s.kind === KIND.choice || s.kind === KIND.summary);
  const measured = reports.slice(WARMUP_REPORTS).flat();
  const cpuMs = measured
    .map((s) => s.cpuNs)
    .filter((x) => x !== undefined)
    .map((ns) => ns / 1e6);
  const cpuAvailable = worker.workerdPid !== undefined && cpuMs.length > 0;
  // The floor every request pays under wrangler dev (miniflare's entry worker, HTTP, Hono): a warm
  // GET /health. Subtracting its median estimates the part the update itself costs.
  const floorMs = [];
  for (let i = 0; cpuAvailable && i < 100; i++) {
    const ns = await worker.healthCpuNs();
    if (ns !== undefined) floorMs.push(ns / 1e6);
  }
  const floor = percentile(floorMs, 50);
  const netMs = cpuMs.map((ms) => ms - floor);

  const writes = perReport.map((r) => r.writes);
  const rows = [
    {
      figure: "KV writes per completed report (max)",
      value: `${max(writes)} (mean ${fmt(mean(writes))})`,
      budget: "≤ 2",
      ok: max(writes) <= 2,
    },
    {
      figure: "KV reads per completed report",
      value: `${max(perReport.map((r) => r.reads))} (mean ${fmt(mean(perReport.map((r) => r.reads)))})`,
    },
    {
      figure: "KV deletes / lists per completed report",
      value: `${max(perReport.map((r) => r.deletes))} / ${max(perReport.map((r) => r.lists))}`,
    },
    {
      figure: "KV reads per update, hot path (button presses)",
      value: `max ${max(hot.map((s) => s.ops.reads))}, mean ${fmt(mean(hot.map((s) => s.ops.reads)))}`,
      budget: "≤ 1",
      ok: max(hot.map((s) => s.ops.reads)) <= 1,
    },
    {
      figure: "KV reads per update, all updates",
      value: `max ${max(all.map((s) => s.ops.reads))}, mean ${fmt(mean(all.map((s) => s.ops.reads)))}`,
      budget: "(≤ 1 applies to the hot path)",
    },
    {
      figure: "CPU per update p50 (workerd, incl. HTTP)",
      value: cpuAvailable ? `${fmt(percentile(cpuMs, 50), 3)} ms` : "n/a",
      budget: "≤ 1 ms",
      ok: cpuAvailable ? percentile(cpuMs, 50) <= 1 : undefined,
    },
    {
      figure: "CPU per update p99 (workerd, incl. HTTP)",
      value: cpuAvailable ? `${fmt(percentile(cpuMs, 99), 3)} ms` : "n/a",
      budget: "≤ 5 ms",
      ok: cpuAvailable ? percentile(cpuMs, 99) <= 5 : undefined,
    },
    {
      figure: "  net of a GET /health (p50 / p99)",
      value: cpuAvailable ? `${fmt(percentile(netMs, 50), 3)} / ${fmt(percentile(netMs, 99), 3)} ms` : "n/a",
      budget: "≤ 1 / ≤ 5 ms",
      ok: cpuAvailable ? percentile(netMs, 50) <= 1 && percentile(netMs, 99) <= 5 : undefined,
    },
  ];

  // Per update type: where the KV operations and the CPU go.
  const kinds = [...new Set(all.map((s) => s.kind))];
  const detailRows = kinds.map((kind) => {
    const of = all.filter((s) => s.kind === kind);
    const cpu = measured.filter((s) => s.kind === kind && s.cpuNs !== undefined).map((s) => s.cpuNs / 1e6);
    const stat = (k) => `${max(of.map((s) => s.ops[k]))}/${fmt(mean(of.map((s) => s.ops[k])))}`;
    return [
      ...kvCells(kind, of, stat),
      cpu.length ? fmt(percentile(cpu, 50), 3) : "n/a",
      cpu.length ? fmt(percentile(cpu, 99), 3) : "n/a",
    ];
  });
  const details = [
    "Per update type (KV figures are max/mean over all reports; CPU over the measured ones):",
    ...table(
      ["update", "count", "reads", "writes", "deletes", "lists", "CPU p50 ms", "CPU p99 ms"],
      detailRows,
    ),
  ];

  const notes = [
    `${STUDENTS} complete reports of ${fmt(mean(perReport.map((r) => r.updates)))} updates each ` +
      `(/start, ${REPORT_CHOICES.length} choices at most, summary, description); every update answered 200.`,
    cpuAvailable
      ? `CPU is workerd's (pid ${worker.workerdPid}) schedstat run time around each webhook request, over ` +
        `${cpuMs.length} updates after ${WARMUP_REPORTS} warm-up reports. It includes HTTP parsing and the ` +
        "outgoing Bot API fetches to the fake server, so it overstates the Worker's own CPU. A bare GET " +
        `/health costs ${fmt(floor, 3)} ms (p50 of 100) in the same process: that floor is wrangler dev's ` +
        'local stack, not the update; the "net" row subtracts it.'
      : "CPU: n/a (no /proc schedstat for workerd on this machine).",
  ];
  if (worker.workerdCandidates?.length > 1) {
    notes.push(
      `(${worker.workerdCandidates.length} workerd processes; measured the one not bound to the dev port.)`,
    );
  }
  if (worker.restarts)
    notes.push(`WARNING: workerd was replaced ${worker.restarts} time(s) during the run (a reload?).`);
  if (missingHeader)
    notes.push(`WARNING: ${missingHeader} responses had no X-Ura-KV-Ops header (counted as 0).`);
  return { rows, details, notes };
}

/* ───────────────────────────── staff: enrolment, adviser actions, the queue ───────────────────────────── */

const SENDS = ["sendMessage", "sendPhoto", "copyMessage"];
const CASE_ID_CHARS = 10; // src/domain/case.ts CASE_ID_LENGTH
const CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"; // src/crypto/encoding.ts: case ids and codes

/** What the bot sent to one chat while answering a request, as one text. */
const textTo = (result, chatId) =>
  result.calls
    .filter((c) => SENDS.includes(c.method) && Number(c.payload.chat_id) === chatId)
    .map((c) => c.payload.text ?? c.payload.caption ?? "")
    .join("\n");

/** Every inline button the bot sent or edited into one chat, with the message id it sits on. */
function buttonsTo(calls, chatId) {
  const out = [];
  for (const c of calls) {
    if (Number(c.payload.chat_id) !== chatId) continue;
    const messageId = SENDS.includes(c.method) ? c.messageId : c.payload.message_id;
    for (const b of c.payload.reply_markup?.inline_keyboard?.flat() ?? [])
      if (b.callback_data) out.push({ messageId, ...b });
  }
  return out;
}

/** The action of a case button: `C<locale><case id><action>~<mac>` → `<action>` (t, w, n, r…). */
const caseAction = (data) => data.slice(2 + CASE_ID_CHARS, data.lastIndexOf("~"));

/** A user's text message; a leading /command gets its bot_command entity, as Telegram sends it. */
async function say(worker, telegram, userId, text) {
  const command = text.match(/^\/\S+/)?.[0];
  const entities = command ? [{ type: "bot_command", offset: 0, length: command.length }] : undefined;
  const result = await worker.post(messageUpdate(telegram, userId, text, entities));
  if (result.status !== 200)
    throw new Error(`${userId}: "${text}" answered HTTP ${result.status}\n${worker.tail()}`);
  return result;
}

/** A user pressing an inline button found by buttonsTo(). */
async function press(worker, userId, button) {
  const result = await worker.post(callbackUpdate(userId, button.messageId, button.callback_data));
  if (result.status !== 200)
    throw new Error(`${userId}: pressing "${button.text}" answered HTTP ${result.status}\n${worker.tail()}`);
  return result;
}

/** `/invite …` answers a link `https://t.me/<bot>?start=j-<code>`: returns the code. */
async function invite(worker, telegram, inviterId, command) {
  const result = await say(worker, telegram, inviterId, command);
  const reply = textTo(result, inviterId);
  const code = reply.match(/start=j-([A-Za-z0-9]+)/)?.[1];
  if (!code) throw new Error(`no invite link in the reply to ${command}: ${JSON.stringify(reply)}`);
  return { code, result };
}

/** The invitee redeems the code (`/start j-<code>` from the link, or `/join <code>` typed). */
async function join(worker, telegram, userId, command) {
  const result = await say(worker, telegram, userId, command);
  const reply = textTo(result, userId);
  if (!reply.startsWith("Welcome!"))
    throw new Error(`${userId}: ${command} was refused: ${JSON.stringify(reply)}`);
  return result;
}

/** Per-step KV ops (max/mean) and CPU/wall (p50) of tagged samples, as table rows. */
function stepRows(samples) {
  const labels = [...new Set(samples.map((s) => s.step))];
  return labels.map((step) => {
    const of = samples.filter((s) => s.step === step);
    const cpu = of.filter((s) => s.cpuNs !== undefined).map((s) => s.cpuNs / 1e6);
    const stat = (k) => {
      const xs = of.map((s) => s.ops[k]);
      return max(xs) === Math.min(...xs) ? String(max(xs)) : `${max(xs)}/${fmt(mean(xs))}`;
    };
    const wall = fmt(
      percentile(
        of.map((s) => s.wallMs),
        50,
      ),
      1,
    );
    return [...kvCells(step, of, stat), cpu.length ? fmt(percentile(cpu, 50), 3) : "n/a", wall];
  });
}
/** A table row's first cells: what, how many, and its KV operations as `stat` renders them. */
function kvCells(label, samples, stat) {
  return [label, String(samples.length), stat("reads"), stat("writes"), stat("deletes"), stat("lists")];
}

const STEP_HEADER = ["update", "count", "reads", "writes", "deletes", "lists", "CPU p50 ms", "wall p50 ms"];

/** The measured actions: the table's label, and the short name the summary row uses. */
const ACTION = {
  open: { label: 'adviser: "Open the case"', short: "open" },
  take: { label: 'adviser: "✋ I take this case"', short: "take" },
  write: { label: 'adviser: "✉️ Write to the student"', short: "write" },
  relay: { label: "adviser: text → student", short: "relay" },
  answer: { label: 'student: "✍️ Answer"', short: "answer" },
  reply: { label: "student: text → adviser", short: "reply" },
};

/**
 * KV ops per adviser action. DESIGN budgets every write; the report's ≤ 2 writes is the only fixed
 * figure, so the adviser's side is printed as information. Staff are enrolled through the bot
 * exactly as in production (admin invites a principal, the principal invites the adviser), then each
 * round a student sends a peer-conflict report (mediation route → the adviser is notified) and the
 * adviser and the student go through open → take → write → relay → answer → reply.
 */
async function measureAdviserActions(context) {
  const worker = await sharedWorker(context);
  const { telegram } = context;
  const school = await createSchool(worker, telegram);

  const enrolment = [];
  const principalInvite = await invite(worker, telegram, ADMIN_ID, `/invite principal ${school}`);
  enrolment.push({ step: "admin: /invite principal <school>", ...principalInvite.result });
  enrolment.push({
    step: "principal: /start j-<code>",
    ...(await join(worker, telegram, PRINCIPAL_ID, `/start j-${principalInvite.code}`)),
  });
  const adviserInvite = await invite(worker, telegram, PRINCIPAL_ID, "/invite adviser");
  enrolment.push({ step: "principal: /invite adviser", ...adviserInvite.result });
  enrolment.push({
    step: "adviser: /join <code>",
    ...(await join(worker, telegram, ADVISER_ID, `/join ${adviserInvite.code}`)),
  });

  const samples = [];
  const record = (action, result) => {
    samples.push({ step: action.label, short: action.short, ...result });
    return result;
  };
  for (let round = 1; round <= ADVISER_ROUNDS; round++) {
    const student = FIRST_CASE_STUDENT_ID + round - 1;
    const fail = (what, result) =>
      new Error(
        `adviser round ${round}: ${what}; the bot said: ${JSON.stringify(textTo(result, ADVISER_ID))}`,
      );
    const seq = telegram.calls.length;
    await driveReport(worker, telegram, student, school);
    // The new-case notice: sent to the adviser's chat by the report's last update.
    const notice = buttonsTo(telegram.callsSince(seq), ADVISER_ID).find((b) =>
      b.callback_data.startsWith("O"),
    );
    if (!notice) throw new Error(`adviser round ${round}: no "Open the case" notice after the report`);

    const opened = record(ACTION.open, await press(worker, ADVISER_ID, notice));
    const take = buttonsTo(opened.calls, ADVISER_ID).find(
      (b) => b.callback_data.startsWith("C") && caseAction(b.callback_data) === "t",
    );
    if (!take) throw fail('no "take" button on the opened case', opened);

    const taken = record(ACTION.take, await press(worker, ADVISER_ID, take));
    const write = buttonsTo(taken.calls, ADVISER_ID).find(
      (b) => b.callback_data.startsWith("C") && caseAction(b.callback_data) === "w",
    );
    if (!write) throw fail('no "Write to the student" button after taking the case', taken);

    record(ACTION.write, await press(worker, ADVISER_ID, write));
    const toStudent = `Hello, this is the mediation club (round ${round}). Can we talk tomorrow?`;
    const relayed = record(ACTION.relay, await say(worker, telegram, ADVISER_ID, toStudent));
    if (!textTo(relayed, student).includes(toStudent))
      throw fail("the student did not get the message", relayed);
    const answer = buttonsTo(relayed.calls, student).find((b) => b.callback_data.startsWith("A"));
    if (!answer) throw fail('no "Answer" button under the relayed message', relayed);

    const answering = record(ACTION.answer, await press(worker, student, answer));
    const toAdviser = `Yes, after class (round ${round}).`;
    const replied = record(ACTION.reply, await say(worker, telegram, student, toAdviser));
    if (!textTo(replied, ADVISER_ID).includes(toAdviser)) {
      throw new Error(
        `adviser round ${round}: the adviser did not get the student's reply; the bot told the ` +
          `student ${JSON.stringify(textTo(answering, student))} then ${JSON.stringify(textTo(replied, student))}`,
      );
    }
  }

  const maxWrites = max(samples.map((s) => s.ops.writes));
  const heaviest = [...new Set(samples.filter((s) => s.ops.writes === maxWrites).map((s) => s.short))];
  return {
    rows: [
      {
        figure: "KV writes per adviser action (max)",
        value: `${maxWrites} (${heaviest.join(", ")})`,
        budget: "(information: no fixed budget)",
      },
      {
        figure: "KV reads per adviser action (max)",
        value: String(max(samples.map((s) => s.ops.reads))),
        budget: "(information: ≤ 1 is the report's hot path)",
      },
    ],
    details: [
      `Adviser actions (${ADVISER_ROUNDS} cases, one update each per case; KV max/mean when they differ):`,
      ...table(STEP_HEADER, stepRows(samples)),
      "",
      "Staff enrolment (once):",
      ...table(STEP_HEADER, stepRows(enrolment)),
    ],
    notes: [
      `Adviser actions: ${ADVISER_ROUNDS} peer-conflict reports, each opened, taken, written to and answered. ` +
        "Take waits CLAIM_SETTLE_MS (50 ms in the bench, 1 s by default) before re-reading the case: " +
        "that is in its wall time, not its CPU.",
    ],
  };
}

/** `count` unique case ids of CASE_ID_CHARS symbols, as the bot makes them. */
function caseIds(count) {
  const ids = new Set();
  while (ids.size < count) {
    let id = "";
    for (let i = 0; i < CASE_ID_CHARS; i++) id += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
    ids.add(id);
  }
  return [...ids];
}

/**
 * Writes `count` open mediation cases of `school` straight into the Worker's local KV with
 * `wrangler kv bulk put` (the same --persist-to store wrangler dev uses). The running wrangler dev
 * sees them at once (no restart), and measureQueue checks it: /queue must count all of them. Only
 * the list() metadata matters to the queue, so the values are `{}`; the ages vary so it really sorts.
 */
async function seedCases(context, worker, school, count) {
  const nowMinutes = Math.floor(Date.now() / 60_000);
  const entries = caseIds(count).map((id, i) => ({
    key: `case:${school}:${id}`,
    value: "{}",
    metadata: {
      r: "mediation",
      u: "normal",
      s: "new",
      c: "insults",
      t: nowMinutes - ((i * 37) % 20_000),
      w: "2026-W49",
    },
  }));
  const file = path.join(worker.dir, "queue-cases.json");
  await writeFile(file, JSON.stringify(entries));
  await new Promise((resolve, reject) => {
    execFile(
      "npx",
      [
        "wrangler",
        "kv",
        "bulk",
        "put",
        file,
        "--binding",
        "KV",
        "--local",
        "--persist-to",
        worker.persistTo,
        "--config",
        context.build.config,
      ],
      { cwd: ROOT, env: CHILD_ENV, maxBuffer: 10 * 1024 * 1024 },
      (error, stdout, stderr) =>
        error ? reject(new Error(`wrangler kv bulk put failed\n${stdout}${stderr}`)) : resolve(),
    );
  });
}

/**
 * DESIGN: "adviser queue of 1,000 open cases: 1 list() page, ≤ 50 ms" — the queue is built from
 * list() metadata, not N gets. A school of its own (so its queue holds exactly the seeded cases) and
 * an adviser enrolled by the admin's invite; 1,000 cases seeded into KV; then /queue, repeated.
 */
async function measureQueue(context) {
  const worker = await sharedWorker(context);
  const { telegram } = context;
  const school = await createSchool(worker, telegram);
  const { code } = await invite(worker, telegram, ADMIN_ID, `/invite adviser ${school}`);
  await join(worker, telegram, QUEUE_ADVISER_ID, `/join ${code}`);
  await seedCases(context, worker, school, QUEUE_CASES);

  const samples = [];
  for (let i = 0; i < QUEUE_REPEATS; i++)
    samples.push({ step: "adviser: /queue", ...(await say(worker, telegram, QUEUE_ADVISER_ID, "/queue")) });
  // The title says how many cases the queue holds: "Cases — all open (1,000):" (a localized number).
  const title = textTo(samples[0], QUEUE_ADVISER_ID).split("\n")[0];
  const counted = Number(title.match(/\(([\d.,\s\u00a0\u202f]+)\)/)?.[1]?.replace(/\D/g, ""));
  if (counted !== QUEUE_CASES)
    throw new Error(
      `/queue counted ${counted} cases, not the ${QUEUE_CASES} seeded: ${JSON.stringify(title)}`,
    );

  const wall = samples.map((s) => s.wallMs);
  const lists = samples.map((s) => s.ops.lists);
  const cpu = samples.filter((s) => s.cpuNs !== undefined).map((s) => s.cpuNs / 1e6);
  return {
    rows: [
      {
        figure: "adviser queue of 1,000 open cases",
        value: `${fmt(percentile(wall, 50), 1)} ms p50 wall, ${max(lists)} list()`,
        budget: "1 list() page, ≤ 50 ms",
        ok: max(lists) === 1 && percentile(wall, 50) <= 50,
      },
      {
        figure: "  /queue: wall max, CPU p50, KV reads",
        value:
          `${fmt(max(wall), 1)} ms, ${cpu.length ? `${fmt(percentile(cpu, 50), 2)} ms` : "n/a"}, ` +
          `${max(samples.map((s) => s.ops.reads))}`,
      },
    ],
    details: [
      `Adviser queue (${QUEUE_CASES} seeded open cases, /queue ×${QUEUE_REPEATS}):`,
      ...table(STEP_HEADER, stepRows(samples)),
      `  reply title: ${title}`,
    ],
    notes: [
      `Queue: wall time is the whole webhook request as the client sees it on localhost (wrangler dev's ` +
        "proxy, the list() of the local KV, the reply's sendMessage to the fake Bot API).",
    ],
  };
}

/* ───────────────────────────── the Worker's code alone, in Node ───────────────────────────── */

/**
 * Separate Node processes (fresh isolates) that each play the bench-cpu.mjs conversations. One run's
 * p50 moves by ±20 % from run to run on a small shared machine (JIT timing, neighbours), so the
 * figure pools the samples of a few runs and prints the spread of the per-run p50s.
 */
const NODE_RUNS = 3;

/** One child run of scripts/bench-cpu.mjs on the built bundle (`args`: its options): its parsed JSON. */
function runWorkerCodeChild(outdir, args = []) {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [
        "--import",
        pathToFileURL(path.join(ROOT, "scripts", "bench-cpu-loader.mjs")).href,
        path.join(ROOT, "scripts", "bench-cpu.mjs"),
        outdir,
        ...args,
      ],
      { cwd: ROOT, env: CHILD_ENV, maxBuffer: 64 * 1024 * 1024, timeout: 10 * 60_000 },
      (error, stdout, stderr) =>
        error
          ? reject(new Error(`scripts/bench-cpu.mjs failed\n${stderr.split("\n").slice(-30).join("\n")}`))
          : resolve(JSON.parse(stdout)),
    );
  });
}

/**
 * The workerd CPU figure above is an upper bound: it also counts wrangler dev's local HTTP stack and
 * the real HTTP fetches to the fake Bot API. scripts/bench-cpu.mjs imports the same bundle into a
 * child Node process and calls its fetch() directly (in-memory KV, in-process Bot API), so the CPU
 * around each call is the Worker's own code. A child, because the bundle's .ftl text modules need a
 * loader hook, and so the Worker's globals (fetch, crypto) are swapped there, not in this process.
 */
async function measureWorkerCode(context) {
  const { outdir } = await build(context);
  const runs = [];
  for (let i = 0; i < NODE_RUNS; i++) runs.push(await runWorkerCodeChild(outdir));

  const { runtime } = runs[0];
  // Each phase ("warm", "hot"), pooled over the runs.
  const phase = (name) => {
    const of = runs.map((run) => run.phases.find((p) => p.name === name));
    return { ...of[0], samples: of.flatMap((p) => p.samples), perRun: of.map((p) => p.samples) };
  };
  const warm = phase("warm");
  const hot = phase("hot");
  const cpuOf = (samples) => samples.map((s) => s.cpuMs);
  const p50 = (samples) => percentile(cpuOf(samples), 50);
  const p99 = (samples) => percentile(cpuOf(samples), 99);
  // The main thread alone (no V8 background compiler/GC threads, no crypto pool): "n/a" on a Node
  // without process.threadCpuUsage.
  const mainOf = (samples) => samples.map((s) => s.mainMs).filter((x) => x !== undefined);
  // Three decimals, zeros kept: these figures sit in tenths of a millisecond.
  const ms3 = (n) => (Number.isFinite(n) ? n.toFixed(3) : "n/a");
  const spread = (values) => `${ms3(Math.min(...values))}–${ms3(Math.max(...values))}`;

  const rows = [
    {
      figure: "CPU per update p50 (Worker code alone, in Node)",
      value: `${ms3(p50(warm.samples))} ms`,
      budget: "≤ 1 ms",
      ok: p50(warm.samples) <= 1,
    },
    {
      figure: "CPU per update p99 (Worker code alone, in Node)",
      value: `${ms3(p99(warm.samples))} ms`,
      budget: "≤ 5 ms",
      ok: p99(warm.samples) <= 5,
    },
    {
      figure: `  per run (${NODE_RUNS}): p50 / p99 ranges`,
      value: `${spread(warm.perRun.map(p50))} / ${spread(warm.perRun.map(p99))} ms`,
    },
    {
      figure: "  main thread only (p50 / p99)",
      value: `${ms3(percentile(mainOf(warm.samples), 50))} / ${ms3(percentile(mainOf(warm.samples), 99))} ms`,
    },
    {
      figure: `  V8 hot, after ${hot.after} reports (p50 / p99)`,
      value: `${ms3(p50(hot.samples))} / ${ms3(p99(hot.samples))} ms`,
      budget: "≤ 1 / ≤ 5 ms",
      ok: p50(hot.samples) <= 1 && p99(hot.samples) <= 5,
    },
  ];

  const kinds = [...new Set(warm.samples.map((s) => s.kind))];
  const detailRows = [undefined, ...kinds].map((kind) => {
    const of = (p) => p.samples.filter((s) => kind === undefined || s.kind === kind);
    const wall = of(warm).map((s) => s.wallMs);
    return [
      kind ?? "all updates",
      String(of(warm).length),
      ms3(p50(of(warm))),
      ms3(p99(of(warm))),
      ms3(percentile(mainOf(of(warm)), 50)),
      ms3(percentile(mainOf(of(warm)), 99)),
      ms3(percentile(wall, 50)),
      ms3(percentile(wall, 99)),
      ms3(p50(of(hot))),
      ms3(p99(of(hot))),
    ];
  });

  // KV ops per report, from the Worker's own header: the same code path as under workerd, so
  // these should equal the workerd run's; a difference would mean the in-memory KV behaves otherwise.
  const perReport = new Map();
  for (const s of warm.perRun[0]) {
    const total = perReport.get(s.report) ?? { reads: 0, writes: 0 };
    total.reads += s.ops.reads;
    total.writes += s.ops.writes;
    perReport.set(s.report, total);
  }
  const reportWrites = max([...perReport.values()].map((r) => r.writes));
  const reportReads = max([...perReport.values()].map((r) => r.reads));
  const fakeP50 = percentile(
    warm.samples.map((s) => s.fakeMs),
    50,
  );

  // WebCrypto: the calls are the same every run; the per-call costs are each run's, medianed.
  const { callsPerUpdate } = runs[0].webcrypto;
  const calls = Object.entries(callsPerUpdate)
    .filter(([, n]) => n >= 0.05)
    .map(([name, n]) => `${fmt(n, 1)} ${name}`);
  const callCount = sum(Object.values(callsPerUpdate));
  const hmacWebCryptoUs = percentile(
    runs.map((r) => r.webcrypto.hmacWebCryptoUs),
    50,
  );
  const hmacSyncUs = percentile(
    runs.map((r) => r.webcrypto.hmacSyncUs),
    50,
  );
  const dispatchMs = (callCount * (hmacWebCryptoUs - hmacSyncUs)) / 1000;

  return {
    rows,
    details: [
      `Worker code alone, in Node: CPU and wall per update type, ms, ${NODE_RUNS} runs pooled (warm: ` +
        `${warm.reports} reports after ${warm.after} per run; hot: ${hot.reports} after ${hot.after}):`,
      ...table(
        [
          "update",
          "count",
          "CPU p50",
          "CPU p99",
          "main p50",
          "main p99",
          "wall p50",
          "wall p99",
          "hot CPU p50",
          "hot CPU p99",
        ],
        detailRows,
      ),
    ],
    notes: [
      `Worker code alone: the bundle wrangler dev ran, imported into ${NODE_RUNS} fresh Node processes ` +
        `(${runtime.node}, V8 ${runtime.v8}) and its fetch(request, env, ctx) called directly, with an in-memory ` +
        "KV and the fake Bot API answering globalThis.fetch in-process; CPU is process.cpuUsage() (all threads) " +
        `around each call, over ${warm.reports} reports after ${warm.after} warm-up ones per process (the budget ` +
        `rows) and ${hot.reports} more after ${hot.after} (V8 hot). It leaves out workerd's HTTP handling, ` +
        "wrangler's proxy and the sockets to the fake Bot API; it includes the fake Bot API's own work (p50 " +
        `${ms3(fakeP50)} ms per update) and the in-memory KV. KV per report here: writes max ` +
        `${reportWrites}, reads max ${reportReads} (should match the workerd run's). "main" is the main ` +
        "thread's CPU alone: the gap to all threads, mostly in the p99, is V8's background compiler and GC " +
        "threads (workerd has them too) and Node's crypto thread pool; V8 hot shrinks it.",
      "Same engine as workerd, not the same build: workerd embeds its own, newer V8, and WebCrypto, Intl and " +
        "Request/Response here are Node's. WebCrypto matters most: the Worker makes " +
        `${fmt(callCount, 1)} calls per update (${calls.join(", ")}); Node sends each to its thread pool, ` +
        `${fmt(hmacWebCryptoUs, 1)} µs CPU per awaited HMAC here against ${fmt(hmacSyncUs, 1)} µs for a ` +
        "synchronous one (closer to workerd's in-thread crypto), i.e. roughly " +
        `${fmt(dispatchMs, 2)} ms of each update is Node's crypto dispatch. So this figure is near the ` +
        "Worker's real cost and, if anything, above it; the workerd figure remains the upper bound.",
      ...runtime.otherImports.map((name) => `The bundle also imports ${name}: Node's own module was used.`),
    ],
  };
}

/* ───────────────────────────── outgoing Bot API calls per update ───────────────────────────── */

/**
 * Why this figure: the issue asked whether to answer updates through webhook replies (the first
 * Bot API call of an update sent as the webhook's HTTP response instead of a request of its own).
 * README decides against it; this measures what the decision costs: how many calls each update
 * makes, and what one call costs — in Node (bench-cpu.mjs, Bot API in-process: grammY's client
 * work only) and under workerd (a real subrequest to the fake Bot API over HTTP).
 */
// One call costs workerd a fraction of a millisecond while its per-update CPU jitters by several:
// 200 rounds (600 webhook requests, ~5 s) gave a 95 % interval of about ±0.1 ms per call here (100: ±0.2).
const PROBE_ROUNDS = 200;
const NODE_PROBE_ROUNDS = 300; // the same in Node, where an update costs ~1 ms
const PROBE_STUDENT_ID = 940001;

/** mulberry32: a seeded PRNG, so the bootstrap below gives the same interval for the same samples. */
function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * 95 % interval of median(b) − median(a) (percentile bootstrap, each side resampled on its own).
 * workerd's per-update CPU jitters by milliseconds on this machine while one call costs a fraction
 * of one, so the difference of two medians needs its uncertainty next to it.
 */
function medianDiffInterval(a, b, iterations = 2000) {
  const random = seededRandom(1);
  const resample = (xs) => Array.from(xs, () => xs[Math.floor(random() * xs.length)]);
  const diffs = [];
  for (let i = 0; i < iterations; i++) diffs.push(percentile(resample(b), 50) - percentile(resample(a), 50));
  return [percentile(diffs, 2.5), percentile(diffs, 97.5)];
}

/** The methods an update called, in order; for a set of updates the distinct sequences, commonest first. */
function callSequences(steps) {
  const counts = new Map();
  for (const s of steps) {
    const sequence = s.calls.map((c) => c.method).join(" → ") || "(none)";
    counts.set(sequence, (counts.get(sequence) ?? 0) + 1);
  }
  const sorted = [...counts].sort((a, b) => b[1] - a[1]);
  return sorted.map(([sequence, n]) => (sorted.length > 1 ? `${sequence} (×${n})` : sequence)).join("; ");
}

async function measureBotApiCalls(context) {
  const worker = await sharedWorker(context);
  const { code, reports } = await playReports(context);
  const { outdir } = await build(context);
  const ms3 = (n) => (Number.isFinite(n) ? n.toFixed(3) : "n/a");

  // 1. Calls per update type. post() attributes to an update the calls that reached the fake Bot API
  // between its request and its response; the Worker awaits every call before answering (no
  // waitUntil on the webhook path), and worker.lateCalls counts any that came later.
  const all = reports.flat();
  const callsOf = (steps) => steps.map((s) => s.calls.length);
  const types = [...new Set(all.map((s) => s.kind))].map((kind) => {
    const of = all.filter((s) => s.kind === kind);
    return {
      kind,
      count: of.length,
      mean: mean(callsOf(of)),
      max: max(callsOf(of)),
      sequences: callSequences(of),
    };
  });
  const callsPerUpdate = mean(callsOf(all));

  // 2. One call's cost: the A/B updates (bench-driver.mjs, PROBE) under workerd, then in Node.
  const samples = await driveCallProbes(worker, context.telegram, PROBE_STUDENT_ID, code, PROBE_ROUNDS);
  const node = await runWorkerCodeChild(outdir, ["--probes", String(NODE_PROBE_ROUNDS)]);
  const probe = (kind) => {
    const inWorkerd = samples.filter((s) => s.kind === kind);
    const inNode = node.probes.filter((s) => s.kind === kind);
    return {
      kind,
      calls: callsOf(inWorkerd),
      nodeCalls: inNode.map((s) => s.calls),
      reads: max(inWorkerd.map((s) => s.ops.reads)),
      sequences: callSequences(inWorkerd),
      cpu: inWorkerd.filter((s) => s.cpuNs !== undefined).map((s) => s.cpuNs / 1e6),
      wall: inWorkerd.map((s) => s.wallMs),
      nodeCpu: inNode.map((s) => s.cpuMs),
      nodeWall: inNode.map((s) => s.wallMs),
    };
  };
  const [privacy, no, yes] = [PROBE.privacy, PROBE.no, PROBE.yes].map(probe);
  // Each probe must make the same number of calls every time and in both runtimes, or "per call"
  // would divide by the wrong number.
  const unsteady = [privacy, no, yes].filter((p) => new Set([...p.calls, ...p.nodeCalls]).size !== 1);

  const p50 = (xs) => percentile(xs, 50);
  /** Per call from update a to update b: (p50(b) − p50(a)) / (calls(b) − calls(a)). */
  const pair = (a, b) => {
    const dCalls = mean(b.calls) - mean(a.calls);
    if (!(dCalls > 0))
      throw new Error(`call probes: "${b.kind}" makes no more Bot API calls than "${a.kind}"; update PROBE`);
    const per = (xs, ys) => (xs.length && ys.length ? (p50(ys) - p50(xs)) / dCalls : Number.NaN);
    const [lo, hi] =
      a.cpu.length && b.cpu.length
        ? medianDiffInterval(a.cpu, b.cpu).map((d) => d / dCalls)
        : [Number.NaN, Number.NaN];
    const cpu = per(a.cpu, b.cpu);
    const nodeCpu = per(a.nodeCpu, b.nodeCpu);
    return { a, b, dCalls, cpu, lo, hi, wall: per(a.wall, b.wall), nodeCpu, subrequest: cpu - nodeCpu };
  };
  const suggested = pair(privacy, no); // the issue's example: 1 call vs 2, but another handler and 1 KV read
  const sameHandler = pair(no, yes); // 2 calls vs 4 from one handler, no KV: the figure used below
  const grammyMs = node.grammy.perCallUs / 1000;
  const ci = (p) => (Number.isFinite(p.lo) ? ` (95% CI ${ms3(p.lo)} to ${ms3(p.hi)})` : "");

  const rows = [
    {
      figure: "Bot API calls per update, reports (mean / max)",
      value: `${fmt(callsPerUpdate)} / ${max(callsOf(all))}`,
    },
    ...types.map((t) => ({ figure: `  ${t.kind}`, value: `${fmt(t.mean)} / ${t.max}` })),
    {
      figure: "CPU per Bot API call, in Node (grammY client)",
      value: `${ms3(grammyMs)} ms`,
    },
    {
      figure: 'CPU per Bot API call, workerd (A/B "no"→"yes")',
      value: `${ms3(sameHandler.cpu)} ms${ci(sameHandler)}`,
    },
    {
      figure: "  A/B /privacy (1 call) → choice (2 calls)",
      value: `${ms3(suggested.cpu)} ms${ci(suggested)}`,
      budget: "(information: also another handler and 1 KV read)",
    },
    {
      figure: 'wall per Bot API call, wrangler dev (A/B "no"→"yes")',
      value: `${ms3(sameHandler.wall)} ms (localhost)`,
    },
    {
      figure: `webhook reply would save 1 of ${fmt(callsPerUpdate, 1)} calls/update`,
      value: `≈ ${fmt(sameHandler.cpu, 2)} ms CPU, ${fmt(sameHandler.wall, 2)} ms wall`,
      budget:
        "(not used: its HTTP status would go out before the KV work — no 503 redelivery — and /clear needs the message_id; README)",
    },
  ];

  const probeRow = (p) => [
    p.kind,
    fmt(mean(p.calls)),
    String(p.reads),
    p.sequences,
    ms3(p50(p.cpu)),
    ms3(p50(p.wall)),
    ms3(p50(p.nodeCpu)),
    ms3(p50(p.nodeWall)),
  ];
  const pairRow = (label, p) => [
    label,
    fmt(p.dCalls),
    `${ms3(p.cpu)}${ci(p)}`,
    ms3(p.wall),
    ms3(p.nodeCpu),
    ms3(p.subrequest),
  ];
  const firstCalls = types.map((t) => `${t.kind}: ${t.sequences.split(" → ")[0]}`).join(", ");

  const notes = [
    "Bot API calls: counted by the fake Bot API and attributed to the update whose webhook request " +
      `they arrived within; ${worker.lateCalls} arrived after their update's response (0 means the ` +
      "attribution holds: every call is awaited before the Worker answers).",
    `Per Bot API call: three updates from one student (${PROBE_ROUNDS} rounds under workerd, ` +
      `${NODE_PROBE_ROUNDS} in Node after ${node.warmup} warm-up reports; the order rotates each round). /privacy ` +
      'makes 1 call and reads the session (1 KV read); the first question\'s "no" makes 2 and "yes" 4 ' +
      "(the emergency card and the next question as new messages), from the same handler with no KV, so " +
      '"no"→"yes" isolates the calls best; /privacy→choice, the pair the issue suggested, also changes ' +
      'the handler and the KV read. "workerd − Node" takes the same pair\'s in-process difference (the ' +
      "Worker's own extra code, the grammY client work included) out: what is left is the subrequest " +
      "itself (workerd's fetch, the socket, HTTP) — for /privacy→choice it also holds the session read, " +
      "which goes to wrangler's local KV in workerd and to a Map in Node, so it is no per-call figure. " +
      `In Node one call costs the grammY client ${ms3(grammyMs)} ` +
      `ms CPU (its request JSON, fetch, answer parsing; the Worker's own calls replayed ` +
      `${node.grammy.calls} times through grammy/web, the build in the bundle), plus the fake's own ` +
      `${ms3(node.grammy.fakePerCallUs / 1000)} ms, left out.`,
    "Webhook reply (grammY's client, canUseWebhookReply): the first call the option allows goes out as " +
      "the webhook response and resolves to `true`, not the Bot API's result, so a send made that way " +
      "returns no message_id; grammY still builds its JSON, so it saves the subrequest, not the call's " +
      `client work. First call per update type: ${firstCalls}. The sends whose message_id the bot uses: ` +
      "quick exit's probe, the first call of /clear but the second of the quick-exit button (after " +
      "answerCallbackQuery); the draft's msg, which is the pressed message's own id on the summary press " +
      "and a step sent after answerCallbackQuery on the resume button. The HTTP status goes out " +
      "with that first call: a storage failure after it (the summary press reads and writes KV after " +
      "answerCallbackQuery) could no longer answer 503. The wall figure is localhost: against " +
      "api.telegram.org every call also waits for its network round trip, which this bench cannot measure.",
  ];
  if (unsteady.length)
    notes.push(
      `WARNING: ${unsteady.map((p) => p.kind).join(", ")} made a varying number of Bot API calls ` +
        "(between rounds or between workerd and Node): the per-call figures divide by their mean.",
    );
  if (worker.lateCalls)
    notes.push(`WARNING: ${worker.lateCalls} Bot API calls arrived after their update's response.`);

  return {
    rows,
    details: [
      "Outgoing Bot API calls per update type (the reports above; methods in the order called):",
      ...table(
        ["update", "count", "calls mean", "max", "methods"],
        types.map((t) => [t.kind, String(t.count), fmt(t.mean), String(t.max), t.sequences]),
      ),
      "",
      `One Bot API call, A/B (p50 ms; workerd incl. HTTP, ${PROBE_ROUNDS} each; Node in-process, ${NODE_PROBE_ROUNDS} each):`,
      ...table(
        ["update", "calls", "KV reads", "methods", "workerd CPU", "wall", "Node CPU", "Node wall"],
        [privacy, no, yes].map(probeRow),
      ),
      "",
      "Per call (Δ p50 / Δ calls, ms):",
      ...table(
        ["pair", "Δ calls", "workerd CPU", "wall", "Node CPU", "workerd − Node"],
        [
          pairRow("/privacy → choice (issue's pair)", suggested),
          pairRow('danger "no" → "yes" (same handler)', sameHandler),
        ],
      ),
    ],
    notes,
  };
}

/**
 * Builds the Worker once with `wrangler deploy --dry-run`: the bundle figure measures it, and the
 * Worker runs exactly it (wrangler dev --no-bundle on a copy of wrangler.toml pointing at it). So the
 * bench runs what would be deployed, and edits to src/ during a run cannot trigger a reload.
 */
async function build(context) {
  if (context.build) return context.build;
  const dir = await mkdtemp(path.join(tmpdir(), "ura-build-"));
  context.cleanups.push(() => rm(dir, { recursive: true, force: true }));
  const outdir = path.join(dir, "out");
  const output = await new Promise((resolve, reject) => {
    execFile(
      "npx",
      ["wrangler", "deploy", "--dry-run", "--outdir", outdir],
      { cwd: ROOT, env: CHILD_ENV, maxBuffer: 10 * 1024 * 1024 },
      (error, stdout, stderr) =>
        error
          ? reject(new Error(`wrangler deploy --dry-run failed\n${stdout}${stderr}`))
          : resolve(stdout + stderr),
    );
  });
  // The upload is the .js bundle plus the text modules (.ftl) wrangler keeps as separate files;
  // source maps and wrangler's README are not uploaded.
  const modules = (await readdir(outdir)).filter((f) => !f.endsWith(".map") && f !== "README.md");
  const toml = await readFile(path.join(ROOT, "wrangler.toml"), "utf8");
  if (!/^main\s*=.*$/m.test(toml))
    throw new Error("wrangler.toml has no `main = …` line to point at the bundle");
  const config = path.join(outdir, "wrangler.toml");
  await writeFile(config, toml.replace(/^main\s*=.*$/m, 'main = "index.js"\nno_bundle = true'));
  context.build = {
    outdir,
    modules,
    config,
    wranglerFigure: output.match(/Total Upload:\s*([^\n]+)/)?.[1]?.trim(),
  };
  return context.build;
}

async function measureBundle(context) {
  const { outdir, modules, wranglerFigure } = await build(context);
  let js = 0;
  let total = 0;
  for (const f of modules) {
    const size = gzipSync(await readFile(path.join(outdir, f)), { level: 9 }).length;
    total += size;
    if (f.endsWith(".js") || f.endsWith(".mjs")) js += size;
  }
  return {
    rows: [
      {
        figure: "Worker bundle, gzip (.js + text modules)",
        value: `${fmt(total / 1024, 1)} KiB`,
        budget: "≤ 250 KiB",
        ok: total / 1024 <= 250,
      },
      { figure: "  of which the .js bundle", value: `${fmt(js / 1024, 1)} KiB` },
    ],
    notes: [
      `Bundle: ${modules.length} modules from wrangler deploy --dry-run` +
        `${wranglerFigure ? ` (wrangler's own figure: ${wranglerFigure})` : ""}; the Worker measured above ran this very build.`,
    ],
  };
}

/** Each entry measures one or more figures; append new ones here. */
const MEASUREMENTS = [
  { name: "KV and CPU over complete reports", run: measureReports },
  { name: "CPU of the Worker code alone, in Node", run: measureWorkerCode }, // reuses the build
  { name: "KV per adviser action", run: measureAdviserActions },
  { name: "adviser queue of 1,000 cases", run: measureQueue },
  // Last of the workerd figures, so its extra updates do not change the V8 state the others saw.
  { name: "outgoing Bot API calls per update", run: measureBotApiCalls }, // reuses the reports
  { name: "bundle size", run: measureBundle }, // reuses the build the Worker ran
];

/* ───────────────────────────── output ───────────────────────────── */

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) =>
    cells
      .map((c, i) => String(c).padEnd(widths[i]))
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((w) => "─".repeat(w)).join("  "), ...rows.map(line)];
}

/** Undoes what the measurements set up, newest first; safe to call twice (signal during finally). */
async function cleanUp(context) {
  while (context.cleanups.length > 0) {
    const cleanup = context.cleanups.pop();
    await cleanup().catch(() => {});
  }
}

async function main() {
  const context = { cleanups: [] };
  const onSignal = async () => {
    await cleanUp(context);
    process.exit(130);
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  const rows = [];
  const details = [];
  const notes = [];
  let failed = false;
  try {
    for (const m of MEASUREMENTS) {
      const started = Date.now();
      process.stderr.write(`bench: ${m.name}…`);
      try {
        const out = await m.run(context);
        rows.push(...out.rows);
        if (out.details) details.push(...out.details, "");
        if (out.notes) notes.push(...out.notes);
        process.stderr.write(` ${fmt((Date.now() - started) / 1000, 1)} s\n`);
      } catch (error) {
        failed = true;
        process.stderr.write(" FAILED\n");
        console.error(error instanceof Error ? (error.stack ?? error.message) : error);
        rows.push({ figure: m.name, value: "crashed", ok: undefined });
      }
    }
  } finally {
    await cleanUp(context);
  }

  const status = (ok) => (ok === true ? "ok" : ok === false ? "OVER" : "—");
  console.log('\nUra performance budget (DESIGN.md, "Performance budget")\n');
  for (const line of table(
    ["figure", "measured", "budget", ""],
    rows.map((r) => [r.figure, r.value, r.budget ?? "", r.budget && r.ok !== undefined ? status(r.ok) : ""]),
  ))
    console.log(line);
  console.log("");
  for (const line of details) console.log(line);
  for (const note of notes) console.log(note);
  process.exitCode = failed ? 1 : 0;
}

await main();
