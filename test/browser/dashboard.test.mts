/**
 * The dashboard in a real browser, signed in the way Telegram signs a Mini App: the playground's
 * /dashboard/dev/<persona> puts initData signed with the playground's bot token in the URL fragment,
 * and the page's own inline script posts it to the same validator as in production. A student
 * files a dozen reports first; the principal's page and, after the cron gathered the school, the
 * admin's render their charts, load nothing from elsewhere, and pass axe-core without a serious or
 * critical violation. Screenshots at 390 and 1280 px (and Telegram's dark theme) go to test-results/.
 */
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { before, describe, test } from "node:test";
import type { Page } from "playwright-core";
import { waitIdle } from "./chat.mts";
import { DESKTOP, openPlayground, PHONE, RESULTS, ROOT, type Suite, usePlayground } from "./helpers.mts";
import { t } from "./locale.mts";
import { type Answers, answer, openSchoolLink, submit } from "./report.mts";

const once = {
  danger: "no",
  who: "me",
  by: "student",
  when: "week",
  often: "once",
  mediation: "yes",
} as const;
/** A week of a school: peer conflicts the club can mediate, in a few places. */
const REPORTS: Answers[] = [
  ...Array.from({ length: 4 }, () => ({ ...once, what: "conflict", where: "class" })),
  ...Array.from({ length: 3 }, () => ({ ...once, what: "insults", harm: "no", where: "yard" })),
  ...Array.from({ length: 2 }, () => ({ ...once, what: "physical", harm: "no", where: "yard" })),
  ...Array.from({ length: 2 }, () => ({ ...once, what: "exclusion", where: "class" })),
  { ...once, what: "conflict", where: "way" },
];

async function fileReports(suite: Suite): Promise<void> {
  const { context, page, errors } = await openPlayground(suite);
  // The student persona speaks Albanian.
  for (const [i, answers] of REPORTS.entries()) {
    await openSchoolLink(page);
    await answer(page, "sq", answers);
    await submit(page, "sq", `Words of report ${i} that must never reach the dashboard`);
  }
  // The cron gathers the school's counts into the programme's desk (what the admin sees).
  await page.locator('[data-testid="run-cron"]').click();
  await waitIdle(page);
  await context.close();
  assert.deepEqual(errors, []);
}

interface Opened {
  page: Page;
  errors: Error[];
  foreign: string[];
  close(): Promise<void>;
}

/** Opens the dashboard as a persona, through the playground's signed Telegram launch. */
async function openDashboard(
  suite: Suite,
  persona: string,
  viewport = DESKTOP,
  theme = "light",
): Promise<Opened> {
  const context = await suite.browser.newContext({
    viewport,
    ...(viewport.width < 600 ? { isMobile: true, hasTouch: true } : {}),
  });
  const page = await context.newPage();
  const errors: Error[] = [];
  const foreign: string[] = [];
  page.on("pageerror", (error) => errors.push(error));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(new Error(m.text()));
  });
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (url.protocol !== "data:" && url.hostname !== "127.0.0.1") foreign.push(r.url());
  });
  await page.goto(`${suite.worker.base}/dashboard/dev/${persona}?theme=${theme}`);
  await page.waitForSelector("main", { timeout: 15_000 });
  await page.waitForLoadState("networkidle");
  return { page, errors, foreign, close: () => context.close() };
}

async function shootFull(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(RESULTS, `${name}.png`), fullPage: true });
}

/** axe-core, run inside the page (evaluated over the debugging protocol: the page's CSP stays on). */
async function axe(page: Page): Promise<Array<{ id: string; impact: string; nodes: string[] }>> {
  const source = await readFile(join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");
  await page.evaluate(source);
  return page.evaluate(async () => {
    const run = (
      globalThis as unknown as {
        axe: {
          run: (
            ctx: Document,
            o: object,
          ) => Promise<{
            violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }>;
          }>;
        };
      }
    ).axe.run;
    const result = await run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => n.target.join(" ")),
    }));
  });
}

