/**
 * The playground's season: three demo schools and what their students reported since the school
 * year began — as the anonymized trends facts their desks keep (domain/trends), never as cases.
 * Pure and deterministic: a seeded PRNG (no Math.random), the same season for the same `now`.
 *
 * Every report is a full set of answers to the report flow (flows/report.json), triaged by the very
 * routing rules a real report meets (flows/routing.json), then walked through a lifecycle the
 * desk allows (domain/lifecycle.ts): agreements, check-ins and "not suitable" only in mediation; a
 * staff, protection or wellbeing case is referred out, withdrawn, or stays open until the cron
 * closes it as expired after MAX_OPEN_DAYS (as any case still open then); check-ins
 * CHECK_IN_AFTER_DAYS after an agreement, "not better" reopening the case.
 *
 * All three schools are in Kosovo, two in Prizren and one in Gjakova: the municipality roll-up then
 * adds two schools (Prizren) and the country differs from each municipality. A lone school in
 * Albania would make its country, municipality and school three names for the same figures.
 */
import { MAX_OPEN_DAYS } from "../domain/due.ts";
import { CHECK_IN_AFTER_DAYS } from "../domain/mediation.ts";
import { type Answers, triage } from "../domain/routing.ts";
import type { School } from "../domain/school.ts";
import { localIsoDay } from "../domain/time.ts";
import { daysBetween, weekOfDay } from "../domain/trends/periods.ts";
import type { Fact } from "../domain/trends/types.ts";
import { ROUTING, timeZoneOf } from "../flow/registry.ts";
import { DEMO_SCHOOLS } from "../domain/demo.ts";

type Mix = Record<string, number>;

export interface SeasonSchool extends Omit<School, "timeZone" | "createdAt"> {
  /** Reports a school week, on average: a large, a middling and a small school. */
  perWeek: number;
  /** What its students report, relative weights (the flow's `what` options). */
  what: Mix;
  seed: number;
}

const BASE_WHAT: Mix = {
  conflict: 30,
  insults: 20,
  physical: 13,
  exclusion: 10,
  online: 13,
  sexual: 3,
  selfharm: 3,
  other: 12,
};

export const SEASON_SCHOOLS: readonly SeasonSchool[] = [
  { ...DEMO_SCHOOLS[0], perWeek: 16, what: BASE_WHAT, seed: 0x5eed01 },
  {
    ...DEMO_SCHOOLS[1],
    perWeek: 7,
    // A big yard and a crowded way home: more fights.
    what: { ...BASE_WHAT, physical: 19, conflict: 24, online: 10 },
    seed: 0x5eed02,
  },
  {
    ...DEMO_SCHOOLS[2],
    perWeek: 3.5,
    // Older students, phones everywhere: more online harm.
    what: { ...BASE_WHAT, online: 22, physical: 8, exclusion: 12 },
    seed: 0x5eed03,
  },
];

export const seasonSchool = (s: SeasonSchool, now: number): School => ({
  code: s.code,
  name: s.name,
  municipality: s.municipality,
  country: s.country,
  lang: s.lang,
  timeZone: timeZoneOf(s.country),
  createdAt: now,
});

export interface SeasonCase {
  answers: Answers;
  fact: Fact;
}

/** mulberry32: small, fast, and the same numbers everywhere for the same seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;

function pick(rand: Rand, mix: Mix): string {
  const entries = Object.entries(mix);
  let r = rand() * entries.reduce((sum, [, w]) => sum + w, 0);
  for (const [value, w] of entries) {
    r -= w;
    if (r < 0) return value;
  }
  return entries[entries.length - 1]?.[0] ?? "";
}

const between = (rand: Rand, lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

/** Knuth's Poisson sampler: fine for the few reports a day a school gets. */
function poisson(rand: Rand, mean: number): number {
  const limit = Math.exp(-mean);
  let [k, p] = [0, rand()];
  while (p > limit) {
    k++;
    p *= rand();
  }
  return k;
}

const DAY = 86_400_000;
const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);

/** How busy a day is: school days more than weekends, none in the summer or winter holidays. */
function dayWeight(day: string): number {
  const md = day.slice(5);
  if (md >= "06-21" && md <= "08-31") return 0;
  if (md >= "12-24" || md <= "01-06") return 0.05;
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  const weekend = weekday === 0 || weekday === 6 ? 0.25 : 1;
  // The posters went up on the first day: reports pick up over the first weeks.
  const ramp = md < "09-15" ? 0.55 : md >= "10-01" && md <= "11-30" ? 1.15 : 1;
  return weekend * ramp;
}

/**
 * The school-local days the season covers: from September 1 of the school year to today. When the
 * year began less than four weeks ago, the one before is taken too, so there is always a season.
 */
export function seasonDays(now: number): { from: string; to: string } {
  const to = localIsoDay(now, timeZoneOf("XK"));
  const year = Number(to.slice(0, 4));
  let from = to.slice(5) >= "09-01" ? `${year}-09-01` : `${year - 1}-09-01`;
  if (daysBetween(from, to) < 28) from = `${Number(from.slice(0, 4)) - 1}-09-01`;
  return { from, to };
}

