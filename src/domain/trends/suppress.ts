/**
 * Suppression — which counts a trend may show (DESIGN, anonymity 5). Pure.
 *
 * The figures a viewer can reach are one system: every count is a cell, every published relation
 * a sum (a breakdown and its total, weeks and their month, the parts of a scope and the scope,
 * cells the routing makes equal). A viewer knows the shown cells, every sum, that a hidden cell is
 * ≥ 0, and — from "too few" — on which side of the threshold each scope's total lies.
 *
 * Protected:
 * - P1 every count below the threshold is hidden, zeros included (a shown 0 beside hidden cells
 *   narrows them), and so is every cell no view prints (a "too few" scope's breakdowns are still
 *   parts of its municipality's cells: they are unknowns here, and protected like the rest);
 * - P2 no hidden cell can be worked out by peeling: a sum never has exactly one unknown cell left
 *   (unknown = hidden and not itself worked out);
 * - P3 a sum whose total is known never has hidden parts that add up to 0, or — all of them
 *   below the threshold — to (threshold − 1) each (what a reader who takes every hidden cell to
 *   be "fewer than t" would pin);
 * - P4 every hidden cell below the threshold has a **certificate**: another assignment of the
 *   hidden cells, integral, within what the viewer knows (bounds, every sum), where that cell
 *   differs. So no subtraction, chain of subtractions, or bound on any combination of sums
 *   recovers it: the viewer cannot tell the truth from the certificate.
 * When a rule fails, the smallest shown cell of the sum at fault is hidden too (nearest the
 * failing cell when the sum has none), and the rules run again until nothing changes. Hiding only
 * ever grows, so a certificate once found stays valid, and the loop ends.
 *
 * Accepted (and why):
 * - a certificate proves "not exactly known", not a wide interval: a reader may learn that a
 *   hidden cell is 2 or 3 (the threshold rule's aim is that no count is exact);
 * - someone who knows a part from elsewhere (a principal knows their own school; two viewers
 *   who share what they see) can subtract it: suppression protects a publication, not insiders;
 * - reasoning about the algorithm itself (why was this cell hidden?) and inequalities the system
 *   does not state (an outcome only mediation has is at most the mediation count);
 * - P3's "(t − 1) each" is not enforced when no shown cell is left to hide in that sum (every
 *   part already hidden, the total fixed by another decision): the viewer's honest bounds still
 *   leave every part open.
 */

import { Certifier } from "./certificate.ts";

/** Cross-school exports (DESIGN): a larger threshold. */
export const EXPORT_THRESHOLD = 10;

export interface CellOptions {
  /** No view prints it (a part nobody is shown, a sum nobody states): hidden, and still in its sums. */
  unpublished?: boolean;
  /** Decided elsewhere (a month's total, with the months): shown, and never hidden here. */
  locked?: boolean;
  /** Hidden from the start: decided elsewhere, or hidden at a lower threshold these figures nest in. */
  hidden?: boolean;
  /** What a viewer knows of it besides the sums (a "too few" total is at most t − 1, another at least t). */
  lo?: number;
  hi?: number;
}

/** A system of figures: cells and the sums that tie them (total = Σ parts). */
export class Figures {
  readonly value: number[] = [];
  readonly hidden: boolean[] = [];
  readonly locked: boolean[] = [];
  readonly published: boolean[] = [];
  readonly lo: number[] = [];
  readonly hi: number[] = [];
  /** Each sum as [total, ...parts]. */
  readonly sums: number[][] = [];

  add(value: number, o: CellOptions = {}): number {
    this.value.push(value);
    this.hidden.push(Boolean(o.unpublished || o.hidden));
    this.locked.push(Boolean(o.locked));
    this.published.push(!o.unpublished);
    this.lo.push(o.lo ?? 0);
    this.hi.push(o.hi ?? Number.POSITIVE_INFINITY);
    return this.value.length - 1;
  }

  sum(total: number, parts: readonly number[]): void {
    if (parts.length > 0) this.sums.push([total, ...parts]);
  }
}

/**
 * Hides what must be hidden in `f` (in place). Should a cell stay without a certificate (the search
 * has a budget), every cell not decided elsewhere is hidden and the rules run again; a cell still
 * unprotected then throws rather than be published.
 */
export function suppress(f: Figures, threshold: number): void {
  if (new Suppressor(f, threshold).run().length === 0) return;
  f.value.forEach((_, c) => {
    if (!f.locked[c]) f.hidden[c] = true;
  });
  const left = new Suppressor(f, threshold).run().length;
  if (left > 0) throw new Error(`trends: ${left} hidden counts could not be protected`);
}

/** How far `widen` looks for a cell to hide before giving up (a bound on its cost). */
const WIDEN_REACH = 5000;

