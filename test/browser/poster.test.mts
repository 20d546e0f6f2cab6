/**
 * The poster in a real browser: the QR code is read back from the screenshot's pixels (jsQR), on
 * the A4 sheet, as printed, and on a phone; the PDF is one A4 page; a Macedonian school's poster
 * speaks Macedonian and Albanian; and the principal's /poster leads to it. Screenshots for people to
 * look at: test-results/poster-*.png.
 */
import assert from "node:assert/strict";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { before, describe, test } from "node:test";
import jsQR from "jsqr";
import type { Page } from "playwright-core";
import { PHONE, RESULTS, usePlayground } from "./helpers.mts";
import { decodePng } from "./png.mts";

const DEMO = "DEM2XK";
const BOT = "ura_playground_bot";
const PRINCIPAL = 1000003;
const ADMIN = 1000004;
/** A4 at CSS's 96 px per inch, and the part of it inside the poster's 12 mm print margins. */
const A4 = { width: 794, height: 1123 };
const A4_INSIDE_MARGINS = { width: 703, height: 1032 };

const link = (code: string) => `https://t.me/${BOT}?start=s-${code}`;
/** The newest school link in what the playground answered (it answers with the whole history). */
const newestCode = (answer: string) => [...answer.matchAll(/start=s-([2-9A-Z]{6})/g)].at(-1)?.[1] ?? "";

/** Decodes the QR code in a PNG screenshot, or says why not. */
function qrIn(png: Buffer): string | undefined {
  const { width, height, data } = decodePng(png);
  return jsQR(data, width, height)?.data;
}

async function save(name: string, png: Buffer): Promise<void> {
  await mkdir(RESULTS, { recursive: true });
  await writeFile(join(RESULTS, `${name}.png`), png);
}

/** What the page loads besides itself: the poster must load nothing. */
function requestsOf(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (r) => urls.push(r.url()));
  return urls;
}

