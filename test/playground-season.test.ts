/**
 * The playground's season (src/playground/season.ts): deterministic, a few hundred reports in three
 * demo schools of two municipalities, every one routed and closed as the product would — nothing
 * protected ever in mediation. Seeded through the playground's own /api/seed (PLAYGROUND=1, as
 * `npm start` runs it), it reaches the dashboard at once: the principal signed in through
 * /dashboard/dev/principal sees the school's figures with a few hidden, the partner persona only
 * its two Prizren schools, the admin persona every school, municipality and country.
 */
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { buildApp } from "../src/app.ts";
import { playgroundApp } from "../src/playground/worker.ts";
import { runQueue, runScheduled } from "../src/scheduled.ts";
import { isCode } from "../src/crypto/encoding.ts";
import { MAX_OPEN_DAYS } from "../src/domain/due.ts";
import { lookupIn, matches, ROUTES, URGENCIES } from "../src/domain/routing.ts";
import { NEVER_MEDIATION } from "../src/domain/safeguarding.ts";
import { daysBetween, monthOfWeek, weekOfDay } from "../src/domain/trends/periods.ts";
import { DIMENSIONS, type Fact } from "../src/domain/trends/types.ts";
import { breakdownValues } from "../src/flow/breakdowns.ts";
import { translate } from "../src/i18n/translate.ts";
import { mondayOf, wordsFor } from "../src/web/dashboard/labels.ts";
import { DEMO_SCHOOL, PARTNER_ORG } from "../src/playground/personas.ts";
import {
  SEASON_SCHOOLS,
  type SeasonSchool,
  season,
  seasonDays,
  seasonSchool,
} from "../src/playground/season.ts";
import { deskOf } from "../src/storage/desk/client.ts";
import { listSchools } from "../src/storage/schools.ts";
import { cookieOf, rowsOf, textOf } from "./dashboard/helpers.ts";

/** The Worker as `npm start` runs it: PLAYGROUND=1 and none of the production secrets. */
const PLAY = {
  ...env,
  PLAYGROUND: "1",
  BOT_TOKEN: "",
  WEBHOOK_SECRET: "",
  PSEUDONYM_KEY: "",
  SEAL_KEY: "",
  ADMIN_IDS: "",
  PUBLIC_URL: "",
} as typeof env;
/** The app as the entry builds it under `npm start`. */
const app = playgroundApp({ buildApp, runScheduled, runQueue });
const play = (path: string, init: RequestInit = {}) =>
  app.fetch(new Request(`http://localhost:8787${path}`, { redirect: "manual", ...init }), PLAY);
const t = (id: string, args?: Record<string, string>) => translate("en", id, args);

const NOW = Date.UTC(2026, 11, 2, 9);
const FACT_KEYS = new Set(["week", "category", "place", "route", "urgency", "status", "outcome"]);
const OPTIONAL = new Set(["responseDays", "resolveDays", "checkIn"]);

