/**
 * Trends in the playground, as a principal meets them: the playground seeds a semester of reports
 * in three demo schools (src/playground/season.ts); the principal persona sends /trends and reads
 * the month's summary in the chat, then opens the dashboard in the page's Mini App sheet — an
 * iframe of /dashboard/dev/principal, signed in with initData the playground signs and the
 * production validator checks — and sees its charts. The partner persona sees its two schools, the
 * admin the programme. Screenshots at 390 and 1280 px go to test-results/.
 */
import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import type { FrameLocator, Page } from "playwright-core";
import { axe, serious } from "./a11y.mts";
import { botTexts, column, send } from "./chat.mts";
import { DESKTOP, type Opened, openPlayground, PHONE, shoot, usePlayground } from "./helpers.mts";
import { t } from "./locale.mts";

const SCHOOL = "Shkolla Demo “Ura”";
const PARTNER_ORG = "Partner NGO Prizren";
const TIMEOUT = 30_000;

const sheet = (page: Page) => page.locator("#miniapp");
const frame = (page: Page): FrameLocator => page.frameLocator("#miniapp-frame");

/** Requests that leave the Worker, console errors and script errors, in the page and its frames. */
function watch(page: Page, base: string): { foreign: string[]; errors: string[] } {
  const seen = { foreign: [] as string[], errors: [] as string[] };
  const host = new URL(base).host;
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (!["data:", "about:"].includes(url.protocol) && url.host !== host) seen.foreign.push(r.url());
  });
  page.on("console", (m) => {
    if (m.type() === "error") seen.errors.push(m.text());
  });
  return seen;
}

/** Opens the sheet from the persona's column and waits until the dashboard drew its charts. */
async function openSheet(page: Page, role: "principal" | "admin"): Promise<void> {
  await column(page, role).locator('[data-testid="open-dashboard"]').click();
  await page.waitForSelector("#miniapp[open]");
  await frame(page).locator("svg.chart").first().waitFor({ timeout: TIMEOUT });
  await page.waitForSelector("#miniapp[data-loaded='true']");
}

/** Chooses another persona in the sheet and waits for that persona's page. */
async function switchTo(page: Page, role: string, heading: string): Promise<void> {
  await page.locator('[data-testid="miniapp-as"]').selectOption(role);
  await frame(page).locator("h1", { hasText: heading }).waitFor({ timeout: TIMEOUT });
  await frame(page).locator("svg.chart").first().waitFor({ timeout: TIMEOUT });
}

