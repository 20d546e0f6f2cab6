/**
 * What the measurements share: the budgets of DESIGN.md ("Performance budget"), the bench's people
 * and secrets, the output rows, and the running Workers (each started once, on first use).
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type Build, buildWorker, PEER_ENTRY, PEER_TOML, URA_ENTRY, URA_TOML } from "./build.ts";
import type { FakeBotApi } from "./telegram.ts";
import { DevWorker } from "./worker.ts";

/** DESIGN.md's budgets, and issue 10's tighter ones, as printed next to each figure. */
export const BUDGET = {
  writesPerReport: 2,
  readsPerHotUpdate: 1,
  cpuP50Ms: 1,
  cpuP99Ms: 5,
  peerCpuRatio: 0.5,
  botCallsPerReport: 16,
  bundleTargetKiB: 150,
  bundleKiB: 250,
  subrequests: 50,
  kvOpsPerInvocation: 1000,
  queueWallMs: 50,
} as const;

export interface Row {
  figure: string;
  value: string;
  budget?: string;
  /** true "ok", false "OVER", undefined: information only. */
  ok?: boolean;
}

export interface Result {
  rows: Row[];
  /** Tables printed under the summary. */
  details?: string[];
  notes?: string[];
}

export const IDS = {
  admin: 900001,
  principal: 920001,
  adviser: 920002,
  /** The adviser of the 1,000-case queue's school. */
  queuePrincipal: 930001,
  queueAdviser: 930002,
  /** Students of the reports, of the adviser rounds, and of the peer comparison. */
  firstStudent: 910001,
  firstCaseStudent: 940001,
  firstPeerStudent: 950001,
  firstComparedStudent: 960001,
} as const;

const SECRET = "bench-secret-0123456789";
const TOKEN = "123456:BENCH-token-xxxxxxxxxxxxxxxxxxxx";
const USERNAME = "ura_playground_bot";

/** Ura in production mode (no playground), its Telegram the fake; `kv`: the local KV or memory. */
export function uraVars(kv: "local" | "memory"): Record<string, string> {
  return {
    BOT_TOKEN: TOKEN,
    BOT_USERNAME: USERNAME,
    WEBHOOK_SECRET: SECRET,
    PSEUDONYM_KEY: "bench-pseudonym-key-0123456789abcdefghijk",
    SEAL_KEY: "bench-seal-key-0123456789abcdefghijklmnopq",
    ADMIN_IDS: String(IDS.admin),
    // Notices go out at once, not at the next full hour: the bench waits for them.
    HOLD_NOTICES: "0",
    BENCH_KV: kv,
  };
}

export function peerVars(): Record<string, string> {
  return { BOT_TOKEN: TOKEN, BOT_USERNAME: USERNAME, WEBHOOK_SECRET: SECRET, BENCH_KV: "memory" };
}

export class Context {
  readonly cleanups: (() => Promise<void>)[] = [];
  private dir?: string;
  private readonly builds = new Map<string, Promise<Build>>();
  private readonly workers = new Map<string, Promise<DevWorker>>();

  readonly tg: FakeBotApi;

  constructor(tg: FakeBotApi) {
    this.tg = tg;
  }

  private async tmp(): Promise<string> {
    if (!this.dir) {
      const dir = await mkdtemp(path.join(tmpdir(), "ura-bench-"));
      this.dir = dir;
      this.cleanups.push(() => rm(dir, { recursive: true, force: true }));
    }
    return this.dir;
  }

  /** "deploy": the Worker as deployed; "ura", "peer": the bench's instrumented builds. */
  build(which: "deploy" | "ura" | "peer"): Promise<Build> {
    let build = this.builds.get(which);
    if (!build) {
      const dir = this.tmp().then((d) => path.join(d, which));
      const [toml, entry] = {
        deploy: [URA_TOML, undefined],
        ura: [URA_TOML, URA_ENTRY],
        peer: [PEER_TOML, PEER_ENTRY],
      }[which];
      build = dir.then((d) => buildWorker(toml as string, d, entry));
      this.builds.set(which, build);
    }
    return build;
  }

  /** A running Worker, started once: "ura" on the local KV, "ura-memory" and "peer" on memory. */
  worker(which: "ura" | "ura-memory" | "peer"): Promise<DevWorker> {
    let worker = this.workers.get(which);
    if (!worker) {
      worker = (async () => {
        const build = await this.build(which === "peer" ? "peer" : "ura");
        const vars = which === "peer" ? peerVars() : uraVars(which === "ura" ? "local" : "memory");
        const w = new DevWorker(which, build.config, this.tg, vars, SECRET);
        this.cleanups.push(() => w.stop());
        return w.start();
      })();
      this.workers.set(which, worker);
    }
    return worker;
  }

  /** Stops a Worker no later measurement needs (two cores: fewer idle workerds, steadier CPU). */
  async stop(which: "ura" | "ura-memory" | "peer"): Promise<void> {
    const worker = this.workers.get(which);
    this.workers.delete(which);
    if (worker) await (await worker).stop();
  }

  async cleanUp(): Promise<void> {
    while (this.cleanups.length > 0)
      await this.cleanups
        .pop()?.()
        .catch(() => {});
  }
}