describe("the season", () => {
  it("is the same every time for the same day, and a few hundred reports whatever the day", () => {
    expect(JSON.stringify(season(NOW))).toBe(JSON.stringify(season(NOW)));
    for (const now of [NOW, Date.UTC(2026, 8, 3), Date.UTC(2027, 2, 15), Date.UTC(2027, 6, 20)]) {
      const total = season(now).reduce((n, s) => n + s.cases.length, 0);
      expect(total, new Date(now).toISOString()).toBeGreaterThanOrEqual(200);
      expect(total, new Date(now).toISOString()).toBeLessThanOrEqual(900);
    }
    // Early September still has a season: the year before's.
    expect(seasonDays(Date.UTC(2026, 8, 3))).toEqual({ from: "2025-09-01", to: "2026-09-03" });
    expect(seasonDays(NOW)).toEqual({ from: "2026-09-01", to: "2026-12-02" });
  });

  it("has three schools with valid codes in two municipalities, the demo school first", () => {
    expect(SEASON_SCHOOLS).toHaveLength(3);
    expect(SEASON_SCHOOLS[0]?.code).toBe(DEMO_SCHOOL.code);
    expect(new Set(SEASON_SCHOOLS.map((s) => s.code)).size).toBe(3);
    for (const s of SEASON_SCHOOLS) expect(isCode(s.code, 6), s.code).toBe(true);
    const munis = new Set(SEASON_SCHOOLS.map((s) => `${s.country}/${s.municipality}`));
    expect([...munis].sort()).toEqual(["XK/Gjakova", "XK/Prizren"]);
  });

  it("keeps anonymized facts only: no words, a week at most, values the dashboard lists", () => {
    const values = breakdownValues();
    const { from, to } = seasonDays(NOW);
    for (const { cases } of season(NOW)) {
      for (const { fact } of cases) {
        for (const key of Object.keys(fact)) expect(FACT_KEYS.has(key) || OPTIONAL.has(key), key).toBe(true);
        expect(fact.week >= weekOfDay(from) && fact.week <= weekOfDay(to), fact.week).toBe(true);
        for (const d of DIMENSIONS) {
          const v = fact[d];
          if (v !== undefined) expect(values[d], `${d}=${v}`).toContain(v);
        }
        expect(ROUTES).toContain(fact.route);
        expect(URGENCIES).toContain(fact.urgency);
      }
    }
  });

  it("never has a protected report in mediation (sexual, self-harm, an adult, home, danger …)", () => {
    let protectedCases = 0;
    for (const { cases } of season(NOW)) {
      for (const { answers, fact } of cases) {
        const why = NEVER_MEDIATION.filter((p) => matches(p.answers, lookupIn(answers))).map((p) => p.why);
        if (why.length === 0) continue;
        protectedCases++;
        expect(fact.route, `${why.join(", ")}: ${JSON.stringify(answers)}`).not.toBe("mediation");
      }
      const mediation = cases.filter((c) => c.fact.route === "mediation");
      for (const { fact } of mediation) expect(["sexual", "selfharm"]).not.toContain(fact.category);
      for (const { fact } of mediation) expect(fact.place).not.toBe("home");
      for (const { fact } of mediation) expect(fact.urgency).toBe("normal");
    }
    // The season has such reports, and they went where the routing sends them.
    expect(protectedCases).toBeGreaterThan(30);
  });

  it("walks every case through a lifecycle the desk allows — in December and in March", () => {
    const LATER = Date.UTC(2027, 2, 15, 9);
    const outcomes = new Map<number, Set<string>>();
    for (const now of [NOW, LATER]) {
      const seen = new Set<string>();
      outcomes.set(now, seen);
      const { to } = seasonDays(now);
      for (const { cases } of season(now)) {
        for (const { fact: f } of cases) {
          const why = JSON.stringify(f);
          if (f.outcome) seen.add(f.outcome);
          if (["agreement", "no-agreement", "not-suitable"].includes(f.outcome ?? ""))
            expect(f.route, why).toBe("mediation");
          if (f.checkIn) expect(f.route, why).toBe("mediation");
          if (f.checkIn === "better") expect(f.outcome, why).toBe("agreement");
          // "Not better" reopens the case for its adviser (until the cron expires it).
          if (f.checkIn === "not-better")
            expect(f.status === "taken" || f.outcome === "expired", why).toBe(true);
          if (f.status === "withdrawn") expect(f.outcome, why).toBe("withdrawn");
          if (f.status === "referred") expect(f.outcome, why).toBe("referred-external");
          if (f.status === "mediation") expect(f.route, why).toBe("mediation");
          if (["new", "taken", "mediation"].includes(f.status)) {
            expect(f.outcome, why).toBeUndefined();
            expect(f.resolveDays, why).toBeUndefined();
            // The cron closes what is open MAX_OPEN_DAYS: nothing older stays open.
            const monday = new Date(mondayOf(f.week)).toISOString().slice(0, 10);
            expect(daysBetween(monday, to), why).toBeLessThan(MAX_OPEN_DAYS + 7);
          } else expect(f.resolveDays, why).toBeGreaterThanOrEqual(f.responseDays ?? 0);
          // Only a case referred from the club to school staff waits as new after someone took it.
          if (f.status === "new" && f.route !== "staff") expect(f.responseDays, why).toBeUndefined();
          if (f.outcome === "expired") expect(f.resolveDays, why).toBeGreaterThanOrEqual(MAX_OPEN_DAYS);
        }
      }
    }
    const every = ["agreement", "no-agreement", "not-suitable", "referred-external", "withdrawn"];
    // Nothing can have been open 120 days by December 2: no case expired yet. By March some did.
    expect([...(outcomes.get(NOW) ?? [])].sort()).toEqual(every.sort());
    expect([...(outcomes.get(LATER) ?? [])].sort()).toEqual([...every, "expired"].sort());
  });
});

