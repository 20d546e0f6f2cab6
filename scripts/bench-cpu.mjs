#!/usr/bin/env node
/**
 * The Worker's own CPU per update, for `npm run bench` (scripts/bench.mjs runs this as a child):
 *
 *   node --import ./scripts/bench-cpu-loader.mjs scripts/bench-cpu.mjs <bundle dir>
 *
 * Why: bench.mjs's workerd figure is workerd's CPU around each webhook request under `wrangler dev`,
 * which also pays for the local HTTP stack (proxy, request parsing) and for real HTTP fetches to the
 * fake Bot API. Here the very bundle of `wrangler deploy --dry-run` is imported into this Node process
 * and its `fetch(request, env, ctx)` is called directly, with an in-memory KV and a globalThis.fetch
 * that answers the Bot API in-process, so the CPU around one call is the Worker's code and little
 * else. Same engine (V8) as workerd, but Node's WebCrypto, Intl, Request/Response and V8 version.
 *
 * It plays the same conversations as bench.mjs (scripts/bench-driver.mjs): an admin creates a school,
 * then students send complete peer-conflict reports. It prints one JSON object on stdout:
 * `{ runtime, phases: [{ name, after, reports, samples: [{ report, kind, cpuMs, mainMs, wallMs, fakeMs, ops }] }],
 * webcrypto }`; the Worker's own console output goes to stderr, so stdout stays parseable.
 *
 * With `--probes <rounds>` it plays bench-driver.mjs's call probes instead (the cost of one outgoing
 * Bot API call, see measureBotApiCalls in bench.mjs) after the same warm-up as the "warm" phase, and
 * prints `{ runtime, warmup, probes: [{ kind, round, calls, methods, cpuMs, mainMs, wallMs, fakeMs, ops }], grammy }`.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { format } from "node:util";
import {
  ADMIN_ID,
  BENCH_KEYS,
  BOT_TOKEN,
  createSchool,
  driveCallProbes,
  driveReport,
  FakeTelegram,
  FIRST_STUDENT_ID,
  WEBHOOK_SECRET,
} from "./bench-driver.mjs";

/**
 * Two measured windows of 200 reports each. "warm": after 20 reports (~200 updates) that let V8
 * compile the hot paths, as the brief for this figure asks and close to a production isolate that
 * has seen a few reports. "hot": after 500 reports, when V8 has optimised nearly everything; V8
 * keeps tiering up for a few thousand updates, and its background compiler threads count as CPU.
 */
const PHASES = [
  { name: "warm", after: 20, reports: 200 },
  { name: "hot", after: 500, reports: 200 },
];

const API_ROOT = "http://bench.invalid"; // the Worker's TELEGRAM_API_ROOT: never resolved, see fetch below
const ORIGIN = "https://ura.bench.invalid"; // the webhook request's URL: only its path matters

/* ───────────────────────────── KV in memory ───────────────────────────── */

/**
 * The part of a KV namespace Ura uses (src/storage/kv-counter.ts), in a Map. It keeps KV's limits
 * that a Worker bug could hit (key ≤ 512 bytes, metadata ≤ 1,024 bytes, expirationTtl ≥ 60 s), so
 * the bench fails here as it would in workerd; it ignores expiry, as nothing in a run lives 60 s.
 * Metadata is stored serialised and parsed on the way out, as KV returns a fresh copy.
 */
class MemoryKv {
  #entries = new Map(); // key → { value: string, metadata: string | null }

  #check(key) {
    if (typeof key !== "string" || key === "" || Buffer.byteLength(key) > 512)
      throw new TypeError(`KV key must be 1–512 bytes: ${JSON.stringify(key)}`);
  }

  async get(key, options) {
    this.#check(key);
    const entry = this.#entries.get(key);
    if (!entry) return null;
    const type = typeof options === "string" ? options : options?.type;
    return type === "json" ? JSON.parse(entry.value) : entry.value;
  }

  async getWithMetadata(key, options) {
    const value = await this.get(key, options);
    const metadata = this.#entries.get(key)?.metadata;
    return { value, metadata: metadata ? JSON.parse(metadata) : null, cacheStatus: null };
  }

  async put(key, value, options = {}) {
    this.#check(key);
    if (typeof value !== "string") throw new TypeError("this fake KV stores strings only");
    if (options.expirationTtl !== undefined && options.expirationTtl < 60)
      throw new RangeError(`KV expirationTtl must be at least 60 s, got ${options.expirationTtl}`);
    const metadata = options.metadata === undefined ? null : JSON.stringify(options.metadata);
    if (metadata && Buffer.byteLength(metadata) > 1024)
      throw new RangeError(`KV metadata must be at most 1,024 bytes, got ${Buffer.byteLength(metadata)}`);
    this.#entries.set(key, { value, metadata });
  }

  async delete(key) {
    this.#check(key);
    this.#entries.delete(key);
  }

  /** Keys in order, ≤ 1,000 a page; the cursor is the next key's index (opaque to the Worker). */
  async list({ prefix = "", limit = 1000, cursor } = {}) {
    const names = [...this.#entries.keys()].filter((k) => k.startsWith(prefix)).sort();
    const start = cursor ? Number(cursor) : 0;
    const page = names.slice(start, start + Math.min(limit, 1000));
    const end = start + page.length;
    const keys = page.map((name) => {
      const metadata = this.#entries.get(name).metadata;
      return metadata ? { name, metadata: JSON.parse(metadata) } : { name };
    });
    return end < names.length
      ? { keys, list_complete: false, cursor: String(end), cacheStatus: null }
      : { keys, list_complete: true, cacheStatus: null };
  }
}

