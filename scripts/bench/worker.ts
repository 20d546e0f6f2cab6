/**
 * A Worker under `wrangler dev --local` (workerd with its KV, Durable Objects and queues), reached
 * over loopback, with the fake Bot API as its Telegram. CPU is read from outside, from the workerd
 * process's /proc schedstat: inside workerd the clocks do not advance during computation.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Update } from "grammy/types";
import { CHILD_ENV, ROOT } from "./build.ts";
import type { Counts } from "./instrument.ts";
import { sleep } from "./stats.ts";
import type { FakeBotApi } from "./telegram.ts";

const READY_TIMEOUT_MS = 90_000;

export interface Posted {
  status: number;
  /** The Worker's own KV operations and desk calls for this request (X-Ura-KV-Ops); Ura only. */
  ops?: Record<string, number>;
  /** workerd's CPU for the request (ns), undefined without /proc. */
  cpuNs?: number;
  wallMs: number;
  /** Bot API calls that reached the fake while the request ran, the webhook reply included. */
  calls: FakeBotApi["calls"];
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      srv.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** Parent pid and command name of every process, from /proc/<pid>/stat. */
function descendants(root: number): { pid: number; comm: string }[] {
  const table = new Map<number, { ppid: number; comm: string }>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const comm = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")")); // comm may hold ")"
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      table.set(Number(entry), { ppid, comm });
    } catch {
      // ended while we looked
    }
  }
  const under = (pid: number) => {
    for (let p = pid, hops = 0; p > 1 && hops < 64; hops++) {
      if (p === root) return true;
      p = table.get(p)?.ppid ?? 0;
    }
    return false;
  };
  return [...table].filter(([pid]) => pid !== root && under(pid)).map(([pid, p]) => ({ pid, comm: p.comm }));
}