/** Signs in as the persona through the playground's Mini App launch, as the page's panel does. */
async function devSignIn(role: string): Promise<string> {
  const launch = await play(`/dashboard/dev/${role}`);
  expect(launch.status).toBe(302);
  const location = launch.headers.get("Location") ?? "";
  expect(location.startsWith("/dashboard#")).toBe(true);
  const fragment = new URLSearchParams(location.slice(location.indexOf("#") + 1));
  const auth = await play("/dashboard/auth", {
    method: "POST",
    body: new URLSearchParams({
      initData: fragment.get("tgWebAppData") ?? "",
      theme: fragment.get("tgWebAppThemeParams") ?? "",
      next: "",
    }),
  });
  expect(auth.status, `${role} signs in`).toBe(303);
  return cookieOf(auth);
}

const page = (path: string, cookie: string) => play(path, { headers: { Cookie: cookie } });

/** The count of the month in a dashboard CSV's totals ("2026-11,63"); null when hidden. */
async function csvTotal(path: string, cookie: string, month: string): Promise<number | null> {
  const res = await page(path, cookie);
  expect(res.status, path).toBe(200);
  const line = (await res.text()).split("\r\n").find((l) => l.startsWith(`${month},`)) ?? "";
  const n = Number(line.slice(month.length + 1));
  return Number.isInteger(n) && line.length > month.length + 1 ? n : null;
}