/* ───────────────────────────── the Bot API, in-process ───────────────────────────── */

/**
 * The shared fake Telegram reached through globalThis.fetch (the bot binds it late, see
 * src/bot/create-bot.ts). It answers at once, in this thread, so no socket or HTTP parser is
 * measured. Its own CPU (parsing the payload, making the Response) is still inside the measured
 * window, so it is measured separately: `cpuUs` is the sum over its calls.
 */
class InProcessTelegram extends FakeTelegram {
  cpuUs = 0;

  fetch = async (input, init) => {
    const before = process.cpuUsage();
    const url = new URL(input instanceof Request ? input.url : String(input));
    // Anything but the Bot API would be a real request leaving the bench: refuse it loudly.
    if (url.origin !== API_ROOT) throw new TypeError(`bench: unexpected fetch to ${url.origin}`);
    const body = init?.body ?? (input instanceof Request ? input.body : null);
    // grammY sends JSON as a string; a file upload (multipart) would be a stream.
    const raw = typeof body === "string" ? body : body == null ? "" : await new Response(body).text();
    const response = new Response(this.answer(url.pathname, raw), {
      headers: { "content-type": "application/json" },
    });
    const spent = process.cpuUsage(before);
    this.cpuUs += spent.user + spent.system;
    return response;
  };
}

/* ───────────────────────────── the Worker, called directly ───────────────────────────── */

/** Same shape as bench.mjs's Worker (post + tail), so the shared driver plays both. */
class InProcessWorker {
  constructor(handler, env, telegram, log) {
    this.handler = handler;
    this.env = env; // one object for the whole run: the Worker caches its config per env object
    this.telegram = telegram;
    this.log = log; // the Worker's console lines, for the driver's error messages
    this.ctx = { waitUntil() {}, passThroughOnException() {} };
  }

  /**
   * One update through the Worker's fetch(). The request is built before and the response body read
   * after the measured window (in workerd that is the runtime's HTTP work, not the Worker's).
   * CPU is process.cpuUsage(), all threads: Node's WebCrypto runs on libuv's thread pool, and that
   * work is the Worker's (workerd does it on the isolate's thread). All threads also takes in V8's
   * background compiler and GC threads, so the main thread's own CPU is kept too (mainMs, where
   * Node has process.threadCpuUsage): the difference shows how much of a tail is those threads.
   */
  async post(update) {
    const request = new Request(`${ORIGIN}/telegram/webhook`, {
      method: "POST",
      headers: { "content-type": "application/json", "X-Telegram-Bot-Api-Secret-Token": WEBHOOK_SECRET },
      body: JSON.stringify(update),
    });
    // Let whatever the previous update left queued (timers, finalisers) run outside this window.
    await new Promise((resolve) => setImmediate(resolve));
    const seq = this.telegram.calls.length;
    const fakeBefore = this.telegram.cpuUs;
    const mainBefore = process.threadCpuUsage?.();
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const response = await this.handler.fetch(request, this.env, this.ctx);
    const wallMs = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    const main = mainBefore && process.threadCpuUsage(mainBefore);
    await response.arrayBuffer();
    const ops = { reads: 0, writes: 0, deletes: 0, lists: 0 };
    for (const [, key, n] of (response.headers.get("X-Ura-KV-Ops") ?? "").matchAll(/(\w+)=(\d+)/g))
      ops[key] = Number(n);
    return {
      status: response.status,
      ops,
      cpuMs: (cpu.user + cpu.system) / 1000,
      mainMs: main ? (main.user + main.system) / 1000 : undefined,
      wallMs,
      fakeMs: (this.telegram.cpuUs - fakeBefore) / 1000,
      calls: this.telegram.callsSince(seq),
    };
  }

