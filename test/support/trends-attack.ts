/**
 * An attacker on trends views, written apart from src/domain/trends/suppress.ts: it reads only what
 * the views publish (every view of one reach, any months) and what is public anyway — which scope
 * is made of which parts, that a breakdown adds up to its total and weeks to their month, the
 * routing's identities, that a "too few" total is below the threshold and another at least it.
 * Each hidden count is an integer unknown ≥ 0, each sum an equation; a complete search (bounds
 * propagation and branching) then looks, for every hidden count, for another solution where it
 * differs. One it cannot find is a count the views give away.
 */
import { month } from "../../src/domain/trends/periods.ts";
import type { Shown, TrendsView } from "../../src/domain/trends/types.ts";
import type { Identity, ReachScope } from "../../src/domain/trends/view.ts";

const ADDS_UP = ["category", "place", "route", "urgency", "weeks"];
const DIMS = ["category", "place", "route", "urgency", "outcome", "checkIn", "weeks"];
const CAP = 100_000;

export interface Finding {
  /** Published figures that disagree between views (the same cell shown twice differently, or shown and hidden). */
  inconsistent: string[];
  /** Hidden counts the attacker works out, with their value. */
  determined: Array<{ key: string; value: number }>;
  /** Searches that ran out of steps (neither proven free nor given away). */
  inconclusive: string[];
}

/**
 * `truth(key)` answers every count (keys as below): a solution to start from, and what to compare
 * with. `shows(key, n)` makes a hidden count shown anyway — the attack on a weaker publication
 * (e.g. without complementary suppression), to prove a test's attack would land; `asks(key)`
 * limits which hidden counts are searched (all by default).
 */
