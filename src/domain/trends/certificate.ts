/**
 * Certificates for suppress.ts (P4): another assignment of the hidden cells that keeps every sum
 * and every bound a viewer knows, yet moves a given cell. Found, it proves that cell cannot be
 * worked out — by any subtraction or combination of sums. Pure.
 *
 * The search works on changes δ (one per hidden cell, in [−2, 2], 0 by default; shown cells 0):
 * every sum must keep Σ ±δ = 0. Depth first, it takes the broken sum with the fewest hidden cells
 * and moves one of its cells towards balance — the one that mends most other broken sums first —
 * or pins it and tries the next. A quick look follows broken sums only; a deeper one also
 * propagates bounds through the sums (a cell forced by the others moves at once, a dead end shows
 * early). Sound, not complete: what it returns is a real certificate; a miss only costs one more
 * hidden cell (suppress.ts widens and asks again). Budgets keep it near-linear.
 */
import type { Figures } from "./suppress.ts";

/** How far a certificate moves one cell: one case counted elsewhere, two where parts meet. */
const REACH = 2;
const QUICK_NODES = 40;
const DEEP_NODES = 2000;

export class Certifier {
  private readonly f: Figures;
  private readonly eqsOf: number[][];
  private readonly hiddenIn: Int32Array;
  private readonly wanted: (c: number) => boolean;
  // A cell's bounds on δ while stamp[c] is this search's epoch (defaults otherwise).
  private readonly low: Int8Array;
  private readonly high: Int8Array;
  private readonly stamp: Int32Array;
  // A sum's Σ ±δ (0 when it holds), its least and most possible, while seen[e] is this epoch.
  private readonly seen: Int32Array;
  private readonly total: Int32Array;
  private readonly least: Int32Array;
  private readonly most: Int32Array;
  // A sum's least and most with every cell at its defaults, cached until a cell of it is hidden.
  private readonly baseLeast: Int32Array;
  private readonly baseMost: Int32Array;
  private readonly fresh: Uint8Array;
  /** Sums off balance (some may have come back since: dropped lazily), and which are listed. */
  private broken: number[] = [];
  private readonly listed: Int32Array;
  private trail: number[] = [];
  private epoch = 0;
  private nodes = 0;
  private deep = false;

  constructor(f: Figures, eqsOf: number[][], hiddenIn: Int32Array, wanted: (c: number) => boolean) {
    this.f = f;
    this.eqsOf = eqsOf;
    this.hiddenIn = hiddenIn;
    this.wanted = wanted;
    const [cells, sums] = [f.value.length, f.sums.length];
    [this.low, this.high, this.stamp] = [new Int8Array(cells), new Int8Array(cells), new Int32Array(cells)];
    [this.seen, this.total, this.listed] = [new Int32Array(sums), new Int32Array(sums), new Int32Array(sums)];
    [this.least, this.most] = [new Int32Array(sums), new Int32Array(sums)];
    [this.baseLeast, this.baseMost, this.fresh] = [
      new Int32Array(sums),
      new Int32Array(sums),
      new Uint8Array(sums),
    ];
  }

  /** A cell was hidden: its sums' defaults changed. */
  invalidate(c: number): void {
    for (const e of this.eqsOf[c] as number[]) this.fresh[e] = 0;
  }

  /** The cells a certificate for `x` moves (x among them), or none: a quick look, then a deep one. */
  certificate(x: number): number[] {
    for (const deep of [false, true]) {
      for (const [l, h] of [
        [1, REACH],
        [-REACH, -1],
      ] as const) {
        this.epoch++;
        [this.nodes, this.deep, this.trail, this.broken] = [deep ? DEEP_NODES : QUICK_NODES, deep, [], []];
        if (this.narrow(x, l, h) && this.propagate([x]) && this.search()) {
          return [...new Set(this.trail.filter((_, i) => i % 3 === 0))].filter((c) => this.value(c) !== 0);
        }
      }
    }
    return [];
  }

  private coef = (e: number, c: number) => ((this.f.sums[e] as number[])[0] === c ? 1 : -1);
  private lo = (c: number) => (this.stamp[c] === this.epoch ? (this.low[c] as number) : this.initialLo(c));
  private hi = (c: number) => (this.stamp[c] === this.epoch ? (this.high[c] as number) : this.initialHi(c));
  /** The change a cell takes when nothing forces it: the one nearest 0. */
  private value = (c: number) => Math.min(Math.max(0, this.lo(c)), this.hi(c));
  private sumOf = (e: number) => (this.seen[e] === this.epoch ? (this.total[e] as number) : 0);
  // Within what a viewer knows of the cell (lo ≤ value + δ ≤ hi); a shown cell cannot change.
  private initialLo = (c: number) =>
    this.f.hidden[c] ? Math.max(-REACH, (this.f.lo[c] as number) - (this.f.value[c] as number)) : 0;
  private initialHi = (c: number) =>
    this.f.hidden[c] ? Math.min(REACH, (this.f.hi[c] as number) - (this.f.value[c] as number)) : 0;

  /** Tightens a cell's change to [l, h] ∩ what it had; false when nothing is left. */
  private narrow(c: number, l: number, h: number): boolean {
    const lo = Math.max(l, this.lo(c));
    const hi = Math.min(h, this.hi(c));
    if (lo > hi) return false;
    if (lo === this.lo(c) && hi === this.hi(c)) return true;
    this.trail.push(c, this.stamp[c] === this.epoch ? (this.low[c] as number) : 99, this.high[c] as number);
    this.set(c, lo, hi, this.epoch);
    return true;
  }

