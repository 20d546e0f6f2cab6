/**
 * What the dashboard never shows (DESIGN, anonymity 5): students write their words, with times and
 * names in them, through the real report flow; the principal's page and CSV, and the admin's after
 * the cron gathered the school, hold none of it — no words, no student, no time finer than a week.
 * And a count below the threshold is never written as its number, in a table, a chart or its text.
 */
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { viewsFor } from "../src/domain/trends/view.ts";
import { translate } from "../src/i18n/translate.ts";
import { deskOf, programmeOf } from "../src/storage/desk/client.ts";
import { reachOf } from "../src/domain/trends/reach.ts";
import { wordsFor } from "../src/web/dashboard/labels.ts";
import { currentMonth } from "../src/web/dashboard/model.ts";
import { breakdownValues } from "../src/flow/breakdowns.ts";
import { countsOf, facts, gather, lastMonth } from "./dashboard/counts.ts";
import { ADMIN, get, putMember, rowsOf, signIn, textOf } from "./dashboard/helpers.ts";
import { answerFlow, PEER_CONFLICT } from "./support/report.ts";
import { SCHOOLS } from "./support/schools.ts";
import { type FakeTelegram, Person } from "./support/telegram.ts";
import { useWorld } from "./support/world.ts";

let tg: FakeTelegram;
useWorld((fresh) => {
  tg = fresh;
});

const XK = SCHOOLS.XK;
const PRINCIPAL = 820001;
const t = (id: string, args?: Record<string, string | number>) => translate("en", id, args);

/** The CSV's sections: title → the counts of its rows, in order (RFC 4180 quoting undone). */
function csvSections(text: string): Map<string, string[]> {
  const rows = text
    .split("\r\n")
    .map((line) =>
      [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)]
        .map((m) => (m[1] ?? "").replace(/^"|"$/g, "").replaceAll('""', '"'))
        .slice(0, -1),
    );
  const out = new Map<string, string[]>();
  for (let i = 0; i < rows.length; i++) {
    // A section: an empty line, its title, its column heads, then its rows up to the next empty line.
    if (rows[i]?.join("") !== "" || !rows[i + 1]?.[0]) continue;
    const values: string[] = [];
    for (let j = i + 3; j < rows.length && rows[j]?.join("") !== ""; j++) values.push(rows[j]?.[1] ?? "");
    out.set(rows[i + 1]?.[0] ?? "", values);
  }
  return out;
}

/** What no page may hold: a report's words, a clock time, a date finer than a week's label. */
function expectNothingPrivate(body: string, needles: string[]) {
  for (const needle of needles) expect(body, needle).not.toContain(needle);
  expect(body).not.toMatch(/\b\d{1,2}:\d{2}\b/);
  // The case register's form offers a period (this school year until today), not a case's day.
  const figures = body.replace(/<section class="card register"[\s\S]*?<\/section>/, "");
  expect(figures).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
}

describe("nothing private reaches the dashboard", () => {
  it("the principal's page and CSV and the admin's hold no words, student or time", async () => {
    const words = [
      "Zeqir took my phone at 10:45 behind the gym",
      "Blerta and Ardit laughed at me",
      "rruga e Dardanëve",
    ];
    const students: Person[] = [];
    for (let i = 0; i < 8; i++) {
      const s = new Person(tg, 7_301_000 + i, {
        first_name: `Vesa${i}`,
        username: `vesa_${i}_secret`,
        language_code: "en",
      });
      await s.send(`/start s-${XK.code}`);
      const answers = {
        ...PEER_CONFLICT,
        what: i % 2 ? "insults" : "conflict",
        where: i % 3 ? "class" : "yard",
      };
      await answerFlow(s, answers, `${words[i % words.length]} (${i})`);
      students.push(s);
    }
    await tg.settle();
    const needles = [
      ...words,
      ...students.flatMap((s) => [String(s.user.id), s.user.first_name, s.user.username ?? ""]),
    ];

    await putMember(PRINCIPAL, "principal", XK.code);
    const principal = await signIn(PRINCIPAL);
    // The month the reports were just sent in (a page opens on the last whole month in a month's first week).
    const sent = `?month=${currentMonth(Date.now())}`;
    const page = await get(`/dashboard${sent}`, principal);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(textOf(html)).toContain(t("dash-by-category"));
    expectNothingPrivate(html, needles);
    const csv = await get(`/dashboard/school/${XK.code}.csv${sent}`, principal);
    expect(csv.status).toBe(200);
    expectNothingPrivate(await csv.text(), needles);

    // The cron's gathering, as it does it: the school's desk counts, the programme's desk keeps them.
    const now = Date.now();
    await programmeOf(env).gather(
      now,
      { code: XK.code, name: XK.name, municipality: XK.municipality, country: XK.country },
      JSON.stringify(await deskOf(env, XK.code).stats(now)),
    );
    const admin = await signIn(ADMIN);
    for (const path of [
      "/dashboard/programme",
      `/dashboard/school/${XK.code}`,
      "/dashboard/country/XK.csv",
    ]) {
      const res = await get(`${path}${sent}`, admin);
      expect(res.status, path).toBe(200);
      const body = await res.text();
      // (The admin's page says when the counts were gathered: a day, never a time.)
      expectNothingPrivate(body, needles);
    }
  });
});