export function attack(
  views: readonly TrendsView[],
  reach: readonly ReachScope[],
  identities: readonly Identity[],
  threshold: number,
  truth: (key: string) => number,
  shows: (key: string, n: number) => boolean = () => false,
  asks: (key: string) => boolean = () => true,
): Finding {
  const known = new Map<string, number | "hidden">();
  const inconsistent: string[] = [];
  const tooFew = new Map<string, boolean>();
  const values = new Map<string, Set<string>>();
  const publish = (key: string, c: Shown) => {
    const v = "n" in c ? c.n : shows(key, truth(key)) ? truth(key) : "hidden";
    if (known.has(key) && known.get(key) !== v) inconsistent.push(`${key}: ${known.get(key)} / ${v}`);
    known.set(key, v);
  };
  const listed = (k: string, v: string) => values.set(k, (values.get(k) ?? new Set()).add(v));
  for (const v of views) {
    const s = v.scope.id;
    const m = v.period.id;
    tooFew.set(`${s}|${m}`, v.tooFew);
    publish(`T|${s}|${m}`, v.total);
    if (v.tooFew) continue;
    publish(`T|${s}|${v.previous.id}`, v.previousTotal);
    for (const x of v.months) publish(`T|${s}|${x.period}`, x.count);
    for (const p of v.parts ?? []) publish(`T|${p.scope.id}|${m}`, p.count);
    for (const w of v.weeks) publish(`C|${s}|${m}|weeks|${w.week}`, w.count);
    for (const b of v.breakdowns)
      for (const c of b.cells) {
        publish(`C|${s}|${m}|${b.dimension}|${c.value}`, c.count);
        listed(b.dimension, c.value);
      }
    for (const o of v.open) {
      publish(`O|${s}|open|${o.status}`, o.count);
      listed("open", o.status);
    }
    for (const o of v.openAge) {
      publish(`O|${s}|openAge|${o.age}`, o.count);
      listed("openAge", o.age);
    }
    if (v.openTotal) publish(`OT|${s}`, v.openTotal);
  }
  const sys = new System();
  const viewed = new Set(views.map((v) => v.period.id));
  const months = new Set(
    [...known.keys()].filter((k) => k.startsWith("T|")).map((k) => k.split("|")[2] as string),
  );
  const ids = reach.map((r) => r.scope.id);
  for (const m of months) {
    for (const r of reach)
      if (r.parts)
        sys.sum(
          `T|${r.scope.id}|${m}`,
          r.parts.map((p) => `T|${p}|${m}`),
        );
    if (!viewed.has(m)) continue;
    const list = (d: string) => (d === "weeks" ? month(m).weeks : [...(values.get(d) ?? [])]);
    for (const s of ids) {
      for (const d of ADDS_UP)
        sys.sum(
          `T|${s}|${m}`,
          list(d).map((v) => `C|${s}|${m}|${d}|${v}`),
        );
      for (const { total, parts } of identities)
        if (values.get(total[0])?.has(total[1]) && parts.every(([d, v]) => values.get(d)?.has(v)))
          sys.sum(
            `C|${s}|${m}|${total[0]}|${total[1]}`,
            parts.map(([d, v]) => `C|${s}|${m}|${d}|${v}`),
          );
    }
    for (const r of reach)
      for (const d of DIMS)
        for (const v of list(d)) {
          if (r.parts)
            sys.sum(
              `C|${r.scope.id}|${m}|${d}|${v}`,
              r.parts.map((p) => `C|${p}|${m}|${d}|${v}`),
            );
        }
  }
  for (const s of ids)
    for (const d of ["open", "openAge"])
      sys.sum(
        `OT|${s}`,
        [...(values.get(d) ?? [])].map((v) => `O|${s}|${d}|${v}`),
      );
  for (const r of reach) {
    if (!r.parts) continue;
    sys.sum(
      `OT|${r.scope.id}`,
      r.parts.map((p) => `OT|${p}`),
    );
    for (const d of ["open", "openAge"])
      for (const v of values.get(d) ?? [])
        sys.sum(
          `O|${r.scope.id}|${d}|${v}`,
          r.parts.map((p) => `O|${p}|${d}|${v}`),
        );
  }
  const bounds = (key: string): [number, number] => {
    const [kind, s, m] = key.split("|");
    const few = kind === "T" ? tooFew.get(`${s}|${m}`) : undefined;
    return few === undefined ? [0, CAP] : few ? [0, threshold - 1] : [threshold, CAP];
  };
  const mustHold = (key: string) =>
    asks(key) && (known.get(key) === "hidden" || (!known.has(key) && truth(key) < threshold));
  return { inconsistent, ...sys.solve(known, truth, bounds, mustHold) };
}

/** Equations Σ ±x = b over the hidden counts, and the search. */
class System {
  private readonly sums: string[][] = [];

  sum(total: string, parts: string[]): void {
    if (parts.length > 0) this.sums.push([total, ...parts]);
  }

  solve(
    known: Map<string, number | "hidden">,
    truth: (key: string) => number,
    bounds: (key: string) => [number, number],
    mustHold: (key: string) => boolean,
  ): Omit<Finding, "inconsistent"> {
    const index = new Map<string, number>();
    const keys: string[] = [];
    const eqs: Eq[] = [];
    for (const sum of this.sums) {
      const eq = { vars: [] as number[], coefs: [] as number[], rhs: 0 };
      for (const [i, key] of sum.entries()) {
        const coef = i === 0 ? 1 : -1;
        const v = known.get(key);
        if (typeof v === "number") {
          eq.rhs -= coef * v;
          continue;
        }
        if (!index.has(key)) index.set(key, keys.push(key) - 1);
        eq.vars.push(index.get(key) as number);
        eq.coefs.push(coef);
      }
      if (eq.vars.length > 0) eqs.push(eq);
    }
    const determined: Array<{ key: string; value: number }> = [];
    const inconclusive: string[] = [];
    for (const part of components(keys.length, eqs)) {
      const local = new Map(part.vars.map((v, i) => [v, i]));
      const own = part.eqs.map((e) => ({ ...e, vars: e.vars.map((v) => local.get(v) as number) }));
      const names = part.vars.map((v) => keys[v] as string);
      // Values far above every true one change no verdict, and a small box keeps propagation quick.
      const cap = 2 * Math.max(0, ...names.map(truth)) + 20;
      const box = names.map((k): [number, number] => {
        const [lo, hi] = bounds(k);
        return [lo, Math.min(hi, cap)];
      });
      const solver = new Search(names.map(truth), box, own);
      solver.scatter(3);
      names.forEach((key, x) => {
        if (!mustHold(key) || solver.free[x]) return;
        const r = solver.alternative(x);
        if (r === "none") determined.push({ key, value: truth(key) });
        if (r === "gave up") inconclusive.push(key);
      });
    }
    return { determined, inconclusive };
  }
}