  private undo(mark: number): void {
    while (this.trail.length > mark) {
      const high = this.trail.pop() as number;
      const low = this.trail.pop() as number;
      const c = this.trail.pop() as number;
      this.set(c, low, high, low === 99 ? 0 : this.epoch);
    }
  }

  /** Sets a cell's bounds (stamp 0: back to its defaults), keeping its sums' figures current. */
  private set(c: number, lo: number, hi: number, stamp: number): void {
    const lo0 = this.lo(c);
    const hi0 = this.hi(c);
    const v0 = this.value(c);
    this.stamp[c] = stamp;
    this.low[c] = lo;
    this.high[c] = hi;
    const dLo = this.lo(c) - lo0;
    const dHi = this.hi(c) - hi0;
    const dV = this.value(c) - v0;
    for (const e of this.eqsOf[c] as number[]) {
      if (this.seen[e] !== this.epoch) this.open(e);
      const k = this.coef(e, c);
      this.total[e] = (this.total[e] as number) + k * dV;
      this.least[e] = (this.least[e] as number) + (k > 0 ? dLo : -dHi);
      this.most[e] = (this.most[e] as number) + (k > 0 ? dHi : -dLo);
      if (this.total[e] !== 0 && this.listed[e] !== this.epoch) {
        this.listed[e] = this.epoch;
        this.broken.push(e);
      }
    }
  }

  /** First touch of a sum in this search: every cell of it is still at its defaults. */
  private open(e: number): void {
    if (!this.fresh[e]) {
      let [least, most] = [0, 0];
      for (const c of this.f.sums[e] as number[]) {
        const k = this.coef(e, c);
        least += k > 0 ? this.initialLo(c) : -this.initialHi(c);
        most += k > 0 ? this.initialHi(c) : -this.initialLo(c);
      }
      [this.baseLeast[e], this.baseMost[e], this.fresh[e]] = [least, most, 1];
    }
    this.seen[e] = this.epoch;
    [this.total[e], this.least[e], this.most[e]] = [
      0,
      this.baseLeast[e] as number,
      this.baseMost[e] as number,
    ];
  }

  /** Bounds through the sums until nothing changes (deep look only); false on a contradiction. */
  private propagate(changed: number[]): boolean {
    const queue = this.deep ? [...changed] : [];
    while (queue.length > 0) {
      for (const e of this.eqsOf[queue.pop() as number] as number[]) {
        const least = this.least[e] as number;
        const most = this.most[e] as number;
        if (least > 0 || most < 0) return false;
        // A cell narrows only if it is wider than the sum's slack on a side; none is wider than 2·REACH.
        if (Math.min(most, -least) >= 2 * REACH) continue;
        for (const c of this.f.sums[e] as number[]) {
          // k·δ = −(the others' sum): δ within [hi − most, lo − least] for k = 1, mirrored for k = −1
          const up = this.coef(e, c) > 0;
          const l = up ? this.hi(c) - most : least + this.hi(c);
          const h = up ? this.lo(c) - least : most + this.lo(c);
          if (l <= this.lo(c) && h >= this.hi(c)) continue;
          if (!this.narrow(c, l, h)) return false;
          queue.push(c);
        }
      }
    }
    return true;
  }

  /** Takes the broken sum with the fewest hidden cells; moves each of its cells in turn, or pins it. */
  private search(): boolean {
    if (--this.nodes < 0) return false;
    let best = -1;
    let kept = 0;
    for (const e of this.broken) {
      if (this.sumOf(e) === 0) {
        this.listed[e] = 0;
        continue;
      }
      this.broken[kept++] = e;
      if (best < 0 || (this.hiddenIn[e] as number) < (this.hiddenIn[best] as number)) best = e;
    }
    this.broken.length = kept;
    if (best < 0) return true;
    const entry = this.trail.length;
    for (const [c, towards] of this.movesFor(best)) {
      const v = this.value(c);
      const mark = this.trail.length;
      const moved = towards > 0 ? this.narrow(c, v + 1, this.hi(c)) : this.narrow(c, this.lo(c), v - 1);
      if (moved && this.propagate([c]) && this.search()) return true;
      this.undo(mark);
      if (this.nodes < 0 || !(this.narrow(c, v, v) && this.propagate([c]))) break;
    }
    this.undo(entry);
    return false;
  }

  /** The cells of sum `e` that can move towards balance: those that mend other broken sums first. */
  private movesFor(e: number): Array<[cell: number, towards: number, score: number]> {
    const need = Math.sign(this.sumOf(e));
    const moves: Array<[number, number, number]> = [];
    for (const c of this.f.sums[e] as number[]) {
      const towards = -need * this.coef(e, c);
      const v = this.value(c);
      if (towards > 0 ? v >= this.hi(c) : v <= this.lo(c)) continue;
      // a cell still waiting for a certificate gets one on the way; fewer sums, fewer to mend
      let score = (this.wanted(c) ? 0.3 : 0) - 0.01 * (this.eqsOf[c] as number[]).length;
      for (const g of this.eqsOf[c] as number[]) {
        if (g !== e) score += Math.abs(this.sumOf(g)) - Math.abs(this.sumOf(g) + this.coef(g, c) * towards);
      }
      moves.push([c, towards, score]);
    }
    return moves.sort((a, b) => b[2] - a[2]);
  }
}