/** One report's answers, as the flow asks them (harm, online, where only when the flow asks). */
function answersOf(rand: Rand, what: string): Answers {
  const a: Record<string, string> = {
    danger: pick(rand, { no: 90, unsure: 6, yes: 4 }),
    who: pick(rand, { me: 75, other: 25 }),
    what,
  };
  if (what === "insults" || what === "physical")
    a.harm = pick(
      rand,
      what === "physical" ? { no: 80, injury: 16, weapon: 4 } : { no: 97, injury: 2, weapon: 1 },
    );
  if (what === "online") a.online = pick(rand, { mean: 74, stranger: 15, sexual: 11 });
  // Self-harm goes straight to the summary: no one to blame, no place, no time asked.
  if (what === "selfharm") return a;
  a.by = pick(
    rand,
    what === "sexual"
      ? { student: 50, partner: 20, adult: 20, unknown: 10 }
      : { student: 82, partner: 3, adult: 7, unknown: 8 },
  );
  a.where = pick(
    rand,
    what === "online"
      ? { online: 85, class: 5, elsewhere: 10 }
      : { class: 28, yard: 25, toilets: 8, way: 14, online: 4, home: 5, elsewhere: 10 },
  );
  a.when = pick(rand, { today: 35, week: 45, earlier: 20 });
  a.often = pick(rand, { once: 55, few: 30, repeated: 15 });
  return a;
}

/** Days to the first response: urgent cases the same day as a rule, ordinary ones within days. */
const responseDaysOf = (rand: Rand, urgency: string) =>
  urgency === "urgent"
    ? pick(rand, { 0: 80, 1: 20 })
    : urgency === "high"
      ? pick(rand, { 0: 45, 1: 35, 2: 20 })
      : pick(rand, { 0: 25, 1: 30, 2: 20, 3: 12, 4: 6, 6: 4, 9: 3 });

/** Where a report is now, `age` days after it was sent: only what the lifecycle allows. */
function lifecycle(
  rand: Rand,
  route: string,
  urgency: string,
  age: number,
): Omit<Fact, "week" | "category" | "place" | "urgency"> {
  const open = (status: string, responseDays?: number) => ({
    route,
    status,
    ...(responseDays !== undefined ? { responseDays } : {}),
  });
  if (rand() < 0.035) {
    const resolveDays = Math.min(age, between(rand, 0, 4));
    return { route, status: "withdrawn", outcome: "withdrawn", resolveDays };
  }
  const responseDays = Number(responseDaysOf(rand, urgency));
  if (responseDays > age) return open("new");
  if (route === "mediation") {
    // Some peer conflicts turn out to be more: referred to school staff, they wait in their queue.
    if (rand() < 0.08) return { route: "staff", status: rand() < 0.7 ? "taken" : "new", responseDays };
    const resolveDays = responseDays + between(rand, 3, 24);
    if (resolveDays > age) return open(age - responseDays > 2 ? "mediation" : "taken", responseDays);
    const outcome = pick(rand, {
      agreement: 64,
      "no-agreement": 13,
      "not-suitable": 15,
      "referred-external": 4,
    });
    const closed = {
      route,
      status: outcome === "referred-external" ? "referred" : "resolved",
      outcome,
      responseDays,
      resolveDays,
    };
    if (outcome !== "agreement" || resolveDays + CHECK_IN_AFTER_DAYS > age || rand() < 0.25) return closed;
    // The check-in: "not better" reopens the case for the adviser.
    if (rand() < 0.85) return { ...closed, checkIn: "better" };
    return { route, status: "taken", responseDays, checkIn: "not-better" };
  }
  const referOut = route === "protection" ? 0.45 : route === "wellbeing" ? 0.35 : 0.12;
  if (rand() < referOut) {
    const resolveDays = responseDays + between(rand, 1, 14);
    if (resolveDays <= age)
      return { route, status: "referred", outcome: "referred-external", responseDays, resolveDays };
  }
  return open("taken", responseDays);
}

const OPEN = new Set(["new", "taken", "mediation"]);

/** Nobody closed it: the cron did, MAX_OPEN_DAYS after it was sent (domain/due.ts). */
function expiredIfOld(life: ReturnType<typeof lifecycle>, age: number): ReturnType<typeof lifecycle> {
  if (!OPEN.has(life.status) || age < MAX_OPEN_DAYS) return life;
  return { ...life, status: "resolved", outcome: "expired", resolveDays: MAX_OPEN_DAYS };
}

/** One school's reports, oldest first. */
export function schoolSeason(s: SeasonSchool, now: number): SeasonCase[] {
  const rand = prng(s.seed);
  const { from, to } = seasonDays(now);
  const out: SeasonCase[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    const n = poisson(rand, (s.perWeek / 5.5) * dayWeight(day));
    for (let i = 0; i < n; i++) {
      const answers = answersOf(rand, pick(rand, s.what));
      const { route, urgency } = triage(ROUTING, answers);
      const age = daysBetween(day, to);
      const { route: routeNow, ...life } = expiredIfOld(lifecycle(rand, route, urgency, age), age);
      const fact: Fact = {
        week: weekOfDay(day),
        category: answers.what ?? "other",
        place: answers.where ?? "none",
        route: routeNow,
        urgency,
        ...life,
      };
      out.push({ answers, fact });
    }
  }
  return out;
}

/** The whole season: each demo school with its reports. */
export function season(now: number): Array<{ school: SeasonSchool; cases: SeasonCase[] }> {
  return SEASON_SCHOOLS.map((school) => ({ school, cases: schoolSeason(school, now) }));
}
