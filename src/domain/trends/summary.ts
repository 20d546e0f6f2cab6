/**
 * The short summary the chat shows — `/trends`, and the principal's Monday digest: the month's
 * reports against the month before, what was reported most and where, open cases by age, and for
 * the digest the week that just ended. Taken only from a TrendsView, so every figure is one the
 * dashboard shows, suppressed the same way. A hidden cell is never ranked: its size is unknown,
 * and ranking it would tell which side of another figure it falls. Pure.
 */
import type { IsoWeek, Scope, Shown, TrendsView } from "./types.ts";

export interface Ranked {
  value: string;
  n: number;
}

export interface TrendsSummary {
  scope: Scope;
  /** "2026-11" */
  month: string;
  threshold: number;
  /** Too few reports in the month to show more than that fact. */
  tooFew: boolean;
  total: Shown;
  previous: Shown;
  /** The digest's week (one of the month's): its reports. */
  week?: { week: IsoWeek; count: Shown };
  /** The most reported categories and places with a shown count, most first (at most TOP). */
  categories: Ranked[];
  places: Ranked[];
  openAge: Array<{ age: string; count: Shown }>;
}

export const TOP = 3;

function ranked(view: TrendsView, dimension: "category" | "place"): Ranked[] {
  const cells = view.breakdowns.find((b) => b.dimension === dimension)?.cells ?? [];
  return cells
    .flatMap((c) => ("n" in c.count && c.count.n > 0 ? [{ value: c.value, n: c.count.n }] : []))
    .sort((a, b) => b.n - a.n)
    .slice(0, TOP);
}

/** The summary of a view; `week` (one of the view's month) adds that week's reports. */
export function summaryOf(view: TrendsView, week?: IsoWeek): TrendsSummary {
  const weekCount = week === undefined ? undefined : view.weeks.find((w) => w.week === week)?.count;
  return {
    scope: view.scope,
    month: view.period.id,
    threshold: view.threshold,
    tooFew: view.tooFew,
    total: view.total,
    previous: view.previousTotal,
    ...(week !== undefined ? { week: { week, count: weekCount ?? { hidden: true } } } : {}),
    categories: ranked(view, "category"),
    places: ranked(view, "place"),
    openAge: view.openAge,
  };
}