/** CPU time (ns) of a process so far: the sum of its threads' schedstat run times. */
export function cpuNsOf(pid: number): number {
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

export class DevWorker {
  base = "";
  persistTo = "";
  /** wrangler's DevTools endpoint for the Worker (profile.ts). */
  inspectorPort = 0;
  /** The workerd that runs the Worker (wrangler's other one is a proxy in front of it). */
  runtimePid?: number;
  private child?: ChildProcess;
  private dir = "";
  private log = "";

  readonly name: string;
  readonly secret: string;
  private readonly config: string;
  private readonly telegram: FakeBotApi;
  private readonly vars: Record<string, string>;

  // Plain fields, not parameter properties: Node's type stripping (npm run load) refuses those.
  constructor(
    name: string,
    config: string,
    telegram: FakeBotApi,
    vars: Record<string, string>,
    secret: string,
  ) {
    this.name = name;
    this.config = config;
    this.telegram = telegram;
    this.vars = vars;
    this.secret = secret;
  }

  async start(): Promise<this> {
    const port = await freePort();
    this.dir = await mkdtemp(path.join(tmpdir(), `ura-${this.name}-`));
    this.persistTo = path.join(this.dir, "state");
    const envFile = path.join(this.dir, "empty.env"); // keeps a developer's .dev.vars out of the run
    await writeFile(envFile, "");
    const vars = { ...this.vars, TELEGRAM_API_ROOT: this.telegram.apiRoot };
    const args = [
      "wrangler",
      "dev",
      "--local",
      "--config",
      this.config,
      "--ip",
      "127.0.0.1",
      "--port",
      String(port),
    ];
    this.inspectorPort = await freePort();
    args.push(
      "--inspector-port",
      String(this.inspectorPort),
      "--persist-to",
      this.persistTo,
      "--env-file",
      envFile,
    );
    args.push("--show-interactive-dev-session=false", "--log-level", "warn");
    // wrangler splits `--var KEY:VALUE` at the first ':' only, so a token's own ':' survives.
    for (const [k, v] of Object.entries(vars)) args.push("--var", `${k}:${v}`);
    // Detached: its own process group, so stop() ends npx, wrangler and workerd together.
    this.child = spawn("npx", args, {
      cwd: ROOT,
      env: CHILD_ENV,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const keep = (chunk: Buffer) => {
      this.log = (this.log + chunk.toString()).slice(-20_000);
    };
    this.child.stdout?.on("data", keep);
    this.child.stderr?.on("data", keep);
    this.base = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + READY_TIMEOUT_MS;
    for (;;) {
      if (this.child.exitCode !== null) throw new Error(`${this.name}: wrangler dev exited\n${this.tail()}`);
      if (Date.now() > deadline)
        throw new Error(`${this.name}: no answer on /health in time\n${this.tail()}`);
      const ok = await fetch(`${this.base}/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      await sleep(250);
    }
    // The proxy owns --port (its socket address names it); the runtime listens elsewhere.
    const workerds = descendants(this.child.pid ?? 0).filter((p) => p.comm === "workerd");
    const cmdline = (pid: number) => readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
    this.runtimePid = workerds.find((p) => !cmdline(p.pid).includes(`:${port} `))?.pid;
    return this;
  }

  tail(lines = 40): string {
    return this.log.split("\n").slice(-lines).join("\n");
  }

  /**
   * CPU (ns) so far of the workerd that runs the Worker, its desks, its queue and the local KV
   * simulator (not of wrangler's proxy in front of it: HTTP forwarding, not the Worker's work).
   */
  cpuNs(): number | undefined {
    try {
      return this.runtimePid === undefined ? undefined : cpuNsOf(this.runtimePid);
    } catch {
      return undefined; // workerd was replaced (a reload): the sample is lost, not the run
    }
  }

  /**
   * Posts one update to the webhook as Telegram does; a webhook reply in the 200's body is carried
   * out on the fake, as Telegram would. 503s are returned, not retried: the caller decides.
   */
  async post(update: Update): Promise<Posted> {
    const seq = this.telegram.calls.length;
    const before = this.cpuNs();
    const started = performance.now();
    this.telegram.inFlight++;
    let response: Response;
    let text: string;
    try {
      response = await fetch(`${this.base}/telegram/webhook`, {
        method: "POST",
        headers: { "content-type": "application/json", "X-Telegram-Bot-Api-Secret-Token": this.secret },
        body: JSON.stringify(update),
      });
      text = await response.text();
    } finally {
      this.telegram.inFlight--;
    }
    const wallMs = performance.now() - started;
    const after = before === undefined ? undefined : this.cpuNs();
    if (response.status === 200 && text) {
      const reply = JSON.parse(text) as { method?: string } & Record<string, unknown>;
      if (reply.method) {
        const { method, ...payload } = reply;
        this.telegram.apply(String(method), payload, "reply");
      }
    }
    const header = response.headers.get("X-Ura-KV-Ops");
    const ops = header
      ? Object.fromEntries([...header.matchAll(/(\w+)=(\d+)/g)].map(([, k, n]) => [k as string, Number(n)]))
      : undefined;
    return {
      status: response.status,
      ...(ops ? { ops } : {}),
      ...(before !== undefined && after !== undefined ? { cpuNs: after - before } : {}),
      wallMs,
      calls: this.telegram.calls.slice(seq),
    };
  }

  /** workerd's CPU (ns) for a bare GET /health: the floor every request pays locally. */
  async healthCpuNs(): Promise<number | undefined> {
    const before = this.cpuNs();
    const response = await fetch(`${this.base}/health`);
    await response.arrayBuffer();
    const after = this.cpuNs();
    return before === undefined || after === undefined ? undefined : after - before;
  }

  async stats(): Promise<{ counts: Counts; batches: import("./instrument.ts").BatchRecord[] }> {
    return (await fetch(`${this.base}/__bench/stats`)).json() as never;
  }

  async bench(what: string, body?: unknown): Promise<unknown> {
    const response = await fetch(`${this.base}/__bench/${what}`, {
      method: body === undefined ? "GET" : "POST",
      ...(body === undefined
        ? {}
        : { body: JSON.stringify(body), headers: { "content-type": "application/json" } }),
    });
    if (!response.ok)
      throw new Error(`${this.name}: /__bench/${what} answered ${response.status}\n${this.tail()}`);
    return response.json();
  }

  async stop(): Promise<void> {
    const pid = this.child?.pid;
    if (pid && this.child?.exitCode === null) {
      try {
        process.kill(-pid, "SIGTERM");
      } catch {}
      const deadline = Date.now() + 5000;
      while (this.child.exitCode === null && this.child.signalCode === null && Date.now() < deadline)
        await sleep(100);
      try {
        process.kill(-pid, "SIGKILL"); // what ignored SIGTERM (workerd children)
      } catch {}
    }
    if (this.dir) await rm(this.dir, { recursive: true, force: true }).catch(() => {});
  }
}
