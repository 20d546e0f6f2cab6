/**
 * From a case to its anonymized fact, and from facts to counts. Pure. A fact keeps no words, no
 * owner, no code, and time no finer than a week (DESIGN, anonymity 5); its days-to-response and
 * days-to-closing are whole days.
 */
import { type CaseRecord, closedDay, endingOf, takenDay } from "../case.ts";
import { daysBetween, weekOfDay } from "./periods.ts";
import { type Counts, DAY_BUCKETS, DIMENSIONS, type Fact, type WeekCounts } from "./types.ts";

export function factOf(c: CaseRecord): Fact {
  const taken = takenDay(c);
  const closed = closedDay(c);
  const outcome = endingOf(c);
  return {
    week: weekOfDay(c.day),
    category: c.answers.what ?? "other",
    place: c.answers.where ?? "none",
    route: c.route,
    urgency: c.urgency,
    status: c.status,
    ...(outcome ? { outcome } : {}),
    ...(taken ? { responseDays: daysBetween(c.day, taken) } : {}),
    ...(closed ? { resolveDays: daysBetween(c.day, closed) } : {}),
    ...(c.mediation?.checkIn === "better" || c.mediation?.checkIn === "not-better"
      ? { checkIn: c.mediation.checkIn }
      : {}),
  };
}

export function bucketOf(days: number): number {
  let i = 0;
  while (i + 1 < DAY_BUCKETS.length && days >= (DAY_BUCKETS[i + 1] as number)) i++;
  return i;
}

const bump = (histogram: number[], i: number) => {
  histogram[i] = (histogram[i] ?? 0) + 1;
};

export function emptyWeek(): WeekCounts {
  return {
    total: 0,
    by: Object.fromEntries(DIMENSIONS.map((d) => [d, {}])) as WeekCounts["by"],
    responseDays: DAY_BUCKETS.map(() => 0),
    resolveDays: DAY_BUCKETS.map(() => 0),
  };
}

const OPEN_AGE = [
  ["0-1", 1],
  ["2-7", 7],
  ["8-30", 30],
  ["31+", Number.POSITIVE_INFINITY],
] as const;

/** Counts of a set of facts; `openDays` are the ages (in days) of the cases open now, by status. */
export function countFacts(
  facts: readonly Fact[],
  open: ReadonlyArray<{ status: string; ageDays: number }>,
): Counts {
  const counts: Counts = { weeks: {}, open: {}, openAge: {} };
  for (const f of facts) {
    const w = counts.weeks[f.week] ?? emptyWeek();
    counts.weeks[f.week] = w;
    w.total++;
    for (const d of DIMENSIONS) {
      const value = f[d];
      if (value !== undefined) w.by[d][value] = (w.by[d][value] ?? 0) + 1;
    }
    if (f.responseDays !== undefined) bump(w.responseDays, bucketOf(f.responseDays));
    if (f.resolveDays !== undefined) bump(w.resolveDays, bucketOf(f.resolveDays));
  }
  for (const o of open) {
    counts.open[o.status] = (counts.open[o.status] ?? 0) + 1;
    const age = OPEN_AGE.find(([, max]) => o.ageDays <= max)?.[0] ?? "31+";
    counts.openAge[age] = (counts.openAge[age] ?? 0) + 1;
  }
  return counts;
}

/** The sum of several scopes' counts (schools into a municipality, and so on). */
export function addCounts(parts: readonly Counts[]): Counts {
  const sum: Counts = { weeks: {}, open: {}, openAge: {} };
  for (const p of parts) {
    for (const [week, w] of Object.entries(p.weeks)) {
      const s = sum.weeks[week] ?? emptyWeek();
      sum.weeks[week] = s;
      s.total += w.total;
      for (const d of DIMENSIONS)
        for (const [v, n] of Object.entries(w.by[d])) s.by[d][v] = (s.by[d][v] ?? 0) + n;
      w.responseDays.forEach((n, i) => {
        s.responseDays[i] = (s.responseDays[i] ?? 0) + n;
      });
      w.resolveDays.forEach((n, i) => {
        s.resolveDays[i] = (s.resolveDays[i] ?? 0) + n;
      });
    }
    for (const [k, n] of Object.entries(p.open)) sum.open[k] = (sum.open[k] ?? 0) + n;
    for (const [k, n] of Object.entries(p.openAge)) sum.openAge[k] = (sum.openAge[k] ?? 0) + n;
  }
  return sum;
}
