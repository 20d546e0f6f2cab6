/**
 * Trends views: what each scope a viewer can reach shows for a month, every count suppressed in one
 * system across all of them (suppress.ts), so no view can be subtracted from another. Pure. Three
 * systems, each decided the same whichever month is viewed (views of two months never disagree on
 * a cell they share): per month, the scopes' totals (the 12-month series, the previous month, the
 * parts); the viewed month's tables, those totals fixed; open cases now. Aggregates are recomputed
 * from their parts here: a stale aggregate beside fresh parts would break every sum relied on.
 */
import { lastMonths, month, monthOfWeek, previousMonth } from "./periods.ts";
import { Figures, suppress } from "./suppress.ts";
import { type Counts, DAY_BUCKETS, DIMENSIONS, type Dimension, type Period, type Scope } from "./types.ts";
import type { IsoWeek, Shown, TrendsView } from "./types.ts";

/** A scope a viewer can see; an aggregate names the ids of its parts (all in the same reach). */
export interface ReachScope {
  scope: Scope;
  parts?: readonly string[];
}

/** A breakdown cell that always equals the sum of others, in every scope and week (from the routing). */
export interface Identity {
  total: readonly [Dimension, string];
  parts: ReadonlyArray<readonly [Dimension, string]>;
}

/**
 * Ura's routing: self-harm alone is routed to wellbeing and not asked where (place "none"): these cells
 * are equal in every scope, as a reader of flows/ knows. test/trends-view.test.ts derives them from the flow.
 */
export const URA_IDENTITIES: readonly Identity[] = [
  { total: ["category", "selfharm"], parts: [["route", "wellbeing"]] },
  { total: ["category", "selfharm"], parts: [["place", "none"]] },
];

export interface ViewOptions {
  /** Every value each breakdown lists, in order: pass the flow's (a list that grows with the data changes old months). */
  values?: Partial<Record<Dimension, readonly string[]>>;
  identities?: readonly Identity[];
  /** A lower threshold the same figures are also shown at: whatever is hidden there is hidden here too. */
  base?: number;
  /** This week: later weeks are left out — known zeros, useless as the complement of a small week. */
  lastWeek?: IsoWeek;
}

export const OPEN_AGES = ["0-1", "2-7", "8-30", "31+"] as const;
/** Tables in which every case has exactly one value: they add up to the month's total. */
const ADDS_UP: ReadonlySet<string> = new Set(["category", "place", "route", "urgency", "weeks"]);
const HIDDEN: Shown = { hidden: true };

/** Every view a viewer can reach, in the reach's order, for `monthId` ("2026-11"). */
export function viewsFor(
  reach: readonly ReachScope[],
  countsByScope: Readonly<Record<string, Counts>>,
  monthId: string,
  threshold: number,
  options: ViewOptions = {},
): TrendsView[] {
  const plan = planOf(reach, countsByScope, monthId, options);
  const base =
    options.base !== undefined && options.base < threshold ? decide(plan, options.base) : undefined;
  const decided = decide(plan, threshold, base);
  return reach.map((_, i) => viewOf(plan, decided, i));
}

/** The view of one scope alone (a principal's school). */
export function viewOfScope(
  scope: Scope,
  counts: Counts,
  monthId: string,
  threshold: number,
  options: ViewOptions = {},
): TrendsView {
  return viewsFor([{ scope }], { [scope.id]: counts }, monthId, threshold, options)[0] as TrendsView;
}

/**
 * A scope's figures by table, then value: each breakdown, "weeks" and the histograms "response"
 * and "resolve" (by bucket) for the viewed month; "months" (by month id); "open" and "openAge" now.
 */
type Summary = Record<string, Record<string, number>>;

interface Plan {
  reach: readonly ReachScope[];
  parts: number[][];
  sums: Summary[];
  months: string[];
  period: Period;
  tables: Array<{ key: string; values: string[] }>;
  identities: readonly Identity[];
}

