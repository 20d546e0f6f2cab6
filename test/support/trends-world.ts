/**
 * Small trends worlds for the suppression and view tests: facts by school, the reach an admin or
 * a partner sees, every view of every month a viewer can open, and the truth of every cell (keys
 * as the attacker names them) to check a finding against.
 */
import { countFacts } from "../../src/domain/trends/facts.ts";
import { lastMonths, month, monthOfWeek } from "../../src/domain/trends/periods.ts";
import type { Counts, Fact, TrendsView } from "../../src/domain/trends/types.ts";
import { type ReachScope, URA_IDENTITIES, type ViewOptions, viewsFor } from "../../src/domain/trends/view.ts";
import { attack, type Finding } from "./trends-attack.ts";

export const MONTH = "2026-11";
export const WEEKS = month(MONTH).weeks;
export type Open = { status: string; ageDays: number };

/** `n` facts of a peer conflict in the yard (the usual report), with `over` changed. */
export function facts(n: number, over: Partial<Fact> = {}): Fact[] {
  const base: Fact = {
    week: WEEKS[0] as string,
    category: "conflict",
    place: "yard",
    route: "mediation",
    urgency: "normal",
    status: "new",
  };
  return Array.from({ length: n }, () => ({ ...base, ...over }));
}

export const selfHarm = (n: number, week = WEEKS[0] as string) =>
  facts(n, { week, category: "selfharm", place: "none", route: "wellbeing", urgency: "urgent" });

/** A world: schools' facts and open cases, in municipalities, maybe partners. */
export interface World {
  facts: Record<string, Fact[]>;
  open?: Record<string, Open[]>;
  /** Municipality id → its schools (one country, XK, and the programme above). */
  munis: Record<string, string[]>;
  partners?: Record<string, string[]>;
}

export function countsOf(w: World): Record<string, Counts> {
  return Object.fromEntries(Object.entries(w.facts).map(([s, f]) => [s, countFacts(f, w.open?.[s] ?? [])]));
}

/** Everything a programme admin sees (partners' sums too, when the world has any). */
export function adminReach(w: World): ReachScope[] {
  const schools = Object.values(w.munis).flat();
  return [
    ...schools.map((id) => ({ scope: { kind: "school" as const, id, name: `School ${id}` } })),
    ...Object.entries(w.munis).map(([id, parts]) => ({
      scope: { kind: "municipality" as const, id, name: id },
      parts,
    })),
    { scope: { kind: "country", id: "XK", name: "Kosovo" }, parts: Object.keys(w.munis) },
    { scope: { kind: "programme", id: "programme", name: "Programme" }, parts: ["XK"] },
    ...Object.entries(w.partners ?? {}).map(([id, parts]) => ({
      scope: { kind: "partner" as const, id, name: id },
      parts,
    })),
  ];
}

/** A partner's schools and their sum. */
export function partnerReach(schools: readonly string[], id = "ngo"): ReachScope[] {
  return [
    ...schools.map((s) => ({ scope: { kind: "school" as const, id: s, name: `School ${s}` } })),
    { scope: { kind: "partner", id, name: id }, parts: [...schools] },
  ];
}

/** Every view of `reach` for each of the 12 months up to `last`: all a viewer could open. */
export function everyView(
  reach: readonly ReachScope[],
  counts: Record<string, Counts>,
  threshold: number,
  options: ViewOptions = {},
  last = MONTH,
): TrendsView[] {
  return lastMonths(last, 12).flatMap((m) => viewsFor(reach, counts, m, threshold, options));
}

/** The true value of a cell named as the attacker names it. */
export function truthOf(w: World, reach: readonly ReachScope[]): (key: string) => number {
  const byId = new Map(reach.map((r) => [r.scope.id, r]));
  const schoolsOf = (id: string): string[] => {
    const r = byId.get(id);
    return r?.parts ? r.parts.flatMap(schoolsOf) : [id];
  };
  return (key) => {
    const [kind, s, m, d, v] = key.split("|") as [string, string, string, string, string];
    if (kind === "O" || kind === "OT") {
      const c = countFacts(
        [],
        schoolsOf(s).flatMap((x) => w.open?.[x] ?? []),
      );
      if (kind === "OT") return Object.values(c.open).reduce((a, n) => a + n, 0);
      return (m === "open" ? c.open[d] : c.openAge[d]) ?? 0;
    }
    const inMonth = schoolsOf(s)
      .flatMap((x) => w.facts[x] ?? [])
      .filter((f) => monthOfWeek(f.week) === m);
    if (kind === "T") return inMonth.length;
    return inMonth.filter((f) => (d === "weeks" ? f.week === v : f[d as keyof Fact] === v)).length;
  };
}

/**
 * The attacker on every view of the reach (12 months), with the world's truth; and `naive(key)`:
 * whether it works `key` out of the same views with only the small counts hidden (no
 * complementary suppression) — proof that a scenario's attack lands.
 */
export function attackWorld(
  w: World,
  reach: readonly ReachScope[],
  threshold: number,
  options: ViewOptions = {},
): Finding & { views: TrendsView[]; naive: (key: string) => boolean } {
  const views = everyView(reach, countsOf(w), threshold, options);
  const on = (shows?: (key: string, n: number) => boolean, asks?: (key: string) => boolean) =>
    attack(views, reach, options.identities ?? URA_IDENTITIES, threshold, truthOf(w, reach), shows, asks);
  const naive = (key: string) =>
    on(
      (_, n) => n >= threshold,
      (k) => k === key,
    ).determined.length > 0;
  return { ...on(), views, naive };
}

/** The view of scope `id` for `m` among `views`. */
export function viewOf(views: readonly TrendsView[], id: string, m = MONTH): TrendsView {
  const v = views.find((x) => x.scope.id === id && x.period.id === m);
  if (!v) throw new Error(`no view of ${id} for ${m}`);
  return v;
}

/** A breakdown cell of a view: its number, or "hidden". */
export function cellOf(v: TrendsView, dimension: string, value: string): number | "hidden" {
  const c = v.breakdowns.find((b) => b.dimension === dimension)?.cells.find((x) => x.value === value);
  if (!c) throw new Error(`${v.scope.id} lists no ${dimension} ${value}`);
  return "n" in c.count ? c.count.n : "hidden";
}
