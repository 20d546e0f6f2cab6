/**
 * Trends — the shapes. A case leaves one anonymized **fact** in its school's desk (no words, no
 * owner, no code once the case is erased, time no finer than an ISO week); facts are counted per
 * week into **Counts**; Counts of schools add up to municipalities, countries, the programme and a
 * partner NGO's schools; a **TrendsView** is what a person is shown — every count below the
 * threshold hidden ("fewer than 5"), with complementary suppression (suppress.ts).
 */

/** ISO week of the school's calendar, e.g. "2026-W49": the finest time a trend knows. */
export type IsoWeek = string;

/** What one case contributes to trends. Kept after the case is erased (unlinked from it). */
export interface Fact {
  week: IsoWeek;
  /** The `what` answer (category of the report). */
  category: string;
  /** The `where` answer; "none" when not asked (self-harm). */
  place: string;
  route: string;
  urgency: string;
  /** Where the case is now in the funnel: new, taken, mediation, resolved, referred, withdrawn. */
  status: string;
  /** How it ended, when it did: agreement, no-agreement, not-suitable, referred-external, expired, withdrawn. */
  outcome?: string;
  /** Whole days from sending to the first "taken" (the first response), when it was taken. */
  responseDays?: number;
  /** Whole days from sending to closing, when it closed. */
  resolveDays?: number;
  /** The check-in's answer, when given: better, not-better. */
  checkIn?: string;
}

/** The breakdowns a trend shows (one dimension at a time: no cross-tabulation, on purpose). */
export const DIMENSIONS = ["category", "place", "route", "urgency", "outcome", "checkIn"] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** Day buckets of response and resolution times (a histogram: medians of several schools add up exactly). */
export const DAY_BUCKETS = [0, 1, 2, 3, 4, 5, 6, 7, 10, 14, 21, 30, 60] as const;

/** One week's counts of a scope. */
export interface WeekCounts {
  total: number;
  by: Record<Dimension, Record<string, number>>;
  /** index i counts cases in [DAY_BUCKETS[i], DAY_BUCKETS[i+1]) days; the last bucket is open-ended */
  responseDays: number[];
  resolveDays: number[];
}

/** A scope's counts: per week, and where its cases are now. */
export interface Counts {
  weeks: Record<IsoWeek, WeekCounts>;
  /** Open cases now, by status. */
  open: Record<string, number>;
  /** Open cases now, by age: "0-1", "2-7", "8-30", "31+" days. */
  openAge: Record<string, number>;
}

export type ScopeKind = "school" | "municipality" | "country" | "programme" | "partner";

export interface Scope {
  kind: ScopeKind;
  /** A school's code, "XK/Prizren", "XK", "programme", or a partner's id. */
  id: string;
  /** How a person reads it: the school's or the municipality's name, the country's code. */
  name: string;
}

/**
 * A count as shown. `hidden` is either a count below the threshold or one hidden so that such a
 * count cannot be worked out from the others (a complementary suppression: always at least the
 * threshold). Both look the same, so which cell was small cannot be told — and so "hidden" must be
 * worded as "not shown", never as "fewer than 5", which is false for the second kind.
 */
export type Shown = { n: number } | { hidden: true };

/** A period of whole ISO weeks: a month is the weeks whose Thursday falls in it (weeks nest in months). */
export interface Period {
  kind: "month";
  /** "2026-11" */
  id: string;
  weeks: IsoWeek[];
}

export interface Breakdown {
  dimension: Dimension;
  cells: Array<{ value: string; count: Shown }>;
}

/** What a person is shown for one scope and period. Nothing in it is finer than a week or smaller than the threshold. */
export interface TrendsView {
  scope: Scope;
  period: Period;
  previous: Period;
  threshold: number;
  /** The period had fewer cases than the threshold: only that fact is shown. */
  tooFew: boolean;
  total: Shown;
  previousTotal: Shown;
  /** Per week of the period (weeks nest in the month: suppressed with it). */
  weeks: Array<{ week: IsoWeek; count: Shown }>;
  /** The last 12 months' totals, for the chart over time. */
  months: Array<{ period: string; count: Shown }>;
  breakdowns: Breakdown[];
  /**
   * Median whole days to the first response and to closing, when at least the threshold of cases
   * had one: the lower edge of the DAY_BUCKETS bucket holding the median ("7" is 7–9 days).
   */
  medianResponseDays: number | null;
  medianResolveDays: number | null;
  /** Share of urgent reports in the period, in whole percent, when the total and the urgent count are both shown. */
  urgentShare: number | null;
  open: Array<{ status: string; count: Shown }>;
  openAge: Array<{ age: string; count: Shown }>;
  /**
   * Open cases now, in all: the sum both open tables share, published so that it is a decided
   * cell like the others (absent when too few).
   */
  openTotal?: Shown;
  /** For scopes made of schools (or municipalities, countries): each part's total in the period. */
  parts?: Array<{ scope: Scope; count: Shown }>;
}
