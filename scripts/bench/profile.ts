/**
 * Where a Worker's CPU goes: V8's sampling profiler in workerd, through the inspector wrangler dev
 * exposes, while complete reports run; each sample's function is mapped through the bundle's
 * source map to its source file, so the table reads "src/bot 18 %, grammy 12 %, …" — the levers.
 * Samples in "(program)" are workerd's own C++ (HTTP, WebCrypto, SQLite, the KV stand-in's I/O).
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Build } from "./build.ts";
import { type Context, IDS, type Result } from "./context.ts";
import { driveReport, enrolSchool } from "./driver.ts";
import { fmt, table } from "./stats.ts";
import type { DevWorker } from "./worker.ts";

const REPORTS = 30;
const SAMPLING_US = 100;

interface ProfileNode {
  id: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
}

/** A DevTools protocol session (wrangler's inspector proxy wants an Origin header). */
async function inspector(port: number) {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/ws`, {
    headers: { Origin: `http://127.0.0.1:${port}` },
  } as never);
  const pending = new Map<number, (m: { result?: unknown; error?: unknown }) => void>();
  let id = 0;
  // wrangler's proxy hands a command back as it was sent (with the runtime's result merged in, or
  // without one): that counts as delivered, except for a command whose result is needed (stop).
  ws.onmessage = (e) => {
    const m = JSON.parse(String(e.data)) as {
      id?: number;
      method?: string;
      result?: unknown;
      error?: unknown;
    };
    if (m.id === undefined) return;
    const waiting = pending.get(m.id);
    if (waiting && ("result" in m || "error" in m || !needsResult.has(m.id))) {
      pending.delete(m.id);
      waiting(m);
    }
  };
  const needsResult = new Set<number>();
  await new Promise((resolve, reject) => {
    ws.onopen = resolve;
    ws.onerror = () => reject(new Error(`no inspector on port ${port}`));
  });
  const send = (method: string, params: object = {}, result = false) =>
    new Promise<unknown>((resolve, reject) => {
      pending.set(++id, (m) => (m.error ? reject(new Error(JSON.stringify(m.error))) : resolve(m.result)));
      if (result) needsResult.add(id);
      ws.send(JSON.stringify({ id, method, params }));
    });
  return { send, close: () => ws.close() };
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Source map lookup: generated (line, column), both 0-based → [source index, source line (1-based)]. */
function sourceLookup(mappings: string): (line: number, column: number) => [number, number] | undefined {
  const lines: number[][][] = [];
  let source = 0;
  let srcLine = 0;
  for (const text of mappings.split(";")) {
    const segments: number[][] = [];
    let column = 0;
    for (const seg of text.split(",")) {
      if (!seg) continue;
      const values: number[] = [];
      let value = 0;
      let shift = 0;
      for (const ch of seg) {
        const digit = B64.indexOf(ch);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += values[0] ?? 0;
      if (values.length >= 4) {
        source += values[1] ?? 0;
        srcLine += values[2] ?? 0;
        segments.push([column, source, srcLine]);
      }
    }
    lines.push(segments);
  }
  return (line, column) => {
    let found: [number, number] | undefined;
    for (const [col, src, at] of lines[line] ?? []) {
      if ((col as number) > column) break;
      found = [src as number, (at as number) + 1];
    }
    return found;
  };
}

/** A source path as a lever: `src/<folder>`, a package name, or the bench's own wrapper. */
function groupOf(source: string): string {
  const normalized = source.replaceAll("\\", "/");
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(normalized)?.[1];
  if (pkg) return pkg;
  const own = /(?:^|\/)(src\/[^/]+|scripts\/bench|bench\/peer|flows|locales)(?:\/|$)/.exec(normalized)?.[1];
  return own ?? normalized.split("/").slice(-2).join("/");
}

/**
 * Self samples per lever and per function, as shares of the non-idle samples; and per lever with
 * the workerd APIs it calls (fetch, WebCrypto, SQLite, Response…) charged to it — the caller is
 * the nearest frame of the bundle above the sample.
 */
async function attribute(build: Build, profile: Profile) {
  const main = build.modules.find((f) => f.endsWith(".js")) ?? "";
  const map = JSON.parse(await readFile(path.join(build.outdir, `${main}.map`), "utf8")) as {
    sources: string[];
    mappings: string;
  };
  const lookup = sourceLookup(map.mappings);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const where = (frame: ProfileNode["callFrame"]) => {
    if (!frame.url.endsWith(main)) return undefined;
    const found = lookup(frame.lineNumber, frame.columnNumber);
    const source = found && map.sources[found[0]];
    return source
      ? {
          group: groupOf(source),
          at: `${source.replace(/^.*?(?=(src|scripts|bench|node_modules)\/)/, "")}:${found[1]}`,
        }
      : undefined;
  };
  const self = new Map<string, number>();
  const withCalls = new Map<string, number>();
  const functions = new Map<string, number>();
  const add = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  let busy = 0;
  for (const sample of profile.samples) {
    const node = byId.get(sample);
    const frame = node?.callFrame;
    if (!node || !frame || frame.functionName === "(idle)") continue;
    busy++;
    const own = where(frame);
    const native = frame.url
      ? "(other scripts)"
      : frame.functionName.startsWith("(")
        ? frame.functionName
        : `workerd: ${frame.functionName || "?"}`;
    add(self, own?.group ?? native);
    add(functions, `${frame.functionName || "(anonymous)"}${own ? ` ${own.at}` : ""}`);
    let caller = own;
    for (let id = parent.get(node.id); !caller && id !== undefined; id = parent.get(id)) {
      const f = byId.get(id)?.callFrame;
      caller = f && where(f);
    }
    add(withCalls, caller?.group ?? native);
  }
  const share = (n: number | undefined) => `${fmt((100 * (n ?? 0)) / busy, 1)} %`;
  const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
  return {
    groups: top(withCalls, 16).map(([g, n]) => [g, share(n), share(self.get(g))]),
    functions: top(functions, 16).map(([f, n]) => [f, share(n)]),
    natives: top(new Map([...self].filter(([g]) => g.startsWith("workerd: ") || g.startsWith("("))), 8).map(
      ([g, n]) => `${g} ${share(n)}`,
    ),
  };
}

async function profileOf(worker: DevWorker, run: () => Promise<void>): Promise<Profile> {
  const session = await inspector(worker.inspectorPort);
  try {
    await session.send("Profiler.enable");
    await session.send("Profiler.setSamplingInterval", { interval: SAMPLING_US });
    await session.send("Profiler.start");
    await run();
    const stopped = (await session.send("Profiler.stop", {}, true)) as { profile?: Profile };
    if (!stopped.profile?.samples.length) throw new Error("the profiler returned no samples");
    return stopped.profile;
  } finally {
    session.close();
  }
}

export async function measureProfile(ctx: Context): Promise<Result> {
  const worker = await ctx.worker("ura-memory");
  const staff = await enrolSchool(worker, ctx.tg, IDS.admin, "Profiled School", IDS.principal + 70, [
    IDS.adviser + 70,
  ]);
  ctx.tg.sim.addChat(IDS.adviser + 70);
  const profile = await profileOf(worker, async () => {
    for (let i = 0; i < REPORTS; i++)
      await driveReport(worker, ctx.tg, IDS.firstComparedStudent + 5000 + i, staff.school);
    await ctx.tg.settle(1_500);
  });
  const { groups, functions, natives } = await attribute(await ctx.build("ura"), profile);
  return {
    rows: [
      {
        figure: "where Ura's CPU goes (V8 profile, top 4)",
        value: groups
          .slice(0, 4)
          .map(([g, s]) => `${g} ${s}`)
          .join(", "),
      },
    ],
    details: [
      `Where Ura's CPU goes: V8's sampling profiler (${SAMPLING_US} µs) in workerd over ${REPORTS} complete reports and their notices, ` +
        'KV in memory, as shares of the non-idle samples, by source (the bundle\'s source map). "with calls": the workerd APIs ' +
        '(fetch, WebCrypto, SQLite, Response…) charged to the source that called them; "self": its own JavaScript.',
      ...table(["source", "with calls", "self"], groups),
      `workerd's own share, by API: ${natives.join(", ")}.`,
      "",
      "Heaviest functions (self time; source lines through the source map):",
      ...table(["function", "self"], functions),
    ],
  };
}