function planOf(
  reach: readonly ReachScope[],
  counts: Readonly<Record<string, Counts>>,
  monthId: string,
  o: ViewOptions,
): Plan {
  const index = new Map(reach.map((r, i) => [r.scope.id, i]));
  if (index.size !== reach.length) throw new Error("trends: a scope id appears twice in the reach");
  const parts = reach.map((r) =>
    (r.parts ?? []).map((id) => index.get(id) ?? fail(`part ${id} is not in the reach`)),
  );
  const [months, period] = [lastMonths(monthId, 12), month(monthId)];
  const leaves = reach.filter((_, i) => parts[i]?.length === 0).map((r) => counts[r.scope.id]);
  const found = (key: string) =>
    leaves.flatMap((c) =>
      key === "open"
        ? Object.keys(c?.open ?? {})
        : Object.values(c?.weeks ?? {}).flatMap((w) => Object.keys(w.by[key as Dimension])),
    );
  const listOf = (key: string, given: readonly string[] = []) => [
    ...given,
    ...[...new Set(found(key))].filter((v) => !given.includes(v)).sort(),
  ];
  const tables = [
    ...DIMENSIONS.map((d) => ({ key: d as string, values: listOf(d, o.values?.[d]) })),
    { key: "weeks", values: period.weeks.filter((w) => !o.lastWeek || w <= o.lastWeek) },
    { key: "open", values: listOf("open") },
    { key: "openAge", values: [...OPEN_AGES] },
  ];
  const sums: Summary[] = [];
  const summaryOf = (i: number, depth: number): Summary => {
    if (depth > reach.length) fail("the reach's parts form a cycle");
    const own = parts[i] as number[];
    const s =
      sums[i] ??
      addUp(
        own.length > 0
          ? own.map((p) => summaryOf(p, depth + 1))
          : [summarize(counts[reach[i]?.scope.id ?? ""], period)],
      );
    sums[i] = s;
    return s;
  };
  for (let i = 0; i < reach.length; i++) summaryOf(i, 0);
  return { reach, parts, sums, months, period, tables, identities: o.identities ?? URA_IDENTITIES };
}

function fail(why: string): never {
  throw new Error(`trends: ${why}`);
}

function summarize(counts: Counts | undefined, period: Period): Summary {
  const s: Summary = { open: { ...counts?.open }, openAge: { ...counts?.openAge } };
  for (const [week, w] of Object.entries(counts?.weeks ?? {})) {
    const month: Summary = { months: { [monthOfWeek(week)]: w.total } };
    if (!period.weeks.includes(week)) addUp([month], s);
    else
      addUp(
        [
          month,
          { weeks: { [week]: w.total }, response: indexed(w.responseDays), resolve: indexed(w.resolveDays) },
          w.by,
        ],
        s,
      );
  }
  return s;
}

const indexed = (counts: readonly number[]) => Object.fromEntries(counts.map((n, i) => [i, n]));

/** Adds summaries up, cell by cell (into `into`, a new one by default). */
function addUp(parts: readonly Summary[], into: Summary = {}): Summary {
  for (const part of parts) {
    for (const [key, cells] of Object.entries(part)) {
      const row = into[key] ?? {};
      for (const [v, n] of Object.entries(cells)) row[v] = (row[v] ?? 0) + n;
      into[key] = row;
    }
  }
  return into;
}

interface Decisions {
  threshold: number;
  /** Per month (oldest first), per scope: is its total hidden? */
  totals: boolean[][];
  /** The viewed month's tables and the open cases: cells by scope, then [total, open total], tables, values. */
  cells: Figures;
  ids: number[][][];
}

/** A total's side of the threshold is public ("too few"): what a viewer knows of it when hidden. */
const boundsOf = (n: number, t: number) => (n < t ? { hi: t - 1 } : { lo: t });

function decide(plan: Plan, t: number, base?: Decisions): Decisions {
  const totals = plan.months.map((_, k) => {
    const f = new Figures();
    for (const [i, s] of plan.sums.entries()) {
      const n = s.months?.[plan.months[k] as string] ?? 0;
      f.add(n, { ...boundsOf(n, t), hidden: base?.totals[k]?.[i] });
    }
    for (const [i, own] of plan.parts.entries()) f.sum(i, own);
    // A month without a single case (before the programme began) shows nothing and has nothing to protect.
    if (f.value.every((n) => n === 0)) return f.value.map(() => true);
    suppress(f, t);
    return f.hidden;
  });
  const { cells, ids } = breakdownFigures(plan, t, totals[11] as boolean[], base);
  suppress(cells, t);
  return { threshold: t, totals, cells, ids };
}