const serious = (v: Array<{ impact: string }>) =>
  v.filter((x) => x.impact === "serious" || x.impact === "critical");

describe("the dashboard", () => {
  const suite = usePlayground();
  before(async () => fileReports(suite), { timeout: 240_000 });

  test("the principal's, signed in from Telegram's data: charts, tables, no outside requests, no serious axe violations", async () => {
    for (const [viewport, width] of [
      [DESKTOP, 1280],
      [PHONE, 390],
    ] as const) {
      const { page, errors, foreign, close } = await openDashboard(suite, "principal", viewport);
      // The principal persona speaks Albanian: the page does too.
      assert.equal(await page.getAttribute("html", "lang"), "sq");
      assert.equal(new URL(page.url()).hash, "", "the initData is gone from the address bar");
      const charts = await page.locator("svg.chart[role=img]").count();
      assert.ok(charts >= 9, `${charts} charts`);
      assert.equal(await page.locator("section.panel table").count(), charts);
      const text = (await page.textContent("body")) ?? "";
      assert.ok(
        text.includes(t("sq", "dash-total", { when: "" }).split("(")[0] as string),
        "the month at a glance",
      );
      assert.ok(!text.includes("must never reach the dashboard"));
      await shootFull(page, `dashboard-principal-${width}`);
      const violations = await axe(page);
      assert.deepEqual(serious(violations), [], JSON.stringify(violations, null, 1));
      assert.deepEqual(foreign, []);
      assert.deepEqual(errors, []);
      await close();
    }
  });

  test("Telegram's dark theme: still no serious axe violation", async () => {
    const { page, errors, close } = await openDashboard(suite, "principal", PHONE, "dark");
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(bg, "rgb(35, 46, 60)", "the theme's secondary background");
    await shootFull(page, "dashboard-principal-dark-390");
    assert.deepEqual(serious(await axe(page)), []);
    assert.deepEqual(errors, []);
    await close();
  });

  test("the admin's programme view after the cron, with every view a click away; printable on A4", async () => {
    const { page, errors, foreign, close } = await openDashboard(suite, "admin");
    assert.equal(await page.getAttribute("html", "lang"), "en");
    const text = (await page.textContent("body")) ?? "";
    assert.ok(text.includes(t("en", "dash-scope-programme")));
    await page.locator("details.views summary").click();
    assert.ok((await page.locator("details.views a").count()) >= 3, "country, municipality and school");
    await shootFull(page, "dashboard-admin-1280");
    assert.deepEqual(serious(await axe(page)), []);
    await page.locator("details.views a", { hasText: "Prizren" }).click();
    await page.waitForSelector("svg.chart");
    assert.match((await page.textContent("h1")) ?? "", /Prizren/);
    await page.emulateMedia({ media: "print" });
    await page.pdf({ path: join(RESULTS, "dashboard-admin-a4.pdf"), format: "A4", printBackground: true });
    await shootFull(page, "dashboard-admin-print");
    assert.deepEqual(foreign, []);
    assert.deepEqual(errors, []);
    await close();
  });

  test("fresh Telegram data wins over the session the page already has (another account, same phone)", async () => {
    const { page, errors, close } = await openDashboard(suite, "principal", PHONE);
    assert.equal(await page.getAttribute("html", "lang"), "sq");
    await page.goto(`${suite.worker.base}/dashboard/dev/admin`);
    await page.waitForSelector("details.views");
    assert.equal((await page.textContent("h1"))?.trim(), t("en", "dash-scope-programme"));
    assert.deepEqual(errors, []);
    await close();
  });

  test("a lead sees who can, and no figures", async () => {
    const { page, close } = await openDashboard(suite, "lead");
    const text = (await page.textContent("main")) ?? "";
    assert.ok(text.includes(t("en", "dash-not-for-staff")), text);
    assert.equal(await page.locator("svg, table").count(), 0);
    await close();
  });
});