class Suppressor {
  private readonly f: Figures;
  private readonly t: number;
  private readonly eqsOf: number[][];
  /** Hidden cells in each sum, and the sums to look at again. */
  private readonly hiddenIn: Int32Array;
  private readonly queue: number[] = [];
  private readonly certified: Uint8Array;
  private readonly certifier: Certifier;

  constructor(f: Figures, t: number) {
    this.f = f;
    this.t = t;
    this.eqsOf = Array.from({ length: f.value.length }, () => []);
    f.sums.forEach((eq, e) => {
      for (const c of eq) this.eqsOf[c]?.push(e);
    });
    this.hiddenIn = Int32Array.from(f.sums, (eq) => eq.filter((c) => f.hidden[c]).length);
    this.certified = new Uint8Array(f.value.length);
    this.certifier = new Certifier(
      f,
      this.eqsOf,
      this.hiddenIn,
      (c) => this.mustHold(c) && !this.certified[c],
    );
  }

  /** P1, then P2–P3 and P4 until nothing changes; returns the cells left without a certificate. */
  run(): number[] {
    const { f, t } = this;
    f.value.forEach((v, c) => {
      if (v < t && !f.locked[c] && !f.hidden[c]) this.hide(c);
    });
    this.queue.push(...f.sums.keys());
    do this.applyLocalRules();
    while (this.certifyAll());
    return f.value.flatMap((_, c) => (this.mustHold(c) && !this.certified[c] ? [c] : []));
  }

  /** Every hidden cell a viewer sees as hidden, and every unpublished one below the threshold. */
  private mustHold = (c: number) =>
    this.f.hidden[c] === true && (this.f.published[c] || (this.f.value[c] as number) < this.t);

  private hide(c: number): void {
    this.f.hidden[c] = true;
    this.certifier.invalidate(c);
    for (const e of this.eqsOf[c] as number[]) {
      this.hiddenIn[e] = (this.hiddenIn[e] as number) + 1;
      this.queue.push(e);
    }
  }

  /** P2 and P3 on every sum whose hidden cells changed, until none is left to look at. */
  private applyLocalRules(): void {
    const { f, t } = this;
    while (this.queue.length > 0) {
      const e = this.queue.pop() as number;
      const eq = f.sums[e] as number[];
      if (this.hiddenIn[e] === 1) {
        this.hideSmallest(e, false);
        continue;
      }
      if (f.hidden[eq[0] as number] || (this.hiddenIn[e] as number) < 2) continue;
      const parts = eq.slice(1).filter((c) => f.hidden[c]);
      const sum = parts.reduce((a, c) => a + (f.value[c] as number), 0);
      const allSmall = parts.every((c) => (f.value[c] as number) < t);
      if (sum === 0 || (allSmall && sum === parts.length * (t - 1))) this.hideSmallest(e, true);
    }
  }

  /** Hides the smallest shown, unlocked cell of sum `e` (a part, unless only the total is left). */
  private hideSmallest(e: number, partsOnly: boolean): boolean {
    const { f } = this;
    const eq = f.sums[e] as number[];
    let best = -1;
    for (let i = eq.length - 1; i >= (partsOnly ? 1 : 0); i--) {
      const c = eq[i] as number;
      if (f.hidden[c] || f.locked[c]) continue;
      if (best < 0 || (f.value[c] as number) <= (f.value[best] as number)) best = c;
    }
    if (best >= 0) this.hide(best);
    return best >= 0;
  }

  /** Hides one more cell as near `x` as possible: the sums around it first, fewest hidden cells first. */
  private widen(x: number): boolean {
    const { f } = this;
    const seenEq = new Set<number>();
    const queue = [x];
    const seenCell = new Set(queue);
    for (let i = 0; i < queue.length && i < WIDEN_REACH; i++) {
      const eqs = (this.eqsOf[queue[i] as number] as number[]).filter((e) => !seenEq.has(e));
      eqs.sort((a, b) => (this.hiddenIn[a] as number) - (this.hiddenIn[b] as number));
      for (const e of eqs) {
        seenEq.add(e);
        if (this.hideSmallest(e, false)) return true;
      }
      for (const c of eqs.flatMap((e) => f.sums[e] as number[])) {
        if (!f.hidden[c] || seenCell.has(c)) continue;
        seenCell.add(c);
        queue.push(c);
      }
    }
    return false;
  }

  /** P4 for every cell that must hold, widening until a certificate is found. True when something was hidden. */
  private certifyAll(): boolean {
    let changed = false;
    this.f.value.forEach((_, x) => {
      if (!this.mustHold(x) || this.certified[x]) return;
      for (;;) {
        const moved = this.certifier.certificate(x);
        for (const c of moved) if (this.mustHold(c)) this.certified[c] = 1;
        if (moved.length > 0 || !this.widen(x)) return;
        changed = true;
        this.applyLocalRules();
      }
    });
    return changed;
  }
}