  tail(lines = 30) {
    return this.log.slice(-lines).join("\n");
  }
}

/* ───────────────────────────── WebCrypto: Node's differs most ───────────────────────────── */

/**
 * Node dispatches every WebCrypto call to libuv's thread pool and back, which costs far more than
 * the hash itself; workerd computes in the isolate's thread. To size that difference, the Worker's
 * calls are counted (a wrapper: a function call's worth of overhead each), and one typical call is
 * timed below both ways.
 */
const webcryptoCalls = {};

function countWebCrypto() {
  const subtle = globalThis.crypto.subtle;
  for (const method of [
    "sign",
    "verify",
    "digest",
    "encrypt",
    "decrypt",
    "importKey",
    "deriveKey",
    "deriveBits",
  ]) {
    const original = subtle[method].bind(subtle);
    subtle[method] = (algorithm, ...rest) => {
      const name = `${method} ${typeof algorithm === "string" ? algorithm : algorithm?.name}`;
      webcryptoCalls[name] = (webcryptoCalls[name] ?? 0) + 1;
      return original(algorithm, ...rest);
    };
  }
}

/**
 * CPU (µs, all threads) of one HMAC-SHA-256 over a callback-sized message: awaited WebCrypto calls
 * one after another, and node:crypto's synchronous HMAC, which is closer to what workerd does.
 */