describe("seeded by the playground", () => {
  const now = Date.now();
  const seasonNow = season(now);
  const inMonth = (code: string, month: string) =>
    seasonNow.find((s) => s.school.code === code)?.cases.filter((c) => monthOfWeek(c.fact.week) === month)
      .length ?? 0;
  // The demo school's busiest month: a whole month of figures, whatever day the test runs.
  const byMonth = new Map<string, number>();
  for (const c of seasonNow[0]?.cases ?? []) {
    const m = monthOfWeek(c.fact.week);
    byMonth.set(m, (byMonth.get(m) ?? 0) + 1);
  }
  const month = [...byMonth].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "";
  const cookies: Record<string, string> = {};

  beforeAll(async () => {
    // The seeding's gathering may queue the principal's weekly digest (Mon–Fri, 08–18): the test
    // Worker's queue delivers it to its own Telegram root, answered here instead of the network.
    const network = globalThis.fetch;
    vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) =>
      new URL(input instanceof Request ? input.url : String(input)).host === "telegram.test"
        ? Response.json({ ok: true, result: { message_id: 1, date: 0, chat: { id: 1, type: "private" } } })
        : network(input, init),
    );
    const res = await play("/playground/api/seed", { method: "POST" });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { seeded: boolean }).seeded).toBe(true);
    for (const role of ["principal", "partner", "admin"]) cookies[role] = await devSignIn(role);
  });

  it("lists the three schools as any school is listed, and seeds the season once", async () => {
    const listed = await listSchools(env.KV as never);
    expect(listed.map((s) => s.code).sort()).toEqual(SEASON_SCHOOLS.map((s) => s.code).sort());
    const again = await play("/playground/api/seed", { method: "POST" });
    expect(((await again.json()) as { seeded: boolean }).seeded).toBe(false);
    for (const { school, cases } of seasonNow) {
      const counts = await deskOf(env, school.code).stats(now);
      const total = Object.values(counts.weeks).reduce((n, w) => n + w.total, 0);
      expect(total, school.code).toBe(cases.length);
    }
  });

  it("shows the principal their school's figures, a few of them hidden", async () => {
    const res = await page(`/dashboard?month=${month}&lang=en`, cookies.principal as string);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(textOf(html)).toContain(DEMO_SCHOOL.name);
    const all = rowsOf(html).map(([, v]) => v);
    const shown = all.filter((v) => /^\d+$/.test(v) && Number(v) >= 5);
    const hidden = all.filter((v) => v === t("dash-hidden"));
    expect(shown.length, all.join(" ")).toBeGreaterThanOrEqual(12);
    expect(hidden.length, all.join(" ")).toBeGreaterThan(0);
    // What was reported, and where: most of it shown; the rare (and sensitive) few hidden.
    const words = wordsFor("en", 5);
    const values = breakdownValues();
    for (const d of ["category", "place"] as const) {
      const labels = new Set((values[d] ?? []).map((v) => words.value(d, v)));
      const cells = rowsOf(html).filter(([label]) => labels.has(label));
      const hiddenHere = cells.filter(([, v]) => v === t("dash-hidden")).length;
      expect(cells.length, d).toBe(labels.size);
      expect(cells.length - hiddenHere, `${d}: ${JSON.stringify(cells)}`).toBeGreaterThan(hiddenHere * 2);
    }
    expect(html).toMatch(/<svg[^>]*class="chart"/);
    const csv = `/dashboard/school/${DEMO_SCHOOL.code}.csv?month=${month}`;
    expect(await csvTotal(csv, cookies.principal as string, month)).toBe(inMonth(DEMO_SCHOOL.code, month));
  });

  it("shows the partner only its two Prizren schools, each and together", async () => {
    const cookie = cookies.partner as string;
    const home = await page(`/dashboard?month=${month}&lang=en`, cookie);
    expect(home.status).toBe(200);
    const text = textOf(await home.text());
    expect(text).toContain(t("dash-scope-partner", { name: PARTNER_ORG }));
    const [prizren, gjakova] = [
      SEASON_SCHOOLS.filter((s) => s.municipality === "Prizren"),
      SEASON_SCHOOLS.filter((s) => s.municipality !== "Prizren"),
    ];
    for (const s of prizren) {
      expect(text).toContain(s.name);
      expect((await page(`/dashboard/school/${s.code}`, cookie)).status).toBe(200);
    }
    for (const s of gjakova) {
      expect(text).not.toContain(s.name);
      expect((await page(`/dashboard/school/${s.code}`, cookie)).status).toBe(403);
    }
    for (const path of [
      "/dashboard/municipality/XK/Prizren",
      "/dashboard/country/XK",
      "/dashboard/programme",
    ])
      expect((await page(path, cookie)).status, path).toBe(403);
    const together = await csvTotal(`/dashboard/partner.csv?month=${month}`, cookie, month);
    expect(together).toBe(prizren.reduce((n, s) => n + inMonth(s.code, month), 0));
  });

  it("shows the admin every school, municipality and country, gathered at seeding", async () => {
    const cookie = cookies.admin as string;
    const home = await page(`/dashboard?month=${month}&lang=en`, cookie);
    expect(home.status).toBe(200);
    const text = textOf(await home.text());
    for (const s of SEASON_SCHOOLS) expect(text).toContain(s.name);
    for (const name of ["Prizren", "Gjakova", t("country-XK")]) expect(text).toContain(name);
    const paths = [
      "/dashboard/country/XK",
      "/dashboard/municipality/XK/Prizren",
      "/dashboard/municipality/XK/Gjakova",
      ...SEASON_SCHOOLS.map((s) => `/dashboard/school/${s.code}`),
    ];
    for (const path of paths) expect((await page(`${path}?month=${month}`, cookie)).status, path).toBe(200);
    const all = await csvTotal(`/dashboard/programme.csv?month=${month}`, cookie, month);
    expect(all).toBe(SEASON_SCHOOLS.reduce((n, s) => n + inMonth(s.code, month), 0));
  });
  // Last: the schools it makes are listed too (never gathered, so no view above changes).
  it("a desk takes a season only as a demo school, and only once", async () => {
    const fact = seasonNow[0]?.cases[0]?.fact as Fact;
    const [demo, other] = SEASON_SCHOOLS as [SeasonSchool, SeasonSchool];
    const real = deskOf(env, "TST2XK");
    await real.init(now, { ...seasonSchool(other, now), code: "TST2XK" });
    expect(await real.seedFacts(now, [fact])).toEqual({ refused: "not a demo school" });
    // A demo code under another name is not the demo school either.
    const renamed = deskOf(env, "DEM5XK");
    await renamed.init(now, { ...seasonSchool(demo, now), code: "DEM5XK" });
    expect(await renamed.seedFacts(now, [fact])).toEqual({ refused: "not a demo school" });
    expect(await deskOf(env, DEMO_SCHOOL.code).seedFacts(now, [fact])).toEqual({ refused: "already seeded" });
  });
});