describe("the poster", () => {
  const suite = usePlayground();
  let mkCode = "";

  /** As a persona in the playground: the bot's answers, as JSON text. */
  const say = async (persona: number, text: string) => {
    const res = await fetch(`${suite.worker.base}/playground/api/send`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ persona, text }),
    });
    assert.equal(res.status, 200, `${text} → ${res.status}`);
    return res.text();
  };

  before(async () => {
    const seed = await fetch(`${suite.worker.base}/playground/api/seed`, { method: "POST" });
    assert.equal(seed.status, 200);
    const created = await say(ADMIN, "/newschool ООУ „Гоце Делчев“; Куманово; MK; mk");
    mkCode = newestCode(created);
    assert.ok(mkCode, `the admin created a school:\n${created}`);
  });

  test("A4: the QR code in the screenshot is the school's link; it prints on one A4 page", async () => {
    const context = await suite.browser.newContext({ viewport: A4 });
    const page = await context.newPage();
    const requests = requestsOf(page);
    const response = await page.goto(`${suite.worker.base}/poster/${DEMO}`);
    assert.equal(response?.status(), 200);
    assert.deepEqual(requests, [`${suite.worker.base}/poster/${DEMO}`], "the page loads nothing else");

    const sheet = await page.locator(".sheet").screenshot();
    await save("poster-a4", sheet);
    assert.equal(qrIn(sheet), link(DEMO));
    assert.equal(await page.locator(".code").textContent(), DEMO);

    // As printed: print media, the page inside its margins.
    await page.emulateMedia({ media: "print" });
    await page.setViewportSize(A4_INSIDE_MARGINS);
    const printed = await page.screenshot({ fullPage: true });
    await save("poster-print", printed);
    assert.equal(qrIn(printed), link(DEMO));
    const overflow = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
    assert.ok(overflow <= 0, `the printed poster is ${overflow}px taller than A4 inside its margins`);

    const pdf = await page.pdf({ format: "A4" });
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? [];
    assert.equal(pages.length, 1, "one A4 page");
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString("latin1"));
    // A4 is 595.3 × 841.9 pt; Chromium rounds it to whole hundredths of an inch (8.27 × 11.7 in).
    const [w, h] = [Number(box?.[1]), Number(box?.[2])];
    assert.ok(Math.abs(w - 595.3) < 2 && Math.abs(h - 841.9) < 2, `A4 in points, not ${w} × ${h}`);
    await context.close();
  });

  test("on a phone the QR code still reads and nothing is wider than the screen", async () => {
    const context = await suite.browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(`${suite.worker.base}/poster/${DEMO}`);
    const shot = await page.screenshot({ fullPage: true });
    await save("poster-390", shot);
    assert.equal(qrIn(shot), link(DEMO));
    const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(wide <= 0, `the page is ${wide}px wider than the phone`);
    await context.close();
  });

  test("a Macedonian school's poster speaks Macedonian and Albanian", async () => {
    const context = await suite.browser.newContext({ viewport: A4 });
    const page = await context.newPage();
    await page.goto(`${suite.worker.base}/poster/${mkCode}`);
    assert.deepEqual(
      await page.locator(".lang").evaluateAll((els) => els.map((e) => e.getAttribute("lang"))),
      ["mk", "sq"],
    );
    assert.equal(await page.locator("h1").textContent(), "ООУ „Гоце Делчев“");
    const sheet = await page.locator(".sheet").screenshot();
    await save("poster-a4-mk", sheet);
    assert.equal(qrIn(sheet), link(mkCode));
    await page.emulateMedia({ media: "print" });
    const pdf = await page.pdf({ format: "A4" });
    assert.equal((pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? []).length, 1, "one A4 page");
    await context.close();
  });

  test("the longest school name with three languages still prints on one page, and scans", async () => {
    // MAX_SCHOOL_NAME (80) characters, and an English-language school in Kosovo: en, sq and sr-Cyrl.
    const name = "Shkolla e Mesme e Lartë Profesionale “Gjon Buzuku” — Paralelja e Ndarë Suharekës";
    assert.equal(name.length, 80);
    const created = await say(ADMIN, `/newschool ${name}; Prizren; XK; en`);
    const code = newestCode(created);
    const context = await suite.browser.newContext({ viewport: A4 });
    const page = await context.newPage();
    await page.goto(`${suite.worker.base}/poster/${code}`);
    assert.deepEqual(
      await page.locator(".lang").evaluateAll((els) => els.map((e) => e.getAttribute("lang"))),
      ["en", "sq", "sr-Cyrl"],
    );
    const sheet = await page.locator(".sheet").screenshot();
    await save("poster-a4-long", sheet);
    assert.equal(qrIn(sheet), link(code));
    await page.emulateMedia({ media: "print" });
    await page.setViewportSize(A4_INSIDE_MARGINS);
    const printed = await page.screenshot({ fullPage: true });
    await save("poster-print-long", printed);
    assert.equal(qrIn(printed), link(code));
    const pdf = await page.pdf({ format: "A4" });
    assert.equal((pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? []).length, 1, "one A4 page");
    await context.close();
  });

  test("the principal's /poster leads to the poster; an unknown code to a 404", async () => {
    const answer = await say(PRINCIPAL, "/poster");
    const path = [...answer.matchAll(/http:\/\/localhost:8787(\/poster\/[2-9A-Z]{6})/g)].at(-1)?.[1];
    assert.equal(path, `/poster/${DEMO}`, `the principal got the poster's link:\n${answer}`);
    const context = await suite.browser.newContext({ viewport: PHONE, isMobile: true });
    const page = await context.newPage();
    assert.equal((await page.goto(`${suite.worker.base}${path}`))?.status(), 200);
    assert.equal((await page.goto(`${suite.worker.base}/poster/ZZZ9ZZ`))?.status(), 404);
    await save("poster-404-390", await page.screenshot({ fullPage: true }));
    await context.close();
  });
});