type Eq = { vars: number[]; coefs: number[]; rhs: number };

/** Independent parts of the system (no sum joins them): each is searched alone. */
function components(n: number, eqs: Eq[]): Array<{ vars: number[]; eqs: Eq[] }> {
  const up = Array.from({ length: n }, (_, i) => i);
  const root = (i: number): number => {
    if (up[i] === i) return i;
    const top = root(up[i] as number);
    up[i] = top;
    return top;
  };
  for (const e of eqs) for (const v of e.vars) up[root(v)] = root(e.vars[0] as number);
  const parts = new Map<number, { vars: number[]; eqs: Eq[] }>();
  const of = (i: number) =>
    parts.get(root(i)) ??
    (parts.set(root(i), { vars: [], eqs: [] }).get(root(i)) as { vars: number[]; eqs: Eq[] });
  for (let i = 0; i < n; i++) of(i).vars.push(i);
  for (const e of eqs) of(e.vars[0] as number).eqs.push(e);
  return [...parts.values()];
}

export class Search {
  readonly free: Uint8Array;
  private readonly eqsOf: number[][];
  private nodes = 0;
  private random = 0;
  private start: [number[], number[]] | undefined;
  private readonly truth: number[];
  private readonly box: Array<[number, number]>;
  private readonly eqs: Eq[];

  constructor(truth: number[], box: Array<[number, number]>, eqs: Eq[]) {
    this.truth = truth;
    this.box = box;
    this.eqs = eqs;
    this.free = new Uint8Array(truth.length);
    this.eqsOf = truth.map(() => []);
    eqs.forEach((e, i) => {
      for (const v of e.vars) this.eqsOf[v]?.push(i);
    });
    for (const e of eqs) {
      const sum = e.vars.reduce((a, v, i) => a + (e.coefs[i] as number) * (truth[v] as number), 0);
      if (sum !== e.rhs) throw new Error("attack: the truth does not satisfy the published sums");
    }
  }

  /** Solutions picked at random first: each frees every count it moves, so few targeted searches remain. */
  scatter(times: number): void {
    for (let k = 1; k <= times; k++) {
      this.random = k;
      this.nodes = 0;
      const [lower, upper] = this.root();
      if (this.branch(lower, upper, []) === "found") this.markFree(lower);
    }
    this.random = 0;
  }

  /** Another solution where `x` differs from the truth ("found", and every count it moves is free), or why not. */
  alternative(x: number): "found" | "none" | "gave up" {
    this.nodes = 0;
    const t = this.truth[x] as number;
    let gaveUp = false;
    for (const [lo, hi] of [
      [0, t - 1],
      [t + 1, CAP],
    ] as const) {
      const [lower, upper] = this.root();
      lower[x] = Math.max(lower[x] as number, lo);
      upper[x] = Math.min(upper[x] as number, hi);
      const found = this.branch(lower, upper, this.eqsOf[x] as number[]);
      if (found === "gave up") gaveUp = true;
      if (found !== "found") continue;
      this.markFree(lower);
      return "found";
    }
    return gaveUp ? "gave up" : "none";
  }