describe("trends in the playground", () => {
  const suite = usePlayground();
  let opened: Opened;
  let seen: { foreign: string[]; errors: string[] };

  before(async () => {
    opened = await openPlayground(suite, DESKTOP);
    seen = watch(opened.page, suite.worker.base);
  });

  test("the principal sends /trends and reads the school's month in the chat", async () => {
    const { page } = opened;
    await send(page, "principal", "/trends");
    // The principal persona speaks Albanian. (On a weekday the seeding's gathering may also have
    // sent the weekly digest, which can arrive after this answer.)
    const title = t("sq", "trends-title", { name: SCHOOL });
    const texts = await botTexts(page, "principal");
    const text = texts.findLast((x) => x.startsWith(title)) ?? "";
    assert.ok(text, texts.join("\n---\n"));
    assert.match(text, /\d/, "figures");
    // Over plain http Telegram allows no Mini App button: the text says how else to get there.
    assert.ok(text.includes(t("sq", "trends-on-computer")), text);
    const answer = column(page, "principal").locator(".msg.bot", { hasText: title }).last();
    assert.equal(await answer.locator(".kb").count(), 0, "no button");
  });

  test("the Dashboard button opens the Mini App sheet with the school's charts, signed in as the principal", async () => {
    const { page } = opened;
    await openSheet(page, "principal");
    const inside = frame(page);
    assert.equal(await inside.locator("html").getAttribute("lang"), "sq");
    assert.match((await inside.locator("h1").textContent()) ?? "", new RegExp(SCHOOL));
    const charts = await inside.locator("svg.chart[role=img]").count();
    assert.ok(charts >= 9, `${charts} charts`);
    // The initData left the frame's address, as it leaves Telegram's.
    const url = await inside.locator("html").evaluate(() => location.href);
    assert.ok(!url.includes("tgWebAppData"), url);
    assert.match((await page.locator("#miniapp-sub").textContent()) ?? "", /Ilir/);
    const box = await sheet(page).boundingBox();
    assert.ok(box && box.width <= 440 && box.height >= 500, JSON.stringify(box));
    assert.deepEqual(serious(await axe(page)), []);
    await shoot(page, "playground-trends-principal-1280");
    await page.locator("#miniapp-wide").click();
    await page.waitForFunction(() => (document.querySelector("#miniapp")?.clientWidth ?? 0) > 900);
    await shoot(page, "playground-trends-principal-wide-1280");
    // The month before: a whole month of the season, most figures shown, the rare ones hidden.
    await frame(page).locator("a[rel=prev]").click();
    await frame(page).locator("svg.chart").first().waitFor({ timeout: TIMEOUT });
    await shoot(page, "playground-trends-principal-previous-wide-1280");
    await page.locator("#miniapp-wide").click();
  });

  test("in the same sheet the partner sees its two Prizren schools, the admin the programme", async () => {
    const { page } = opened;
    await switchTo(page, "partner", PARTNER_ORG);
    const partnerViews = (await frame(page).locator("nav, details.views").allTextContents()).join(" ");
    assert.ok(partnerViews.includes("Lumbardhi"), partnerViews);
    assert.ok(!partnerViews.includes("Erenik"), partnerViews);
    await shoot(page, "playground-trends-partner-1280");
    await switchTo(page, "admin", t("en", "dash-scope-programme"));
    const adminViews = (await frame(page).locator("nav, details.views").allTextContents()).join(" ");
    for (const name of ["Prizren", "Gjakova", "Lumbardhi", "Erenik"])
      assert.ok(adminViews.includes(name), `${name} in ${adminViews}`);
  });

  test("Close ends the sheet, and focus goes back to the button that opened it", async () => {
    const { page } = opened;
    await page.locator('[data-testid="miniapp-close"]').click();
    await page.waitForSelector("#miniapp:not([open])", { state: "attached" });
    assert.equal(await page.locator("#miniapp-frame").getAttribute("src"), "about:blank");
    const focused = await page.evaluate(() => document.activeElement?.getAttribute("data-dashboard"));
    assert.equal(focused, "principal");
    // Escape closes it too, as in Telegram.
    await openSheet(page, "admin");
    await page.keyboard.press("Escape");
    await page.waitForSelector("#miniapp:not([open])", { state: "attached" });
    assert.deepEqual(seen.foreign, [], "nothing leaves the Worker");
    assert.deepEqual(seen.errors, [], "no console errors (a refused frame or CSP would show here)");
    assert.deepEqual(opened.errors, []);
    await opened.context.close();
  });

  test("on a phone (390 px) the sheet takes the screen and the dashboard fits it", async () => {
    const { context, page, errors } = await openPlayground(suite, PHONE);
    const phone = watch(page, suite.worker.base);
    await page.locator(".tab.role-principal").click();
    await openSheet(page, "principal");
    const box = await sheet(page).boundingBox();
    assert.ok(box && box.x >= 0 && box.width <= PHONE.width + 0.5, JSON.stringify(box));
    assert.ok(box && box.height >= PHONE.height - 40, JSON.stringify(box));
    const overflow = await frame(page)
      .locator("html")
      .evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 1, `the dashboard is ${overflow} px wider than the sheet`);
    await shoot(page, "playground-trends-principal-390");
    await page.locator('[data-testid="miniapp-close"]').click();
    await page.waitForSelector("#miniapp:not([open])", { state: "attached" });
    await shoot(page, "playground-trends-closed-390");
    assert.deepEqual(phone.foreign, []);
    assert.deepEqual(phone.errors, []);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
