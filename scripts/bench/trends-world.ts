/**
 * The programme `npm run bench`'s trends figures run on (trends.ts), in Node: schools with a year
 * of cases each, their desks and the programme's desk as the Worker reaches them — the desks' own
 * code (storage/desk/gather.ts, stats.ts; storage/programme/programme.ts) over node:sqlite, a
 * memory KV, and stubs that pass arguments and answers through V8's serializer as RPC does. Every
 * clock is the process's CPU time; the platform's (desk calls, KV) is kept apart from the
 * Worker's, the RPC copies on the Worker's side counted with it.
 */
import { readFileSync } from "node:fs";
import module from "node:module";
import { DatabaseSync, type SQLInputValue } from "node:sqlite";
import { deserialize, serialize } from "node:v8";
import { transformSync } from "esbuild";
import type { Env } from "../../src/config.ts";
import { COUNTRIES } from "../../src/domain/country.ts";
import { URGENCIES } from "../../src/domain/routing.ts";
import type { School } from "../../src/domain/school.ts";
import { weekOfDay } from "../../src/domain/trends/periods.ts";
import type { Counts, Fact } from "../../src/domain/trends/types.ts";
import { breakdownValues } from "../../src/flow/breakdowns.ts";
import { gather } from "../../src/storage/desk/gather.ts";
import { SCHEMA } from "../../src/storage/desk/schema.ts";
import { DeskState } from "../../src/storage/desk/state.ts";
import { stats } from "../../src/storage/desk/stats.ts";
import { keys } from "../../src/storage/keys.ts";
import { schoolRow } from "../../src/storage/schools.ts";
import { TRENDS_ZONE } from "../../src/domain/trends/periods.ts";
import { IDS, uraVars } from "./context.ts";

/** Saturday 13 June 2026, noon at the schools: no digest is due, a gathering is counts only. */
export const NOW = Date.UTC(2026, 5, 13, 10);
/** Monday 15 June, 09:00 at the schools: the week's digest rides on the gathering. */
export const MONDAY = Date.UTC(2026, 5, 15, 7);
export const CASES = 100_000;
export const OPTIONS = { send: true, threshold: 5, values: breakdownValues() };
const DAY = 86_400_000;

/**
 * CPU time of this process, ms: what other processes on the machine take is not in it (V8's own
 * helper threads are). Not the thread's: process.threadCpuUsage() counts in 4 ms ticks here.
 */