describe("hidden counts", () => {
  it("are never written as their number: tables and text alternatives say 'not shown', charts '—'", async () => {
    const m = lastMonth();
    // XK: 3 sexual-harassment reports in a month of 40 (hidden); AL: 2 reports in the yard (hidden).
    const xk = countsOf([
      ...facts(m, 37),
      ...facts(m, 3, { category: "sexual", route: "protection", urgency: "high", place: "way" }),
    ]);
    const al = countsOf([
      ...facts(m, 20, { category: "insults" }),
      ...facts(m, 2, { category: "insults", place: "yard" }),
    ]);
    await gather(XK, xk);
    await gather(SCHOOLS.AL, al);
    const admin = await signIn(ADMIN);
    const words = wordsFor("en", 5);
    const rows = await programmeOf(env).reach({ kind: "admin" });
    const reach = reachOf(
      { kind: "admin" },
      rows.map((r) => r.meta),
    );
    const views = viewsFor(reach, Object.fromEntries(rows.map((r) => [r.meta.code, r.counts])), m, 5, {
      values: breakdownValues(),
    });
    let hiddenSeen = 0;
    for (const view of views) {
      const path =
        view.scope.kind === "programme"
          ? "/dashboard/programme"
          : view.scope.kind === "school"
            ? `/dashboard/school/${view.scope.id}`
            : null;
      if (!path) continue;
      const html = await (await get(`${path}?month=${m}`, admin)).text();
      const table = new Map(rowsOf(html));
      for (const b of view.breakdowns) {
        for (const cell of b.cells) {
          const shown = table.get(words.value(b.dimension, cell.value));
          if ("n" in cell.count) expect(shown).toBe(String(cell.count.n));
          else {
            hiddenSeen++;
            expect(shown, `${view.scope.id} ${b.dimension} ${cell.value}`).toBe(t("dash-hidden"));
          }
        }
      }
      // Each hidden bar is the same small stub whatever its count, labelled "—"; its text alternative says "not shown".
      const stubs = [...html.matchAll(/<rect class="hidden"[^>]*>/g)].map((r) => r[0]);
      for (const stub of stubs) expect(stub).toMatch(/ height="6"|width="10" height="14"/);
      expect(stubs.length).toBe((html.match(/<text class="val"[^>]*>—</g) ?? []).length);
      if (stubs.length > 0) expect(html).toMatch(/<desc[^>]*>[^<]*not shown/);
    }
    expect(hiddenSeen).toBeGreaterThan(2);
    // The school with 3 sexual-harassment reports: its row says "not shown", not 3.
    const xkHtml = await (await get(`/dashboard/school/${XK.code}?month=${m}`, admin)).text();
    expect(new Map(rowsOf(xkHtml)).get(t("q-what-sexual"))).toBe(t("dash-hidden"));
  });

  it("the CSV holds exactly the page's figures, hidden ones as hidden", async () => {
    const m = lastMonth();
    await gather(
      XK,
      countsOf([...facts(m, 30), ...facts(m, 3, { category: "sexual", route: "protection" })]),
    );
    const admin = await signIn(ADMIN);
    for (const path of ["/dashboard/programme", `/dashboard/school/${XK.code}`]) {
      const html = await (await get(`${path}?month=${m}`, admin)).text();
      const csv = csvSections(await (await get(`${path}.csv?month=${m}`, admin)).text());
      const hidden = translate("en", "trends-csv-hidden", { threshold: 5 });
      const pairs: Array<[string, string]> = [
        ["weeks", "trends-csv-weeks"],
        ["months", "trends-csv-months"],
        ["category", "trends-csv-by-category"],
        ["place", "trends-csv-by-place"],
        ["route", "trends-csv-by-route"],
        ["urgency", "trends-csv-by-urgency"],
        ["outcome", "trends-csv-by-outcome"],
        ["checkIn", "trends-csv-by-checkIn"],
        ["open", "trends-csv-open"],
        ["age", "trends-csv-open-age"],
      ];
      let compared = 0;
      for (const [panel, section] of pairs) {
        const body = new RegExp(`aria-labelledby="${panel}-h">([\\s\\S]*?)</section>`).exec(html)?.[1] ?? "";
        const page = rowsOf(body).map(([, v]) => (v === t("dash-hidden") ? hidden : v));
        expect(page, `${path} ${panel}`).toEqual(csv.get(translate("en", section)) ?? []);
        compared += page.length;
      }
      expect(compared).toBeGreaterThan(30);
    }
  });

  it("a scope with fewer cases than the threshold shows only that fact", async () => {
    const m = lastMonth();
    await gather(SCHOOLS.MK, countsOf(facts(m, 4)));
    const html = await (
      await get(`/dashboard/school/${SCHOOLS.MK.code}?month=${m}`, await signIn(ADMIN))
    ).text();
    expect(textOf(html)).toContain(t("dash-too-few", { limit: 5, when: wordsFor("en", 5).month(m) }));
    expect(html).not.toMatch(/<svg|<table|<dl/);
  });
});