/** The viewed month's tables (its totals fixed) and the open cases, as one system. */
function breakdownFigures(plan: Plan, t: number, totalHidden: readonly boolean[], base?: Decisions) {
  const f = new Figures();
  const hiddenAtBase = () => base?.cells.hidden[f.value.length] ?? false;
  const ids = plan.sums.map((s, i) => {
    const total = s.months?.[plan.period.id] ?? 0;
    const hidden = totalHidden[i] as boolean;
    const totalId = f.add(total, { ...boundsOf(total, t), locked: !hidden, hidden });
    const open = Object.values(s.open ?? {}).reduce((a, n) => a + n, 0);
    const openId = f.add(open, { hidden: hiddenAtBase() });
    const rows = plan.tables.map(({ key, values }) => {
      // A "too few" scope prints none of its month's tables; they are still parts of every aggregate's.
      const unpublished = total < t && !key.startsWith("open");
      const row = values.map((v) => f.add(s[key]?.[v] ?? 0, { unpublished, hidden: hiddenAtBase() }));
      if (ADDS_UP.has(key)) f.sum(totalId, row);
      if (key.startsWith("open")) f.sum(openId, row);
      return row;
    });
    const cell = ([d, v]: readonly [string, string]) => {
      const r = plan.tables.findIndex((x) => x.key === d);
      return rows[r]?.[plan.tables[r]?.values.indexOf(v) ?? -1];
    };
    for (const { total: whole, parts } of plan.identities) {
      const [w, ps] = [cell(whole), parts.map(cell)];
      if (w !== undefined && ps.every((p) => p !== undefined)) f.sum(w, ps as number[]);
    }
    return [[totalId, openId], ...rows];
  });
  for (const [p, own] of plan.parts.entries()) {
    for (const [r, row] of (ids[p] ?? []).entries())
      for (const [v, cell] of row.entries())
        f.sum(
          cell,
          own.map((c) => ids[c]?.[r]?.[v] as number),
        );
  }
  return { cells: f, ids };
}

function viewOf(plan: Plan, d: Decisions, i: number): TrendsView {
  const { reach, sums, months, period, tables } = plan;
  const s = sums[i] as Summary;
  const t = d.threshold;
  const previous = month(previousMonth(period.id));
  const base = { scope: (reach[i] as ReachScope).scope, period, previous, threshold: t };
  if ((s.months?.[period.id] ?? 0) < t) return { ...base, ...nothing() };
  const ids = d.ids[i] as number[][];
  const shown = (id: number): Shown => (d.cells.hidden[id] ? HIDDEN : { n: d.cells.value[id] as number });
  const totalOf = (k: number, j: number): Shown =>
    d.totals[k]?.[j] ? HIDDEN : { n: sums[j]?.months?.[months[k] as string] ?? 0 };
  const rowOf = (key: string) => {
    const r = tables.findIndex((x) => x.key === key);
    return (tables[r]?.values ?? []).map((value, v) => ({ value, count: shown(ids[r + 1]?.[v] as number) }));
  };
  const total = totalOf(11, i);
  const urgent = rowOf("urgency").find((c) => c.value === "urgent")?.count;
  const parts = plan.parts[i] as number[];
  return {
    ...base,
    tooFew: false,
    total,
    previousTotal: totalOf(10, i),
    weeks: rowOf("weeks").map(({ value, count }) => ({ week: value, count })),
    months: months.map((m, k) => ({ period: m, count: totalOf(k, i) })),
    breakdowns: DIMENSIONS.map((dimension) => ({ dimension, cells: rowOf(dimension) })),
    medianResponseDays: medianOf(s.response, t),
    medianResolveDays: medianOf(s.resolve, t),
    // Only when both are shown: a share of a shown total would give a hidden count away.
    urgentShare: "n" in total && urgent && "n" in urgent ? Math.round((100 * urgent.n) / total.n) : null,
    open: rowOf("open").map(({ value, count }) => ({ status: value, count })),
    openAge: rowOf("openAge").map(({ value, count }) => ({ age: value, count })),
    openTotal: shown(ids[0]?.[1] as number),
    ...(parts.length > 0
      ? { parts: parts.map((p) => ({ scope: (reach[p] as ReachScope).scope, count: totalOf(11, p) })) }
      : {}),
  };
}

/** A "too few" scope shows nothing but that fact. */
const nothing = (): Omit<TrendsView, "scope" | "period" | "previous" | "threshold"> => ({
  ...{ tooFew: true, total: HIDDEN, previousTotal: HIDDEN, weeks: [], months: [], breakdowns: [] },
  ...{ medianResponseDays: null, medianResolveDays: null, urgentShare: null, open: [], openAge: [] },
});

/** The lower edge of the day bucket holding the median, when at least `t` cases had one. */
function medianOf(histogram: Readonly<Record<string, number>> = {}, t: number): number | null {
  const counts = DAY_BUCKETS.map((_, i) => histogram[i] ?? 0);
  const n = counts.reduce((a, b) => a + b, 0);
  if (n < t) return null;
  let seen = 0;
  const at = counts.findIndex((k) => {
    seen += k;
    return seen >= Math.ceil(n / 2);
  });
  return DAY_BUCKETS[at] as number;
}
