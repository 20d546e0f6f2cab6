/**
 * Runs inside workerd, wrapped around a Worker's own entry in the bench's builds (entry-ura.ts,
 * entry-peer.ts; never in a deployed bundle). Why: the figures must be the whole system's — the
 * Worker's KV operations and those its school desks (Durable Objects) and the queue consumer make.
 * In `wrangler dev` all of them run in one isolate with the same module state, so one counter here,
 * on a KV binding wrapped once per env object, sees every operation. The same wrapper can serve KV
 * from memory (`BENCH_KV=memory`), so the CPU comparison measures the Workers, not the local KV
 * simulator, which would run in the same workerd process.
 *
 * Bench endpoints, under /__bench/: `stats` (GET), `reset`, `seed` (entries into KV, uncounted),
 * `keys?prefix=` (every key with its metadata, uncounted), `cron?time=<ms>` (the scheduled handler
 * at that time, awaited, with its own counts).
 */
export interface Counts {
  reads: number;
  writes: number;
  deletes: number;
  lists: number;
  /** UTF-8 bytes of key, value and metadata of every put. */
  bytesWritten: number;
  /** Calls to a school's desk (the DESK Durable Object). */
  desk: number;
  /** Calls to any other Durable Object (e.g. the programme's). */
  objects: number;
}

export interface BatchRecord {
  queue: string;
  size: number;
  /** Date.now() at start; inside workerd it advances with I/O, which is what a batch waits on. */
  startedAt: number;
  wallMs: number;
}

export interface SeedEntry {
  key: string;
  value: string;
  metadata?: unknown;
}

interface BenchEnv {
  KV: KVNamespace;
  BENCH_KV?: string;
}

const zero = (): Counts => ({
  reads: 0,
  writes: 0,
  deletes: 0,
  lists: 0,
  bytesWritten: 0,
  desk: 0,
  objects: 0,
});
let counts = zero();
const batches: BatchRecord[] = [];
const memory = new Map<string, { value: string; metadata?: string }>();
const encoder = new TextEncoder();
const bytes = (s: string) => encoder.encode(s).length;

type GetOptions = { type?: string } | string | undefined;
const typeOf = (options: GetOptions) => (typeof options === "string" ? options : options?.type);
const decode = (value: string, options: GetOptions): unknown =>
  typeOf(options) === "json" ? JSON.parse(value) : value;

/** KV limits a bug could hit, kept by the in-memory stand-in as KV keeps them. */
function checkPut(key: string, metadata: string | undefined, ttl: number | undefined) {
  if (key === "" || bytes(key) > 512) throw new TypeError("KV key must be 1–512 bytes");
  if (metadata && bytes(metadata) > 1024) throw new RangeError("KV metadata over 1,024 bytes");
  if (ttl !== undefined && ttl < 60) throw new RangeError("KV expirationTtl under 60 s");
}

function memoryList(prefix: string, limit: number, cursor: string | undefined) {
  const names = [...memory.keys()].filter((k) => k.startsWith(prefix)).sort();
  const start = cursor ? Number(cursor) : 0;
  const page = names.slice(start, start + Math.min(limit, 1000));
  const keys = page.map((name) => {
    const metadata = memory.get(name)?.metadata;
    return metadata ? { name, metadata: JSON.parse(metadata) as unknown } : { name };
  });
  const end = start + page.length;
  return end < names.length
    ? { keys, list_complete: false, cursor: String(end), cacheStatus: null }
    : { keys, list_complete: true, cacheStatus: null };
}

/** The KV binding every part of the Worker sees: counted, and from memory when asked. */
function countedKv(real: KVNamespace, inMemory: boolean): KVNamespace {
  const kv = {
    async get(key: string, options?: GetOptions) {
      counts.reads++;
      if (!inMemory) return real.get(key, options as "text");
      const entry = memory.get(key);
      return entry ? decode(entry.value, options) : null;
    },
    async getWithMetadata(key: string, options?: GetOptions) {
      counts.reads++;
      if (!inMemory) return real.getWithMetadata(key, options as "text");
      const entry = memory.get(key);
      if (!entry) return { value: null, metadata: null, cacheStatus: null };
      const metadata = entry.metadata ? (JSON.parse(entry.metadata) as unknown) : null;
      return { value: decode(entry.value, options), metadata, cacheStatus: null };
    },
    async put(key: string, value: string, options?: KVNamespacePutOptions) {
      counts.writes++;
      const metadata = options?.metadata === undefined ? undefined : JSON.stringify(options.metadata);
      if (typeof value !== "string") throw new TypeError("the bench's KV counts string values only");
      counts.bytesWritten += bytes(key) + bytes(value) + (metadata ? bytes(metadata) : 0);
      if (!inMemory) return real.put(key, value, options);
      checkPut(key, metadata, options?.expirationTtl);
      memory.set(key, metadata === undefined ? { value } : { value, metadata });
    },
    async delete(key: string) {
      counts.deletes++;
      if (!inMemory) return real.delete(key);
      memory.delete(key);
    },
    async list(options: KVNamespaceListOptions = {}) {
      counts.lists++;
      if (!inMemory) return real.list(options);
      return memoryList(options.prefix ?? "", options.limit ?? 1000, options.cursor ?? undefined);
    },
  };
  return kv as unknown as KVNamespace;
}