  private markFree(solution: number[]): void {
    solution.forEach((v, i) => {
      if (v !== this.truth[i]) this.free[i] = 1;
    });
  }

  /** The bounds every search starts from: the box, propagated once. */
  private root(): [number[], number[]] {
    if (!this.start) {
      const lower = this.box.map(([l]) => l);
      const upper = this.box.map(([, h]) => h);
      if (!this.propagate(lower, upper, [...this.eqs.keys()])) throw new Error("attack: no solution at all");
      this.start = [lower, upper];
    }
    return [[...this.start[0]], [...this.start[1]]];
  }

  private branch(lower: number[], upper: number[], dirty: number[]): "found" | "none" | "gave up" {
    if (++this.nodes > 200_000) return "gave up";
    if (!this.propagate(lower, upper, dirty)) return "none";
    let pick = -1;
    lower.forEach((l, i) => {
      if (
        l !== upper[i] &&
        (pick < 0 || (upper[i] as number) - l < (upper[pick] as number) - (lower[pick] as number))
      )
        pick = i;
    });
    if (pick < 0) return "found";
    let gaveUp = false;
    for (const [a, b] of this.splits(pick, lower[pick] as number, upper[pick] as number)) {
      if (a > b) continue;
      const lo = [...lower];
      const hi = [...upper];
      lo[pick] = a;
      hi[pick] = b;
      const r = this.branch(lo, hi, this.eqsOf[pick] as number[]);
      if (r === "found") {
        lo.forEach((v, i) => {
          lower[i] = v;
        });
        return r;
      }
      if (r === "gave up") gaveUp = true;
    }
    return gaveUp ? "gave up" : "none";
  }

  /** The truth's value first (a nearby solution), or — scattering — a random one. */
  private splits(i: number, l: number, h: number): Array<[number, number]> {
    const t = this.truth[i] as number;
    if (this.random > 0) {
      this.random = (this.random * 1664525 + 1013904223) >>> 0;
      const v = l + (this.random % (Math.min(h, l + 8) - l + 1));
      return [
        [v, v],
        [l, v - 1],
        [v + 1, h],
      ];
    }
    if (t >= l && t <= h)
      return [
        [t, t],
        [l, t - 1],
        [t + 1, h],
      ];
    const mid = Math.floor((l + h) / 2);
    return [
      [l, mid],
      [mid + 1, h],
    ];
  }

  /** Bounds propagation to a fixed point; false when some count has no value left. */
  private propagate(lower: number[], upper: number[], dirty: number[]): boolean {
    const queue = [...dirty];
    const queued = new Set(queue);
    while (queue.length > 0) {
      const at = queue.pop() as number;
      queued.delete(at);
      const e = this.eqs[at] as Eq;
      let min = 0;
      let max = 0;
      e.vars.forEach((v, i) => {
        const c = e.coefs[i] as number;
        min += c > 0 ? (lower[v] as number) : -(upper[v] as number);
        max += c > 0 ? (upper[v] as number) : -(lower[v] as number);
      });
      for (const [i, v] of e.vars.entries()) {
        const c = e.coefs[i] as number;
        const ownMin = c > 0 ? (lower[v] as number) : -(upper[v] as number);
        const ownMax = c > 0 ? (upper[v] as number) : -(lower[v] as number);
        const [a, b] = [e.rhs - (max - ownMax), e.rhs - (min - ownMin)];
        const [lo, hi] = c > 0 ? [a, b] : [-b, -a];
        if (lo > (lower[v] as number) || hi < (upper[v] as number)) {
          lower[v] = Math.max(lower[v] as number, lo);
          upper[v] = Math.min(upper[v] as number, hi);
          if ((lower[v] as number) > (upper[v] as number)) return false;
          for (const g of this.eqsOf[v] as number[]) {
            if (queued.has(g)) continue;
            queued.add(g);
            queue.push(g);
          }
        }
      }
    }
    return true;
  }
}