export function cpu(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Node takes `cloudflare:workers` (the desks' base class) and the dashboard's .tsx, as workerd does. */
export function allowWorkerModules(): void {
  const base = "export class DurableObject { constructor(ctx, env) { this.ctx = ctx; this.env = env; } }";
  const jsx = { loader: "tsx", jsx: "automatic", jsxImportSource: "hono/jsx", format: "esm" } as const;
  module.registerHooks({
    resolve: (specifier, context, next) =>
      specifier === "cloudflare:workers"
        ? { url: `data:text/javascript,${encodeURIComponent(base)}`, shortCircuit: true }
        : next(specifier, context),
    load: (url, context, next) =>
      url.startsWith("file:") && url.endsWith(".tsx")
        ? {
            format: "module",
            source: transformSync(readFileSync(new URL(url), "utf8"), jsx).code,
            shortCircuit: true,
          }
        : next(url, context),
  });
}

/** A desk's `ctx.storage.sql` over node:sqlite (the same SQLite; each statement prepared once). */
function sqlOf(db: DatabaseSync): SqlStorage {
  const prepared = new Map<string, ReturnType<DatabaseSync["prepare"]>>();
  const exec = (query: string, ...bindings: SQLInputValue[]) => {
    const statement = prepared.get(query) ?? db.prepare(query);
    prepared.set(query, statement);
    const rows = statement.all(...bindings);
    return { toArray: () => rows, one: () => rows[0] };
  };
  return { exec } as unknown as SqlStorage;
}

/** The platform's CPU (desk calls, KV) and each desk call's; the Worker's share of RPC copies; the last answer's bytes. */
export interface Platform {
  ms: number;
  calls: Array<{ method: string; ms: number }>;
  rpc: number;
  bytes: number;
}

function onPlatform<T>(p: Platform, method: string, work: () => T): T {
  const started = cpu();
  const out = work();
  const ms = cpu() - started;
  p.calls.push({ method, ms });
  p.ms += ms;
  return out;
}

/** A Durable Object namespace: the caller serializes, the object deserializes, works, serializes its answer. */
function namespace(p: Platform, kind: string, objectOf: (name: string) => object) {
  const call =
    (name: string, method: string) =>
    async (...args: unknown[]) => {
      let started = cpu();
      const sent = serialize(args);
      p.rpc += cpu() - started;
      const o = objectOf(name) as Record<string, (...a: unknown[]) => unknown>;
      const answer = onPlatform(p, `${kind}.${method}`, () => serialize(o[method]?.(...deserialize(sent))));
      started = cpu();
      const out = deserialize(answer);
      p.rpc += cpu() - started;
      p.bytes = answer.length;
      return out;
    };
  return {
    idFromName: (n: string) => n,
    get: (n: string) => new Proxy({}, { get: (_, m: string) => call(n, m) }),
  };
}

/** KV in memory: get, and list at 1,000 keys a page (the page copied as it arrives over the wire). */
function memoryKv(p: Platform) {
  const store = new Map<string, { value: string; metadata?: unknown }>();
  const list = ({ prefix, cursor, limit = 1000 }: KVNamespaceListOptions) => {
    const names = [...store.keys()].filter((k) => k.startsWith(prefix ?? "")).sort();
    const [from, done] = [Number(cursor ?? 0), Number(cursor ?? 0) + limit >= names.length];
    const page = names
      .slice(from, from + limit)
      .map((name) => ({ name, metadata: store.get(name)?.metadata }));
    return { keys: page, list_complete: done, ...(done ? {} : { cursor: String(from + limit) }) };
  };
  return {
    store,
    get: async (key: string) => onPlatform(p, "kv", () => store.get(key)?.value ?? null),
    list: async (o: KVNamespaceListOptions) => structuredClone(onPlatform(p, "kv", () => list(o))),
  };
}

/** mulberry32: the same programme on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick(r: () => number, values: readonly string[], weights: readonly number[] = []): string {
  const w = values.map((_, i) => weights[i] ?? 5);
  let x = r() * w.reduce((a, b) => a + b, 0);
  for (const [i, value] of values.entries()) {
    x -= w[i] as number;
    if (x < 0) return value;
  }
  return values.at(-1) as string;
}

/**
 * A case of the last 12 months (few in the summer holidays): its fact, and its record while its
 * desk keeps it (open, or closed less than 180 days ago). Self-harm alone goes to wellbeing with no
 * place asked, as the routing has it (view.ts, URA_IDENTITIES).
 */
function caseOf(r: () => number, school: School, id: string): { fact: Fact; day: string; record?: object } {
  const v = breakdownValues();
  let age = 0;
  do age = Math.floor(r() * 365);
  while (["07", "08"].includes(new Date(NOW - age * DAY).toISOString().slice(5, 7)) && r() < 0.9);
  const day = new Date(NOW - age * DAY).toISOString().slice(0, 10);
  const category = pick(r, v.category ?? [], [30, 20, 13, 10, 13, 3, 3, 12]);
  const own = category === "selfharm";
  const fact: Fact = {
    week: weekOfDay(day),
    category,
    place: own
      ? "none"
      : pick(
          r,
          (v.place ?? []).filter((p) => p !== "none"),
          [28, 25, 8, 14, 4, 5, 10],
        ),
    route: own ? "wellbeing" : pick(r, ["mediation", "staff", "protection"], [70, 20, 10]),
    urgency: own ? "urgent" : pick(r, URGENCIES, [4, 18, 78]),
    status: "new",
  };
  const [response, resolve] = [Math.floor(r() * r() * 10), Math.floor(2 + r() * 28)];
  if (age >= response) Object.assign(fact, { status: "taken", responseDays: response });
  if (age >= response + 2 && fact.route === "mediation") fact.status = "mediation";
  if (age >= response + resolve) {
    const outcome = pick(r, v.outcome ?? [], [55, 12, 12, 12, 4, 5]);
    const status = { withdrawn: "withdrawn", "referred-external": "referred" }[outcome] ?? "resolved";
    Object.assign(fact, { status, outcome, resolveDays: response + resolve });
    if (outcome === "agreement" && r() < 0.7) fact.checkIn = r() < 0.85 ? "better" : "not-better";
  }
  if (fact.outcome && age - response - resolve > 180) return { fact, day };
  // Its record: the answers, the sealed words and contact, the history (about a kilobyte of JSON).
  const answers = { what: category, who: "me", when: "week", often: "once", where: fact.place };
  const sealed = { content: "A".repeat(420), contact: "A".repeat(120) };
  const history = [
    { e: "new", d: day },
    { e: "taken", d: day },
  ];
  return { fact, day, record: { v: 2, id, school: school.code, day, answers, ...fact, sealed, history } };
}

/** A school's desk with its cases, running gather (one transaction) and stats as storage/desk/desk.ts does. */
export function schoolDesk(school: School, cases: number, seed: number) {
  const db = new DatabaseSync(":memory:");
  for (const statement of SCHEMA) db.exec(statement);
  const clock = { now: NOW };
  const state = new DeskState(
    sqlOf(db),
    { now: () => clock.now },
    { admins: [IDS.admin], holdNotices: true },
  );
  const principal = {
    school: school.code,
    id: IDS.principal + seed,
    role: "principal",
    name: "P",
    lang: "sq",
  };
  const [r, exec] = [prng(seed), state.sql.exec.bind(state.sql)];
  db.exec("BEGIN");
  exec("INSERT INTO school (k, v) VALUES (1, ?)", JSON.stringify(school));
  exec("INSERT INTO staff (id, member) VALUES (?, ?)", principal.id, JSON.stringify(principal));
  for (let i = 0; i < cases; i++) {
    const { fact, day, record } = caseOf(r, school, `c${seed}x${i}`);
    exec("INSERT INTO facts (id, fact) VALUES (?, ?)", `c${seed}x${i}`, JSON.stringify(fact));
    if (record) exec("INSERT INTO cases VALUES (?, 'o', ?, ?)", `c${seed}x${i}`, day, JSON.stringify(record));
  }
  db.exec("COMMIT");
  const atomic = <T>(now: number, work: () => T): T => {
    clock.now = now;
    db.exec("BEGIN");
    const out = work();
    db.exec("COMMIT");
    return out;
  };
  return {
    db,
    principal: { ...principal, country: school.country, timeZone: school.timeZone },
    // As storage/desk/desk.ts answers it: the counts as JSON text.
    gather: (now: number, o: typeof OPTIONS): string => atomic(now, () => JSON.stringify(gather(state, o))),
    stats: (now: number): Counts => {
      clock.now = now;
      return stats(state);
    },
    school: () => state.school(),
    facts: () =>
      db
        .prepare("SELECT fact FROM facts")
        .all()
        .map((row) => JSON.parse(String(row.fact)) as Fact),
  };
}

export type Desk = ReturnType<typeof schoolDesk>;
type ProgrammeClass = typeof import("../../src/storage/programme/programme.ts").Programme;

/** A programme of `count` schools in three countries, about 12 a municipality, 100,000 cases in all. */
export function worldOf(count: number, Programme: ProgrammeClass) {
  const platform: Platform = { ms: 0, calls: [], rpc: 0, bytes: 0 };
  const kv = memoryKv(platform);
  const schools = Array.from({ length: count }, (_, i): School => {
    const muni = i % Math.ceil(count / 12);
    const [code, country] = [`S${String(i).padStart(5, "0")}`, COUNTRIES[muni % COUNTRIES.length] ?? "XK"];
    const place = { municipality: `Komuna ${muni}`, country, lang: "sq", timeZone: TRENDS_ZONE } as const;
    return { code, name: `Shkolla “Naim Frashëri” ${i + 1}`, ...place, createdAt: 0 };
  });
  const desks = schools.map((s, i) => schoolDesk(s, CASES / count, i + 1));
  const byCode = new Map(desks.map((d, i) => [schools[i]?.code, d]));
  for (const [i, s] of schools.entries()) {
    const row = schoolRow(s, [desks[i]?.principal] as Parameters<typeof schoolRow>[1]);
    kv.store.set(keys.school(s.code), { value: JSON.stringify(s), metadata: row });
  }
  const db = new DatabaseSync(":memory:");
  const env: Record<string, unknown> = { ...uraVars("memory"), KV: kv, NOTICES: {} };
  const programme = new Programme({ storage: { sql: sqlOf(db) } } as never, env as never);
  env.DESK = namespace(platform, "desk", (code) => byCode.get(code) as Desk);
  env.PROGRAMME = namespace(platform, "programme", () => programme);
  const gathered = () => Number(db.prepare("SELECT count(*) AS n FROM schools").get()?.n ?? 0);
  return { count, schools, desks, kv, env: env as unknown as Env, platform, gathered };
}

export type World = ReturnType<typeof worldOf>;