const isNamespace = (x: unknown): x is DurableObjectNamespace =>
  typeof (x as DurableObjectNamespace | undefined)?.idFromName === "function" &&
  typeof (x as DurableObjectNamespace).get === "function";

/** A Durable Object namespace whose stubs count their calls (one RPC call = one call) in `counter`. */
function countedObjects(real: DurableObjectNamespace, counter: "desk" | "objects"): DurableObjectNamespace {
  return new Proxy(real, {
    get(target, prop) {
      if (prop === "get") {
        return (...args: Parameters<DurableObjectNamespace["get"]>) => {
          const stub = target.get(...args);
          return new Proxy(stub, {
            get(s, method) {
              const value = Reflect.get(s, method) as unknown;
              if (typeof value !== "function" || method === "then") return value;
              // Reflect.apply, not value.apply: on an RPC stub `.apply` would be a remote method.
              return (...rest: unknown[]) => {
                counts[counter]++;
                return Reflect.apply(value as (...a: unknown[]) => unknown, s, rest);
              };
            },
          });
        };
      }
      const value = Reflect.get(target, prop) as unknown;
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

async function allKeys(env: BenchEnv, prefix: string) {
  const out: { name: string; metadata?: unknown }[] = [];
  if (env.BENCH_KV === "memory") return memoryList(prefix, Number.MAX_SAFE_INTEGER, undefined).keys;
  let cursor: string | undefined;
  do {
    const page = await env.KV.list({ prefix, ...(cursor ? { cursor } : {}) });
    out.push(...page.keys);
    cursor = page.list_complete ? undefined : page.cursor;
  } while (cursor);
  return out;
}

async function seed(env: BenchEnv, entries: SeedEntry[]) {
  for (const e of entries) {
    const metadata = e.metadata === undefined ? undefined : JSON.stringify(e.metadata);
    if (env.BENCH_KV === "memory")
      memory.set(e.key, metadata === undefined ? { value: e.value } : { value: e.value, metadata });
    else await env.KV.put(e.key, e.value, e.metadata === undefined ? {} : { metadata: e.metadata });
  }
}

/** Wraps a Worker's entry; `env()` gives the wrapped env each Durable Object class must be built with. */
export function instrument<E extends BenchEnv>(handler: ExportedHandler<E>) {
  const wrapped = new WeakMap<object, E>();
  // Once per env object: Ura caches its config (and with it the bot) per env object.
  const env = (raw: E): E => {
    let w = wrapped.get(raw);
    if (!w) {
      const bindings: Record<string, unknown> = {
        ...(raw as object),
        KV: countedKv(raw.KV, raw.BENCH_KV === "memory"),
      };
      for (const [name, value] of Object.entries(raw))
        if (isNamespace(value)) bindings[name] = countedObjects(value, name === "DESK" ? "desk" : "objects");
      w = bindings as E;
      wrapped.set(raw, w);
    }
    return w;
  };

  async function bench(request: Request, raw: E, ctx: ExecutionContext): Promise<Response> {
    const { pathname, searchParams } = new URL(request.url);
    const what = pathname.slice("/__bench/".length);
    if (what === "stats") return Response.json({ counts, batches });
    if (what === "reset") {
      counts = zero();
      batches.length = 0;
      return Response.json({ ok: true });
    }
    if (what === "seed") {
      await seed(raw, (await request.json()) as SeedEntry[]);
      return Response.json({ ok: true });
    }
    if (what === "keys") return Response.json(await allKeys(raw, searchParams.get("prefix") ?? ""));
    if (what === "cron" && handler.scheduled) {
      const before = { ...counts };
      const started = Date.now();
      const waiting: Promise<unknown>[] = [];
      const controller = {
        scheduledTime: Number(searchParams.get("time")),
        cron: "*/15 * * * *",
        noRetry() {},
      };
      const cronCtx = {
        ...ctx,
        waitUntil: (p: Promise<unknown>) => void waiting.push(p),
        passThroughOnException() {},
      };
      await handler.scheduled(controller as ScheduledController, env(raw), cronCtx as ExecutionContext);
      await Promise.all(waiting);
      const spent = Object.fromEntries(
        Object.entries(counts).map(([k, v]) => [k, v - before[k as keyof Counts]]),
      );
      return Response.json({ wallMs: Date.now() - started, counts: spent });
    }
    return new Response("unknown bench endpoint", { status: 404 });
  }

  const wrappedHandler: ExportedHandler<E> = {
    async fetch(request, raw, ctx) {
      if (new URL(request.url).pathname.startsWith("/__bench/")) return bench(request, raw, ctx);
      if (!handler.fetch) return new Response("no fetch handler", { status: 500 });
      return handler.fetch(request as Parameters<NonNullable<ExportedHandler<E>["fetch"]>>[0], env(raw), ctx);
    },
    async scheduled(controller, raw, ctx) {
      await handler.scheduled?.(controller, env(raw), ctx);
    },
    async queue(batch, raw, ctx) {
      const startedAt = Date.now();
      await handler.queue?.(batch, env(raw), ctx);
      batches.push({
        queue: batch.queue,
        size: batch.messages.length,
        startedAt,
        wallMs: Date.now() - startedAt,
      });
    },
  };
  return { handler: wrappedHandler, env };
}