async function webcryptoCostUs() {
  const { createHmac } = await import("node:crypto");
  const secret = "x".repeat(40);
  const data = new TextEncoder().encode("F0123456789abcdef.o1~0123456789abcdefghijkl");
  const key = await crypto.subtle.importKey(
    "raw",
    new TextEncoder().encode(secret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const timed = async (n, fn) => {
    for (let i = 0; i < n; i++) await fn(); // warm-up
    const before = process.cpuUsage();
    for (let i = 0; i < n; i++) await fn();
    const spent = process.cpuUsage(before);
    return (spent.user + spent.system) / n;
  };
  return {
    hmacWebCryptoUs: await timed(2000, () => crypto.subtle.sign("HMAC", key, data)),
    hmacSyncUs: await timed(2000, () => createHmac("sha256", secret).update(data).digest()),
  };
}

/* ───────────────────────────── one Bot API call, client side ───────────────────────────── */

const REPLAYS = 300; // replays of a probe round's calls, after as many unmeasured ones

/**
 * CPU (µs, all threads) that grammY's API client spends on one call here: building the request
 * (JSON of the payload), calling fetch, parsing the answer. In this process that is all a call costs
 * the Worker, since the fake Bot API answers in-process. The calls are the Worker's own, recorded by
 * the fake (method and payload), replayed through grammY's web build — the build the bundle contains
 * (package "grammy", its default export condition) — with the same in-process fetch. The fake's own
 * CPU is measured on its side and taken out, so `perCallUs` is grammY's client alone.
 */
async function grammyCallCostUs(telegram, calls) {
  const { Api } = await import("grammy/web");
  const api = new Api(BOT_TOKEN, { apiRoot: API_ROOT, fetch: telegram.fetch });
  const replay = async () => {
    for (const { method, payload } of calls) await api.raw[method](payload);
  };
  for (let i = 0; i < REPLAYS; i++) await replay(); // lets V8 compile grammY's client path first
  const fakeBefore = telegram.cpuUs;
  const before = process.cpuUsage();
  for (let i = 0; i < REPLAYS; i++) await replay();
  const spent = process.cpuUsage(before);
  const fakeUs = telegram.cpuUs - fakeBefore;
  const n = REPLAYS * calls.length;
  return {
    calls: n,
    methods: calls.map((c) => c.method),
    perCallUs: (spent.user + spent.system - fakeUs) / n,
    fakePerCallUs: fakeUs / n,
  };
}

/**
 * The bundle must import nothing Node lacks: its text modules are served by bench-cpu-loader.mjs,
 * and a `cloudflare:*` module would need a shim there. Checked first, for a clear message.
 */
function checkImports(source) {
  const specifiers = new Set([...source.matchAll(/\b(?:from|import)\s*\(?\s*"([^"]+)"/g)].map((m) => m[1]));
  const unsupported = [...specifiers].filter((s) => s.startsWith("cloudflare:"));
  if (unsupported.length)
    throw new Error(
      `the bundle imports ${unsupported.join(", ")}: add a shim to scripts/bench-cpu-loader.mjs`,
    );
  return [...specifiers].filter((s) => !(s.startsWith("./") && s.endsWith(".ftl")));
}

async function main() {
  const [bundleDir, flag, roundsArg] = process.argv.slice(2);
  const probeRounds = flag === "--probes" ? Number(roundsArg) : undefined;
  if (!bundleDir || (flag !== undefined && !(probeRounds > 0)))
    throw new Error(
      "usage: node --import ./scripts/bench-cpu-loader.mjs scripts/bench-cpu.mjs <bundle dir> [--probes <rounds>]",
    );
  const entry = path.resolve(bundleDir, "index.js");
  const otherImports = checkImports(readFileSync(entry, "utf8"));

  // The Worker's console output must not mix with the JSON on stdout: keep it for error messages
  // (tail()) and pass it to stderr, where bench.mjs shows it only if this process fails.
  const telegram = new InProcessTelegram();
  const log = [];
  for (const level of ["log", "info", "warn", "error", "debug"]) {
    console[level] = (...args) => {
      const line = `[worker ${level}] ${format(...args)}`;
      log.push(line);
      process.stderr.write(`${line}\n`);
    };
  }
  globalThis.fetch = telegram.fetch;
  countWebCrypto();

  const { default: handler } = await import(pathToFileURL(entry).href);
  const env = {
    KV: new MemoryKv(),
    BOT_TOKEN,
    BOT_USERNAME: "ura_playground_bot", // as wrangler.toml's [vars] give workerd
    WEBHOOK_SECRET,
    TELEGRAM_API_ROOT: API_ROOT,
    ...BENCH_KEYS,
    ADMIN_IDS: String(ADMIN_ID),
    CLAIM_SETTLE_MS: "0",
  };
  const worker = new InProcessWorker(handler, env, telegram, log);

  const code = await createSchool(worker, telegram);
  if (probeRounds) {
    await callProbes(worker, telegram, code, probeRounds, otherImports);
    return;
  }
  const phases = PHASES.map((phase) => ({ ...phase, samples: [] }));
  const last = Math.max(...PHASES.map((phase) => phase.after + phase.reports));
  let updates = 0;
  for (let i = 0; i < last; i++) {
    const steps = await driveReport(worker, telegram, FIRST_STUDENT_ID + i, code);
    updates += steps.length;
    const phase = phases.find((p) => i >= p.after && i < p.after + p.reports);
    if (!phase) continue; // a warm-up report
    for (const { kind, cpuMs, mainMs, wallMs, fakeMs, ops } of steps)
      phase.samples.push({ report: i - phase.after, kind, cpuMs, mainMs, wallMs, fakeMs, ops });
  }
  // Counted now, before webcryptoCostUs() makes calls of its own; + 1 for /newschool.
  const callsPerUpdate = Object.fromEntries(
    Object.entries(webcryptoCalls).map(([name, n]) => [name, n / (updates + 1)]),
  );

  process.stdout.write(
    `${JSON.stringify({
      runtime: { node: process.version, v8: process.versions.v8, otherImports },
      phases,
      webcrypto: { callsPerUpdate, ...(await webcryptoCostUs()) },
    })}\n`,
  );
}

/**
 * The call probes, after the warm phase's warm-up (its number of reports), so V8 has seen about as
 * much of the Worker as workerd has when bench.mjs plays the same probes after its reports.
 */
async function callProbes(worker, telegram, code, rounds, otherImports) {
  for (let i = 0; i < PHASES[0].after; i++) await driveReport(worker, telegram, FIRST_STUDENT_ID + i, code);
  const samples = await driveCallProbes(worker, telegram, FIRST_STUDENT_ID + PHASES[0].after, code, rounds);
  // One round's calls (each probe once) are what grammyCallCostUs replays.
  const lastRound = samples.filter((s) => s.round === rounds - 1).flatMap((s) => s.calls);
  process.stdout.write(
    `${JSON.stringify({
      runtime: { node: process.version, v8: process.versions.v8, otherImports },
      warmup: PHASES[0].after,
      probes: samples.map(({ kind, round, calls, cpuMs, mainMs, wallMs, fakeMs, ops }) => ({
        kind,
        round,
        calls: calls.length,
        methods: calls.map((c) => c.method),
        cpuMs,
        mainMs,
        wallMs,
        fakeMs,
        ops,
      })),
      grammy: await grammyCallCostUs(telegram, lastRound),
    })}\n`,
  );
}

try {
  await main();
} catch (error) {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : error}\n`);
  process.exitCode = 1;
}
