/**
 * The playground in a real browser: what newcomers and NGOs see first. Runs against a fresh
 * `wrangler dev` with its own KV, so every run starts from an empty demo school.
 */
import assert from "node:assert/strict";
import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import {
  allBotTexts,
  botCount,
  column,
  openPlayground,
  ROOT,
  waitForBotMessage,
  waitIdle,
  usePlayground,
} from "./helpers.mjs";

const PERSONAS = ["student", "adviser", "principal", "admin"];

/** The first line of a Fluent message's value, without placeables: a stable fragment to look for. */
async function ftlFragment(locale, id) {
  const lines = (await readFile(join(ROOT, "locales", `${locale}.ftl`), "utf8")).split("\n");
  const start = lines.findIndex((line) => line.startsWith(`${id} =`) || line.startsWith(`${id}=`));
  assert.ok(start >= 0, `${id} is missing in locales/${locale}.ftl`);
  const value = [lines[start].slice(lines[start].indexOf("=") + 1), ...lines.slice(start + 1)]
    .map((line) => line.trim())
    .find(Boolean);
  const longest = value
    .split(/\{[^}]*\}/)
    .map((part) => part.trim())
    .sort((a, b) => b.length - a.length)[0];
  return longest.slice(0, 40).trim();
}

describe("playground page", () => {
  const suite = usePlayground();

  test("loads from localhost only and shows the four personas", async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    const foreign = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.protocol === "data:") return;
      if (!["127.0.0.1", "localhost"].includes(url.hostname)) foreign.push(request.url());
    });
    const errors = [];
    page.on("pageerror", (error) => errors.push(error));
    await page.goto(`${suite.worker.base}/playground`);
    await page.waitForSelector("body[data-ready='true']");
    for (const persona of PERSONAS) {
      const col = column(page, persona);
      assert.equal(await col.count(), 1, `one ${persona} column`);
      assert.equal(await col.locator('[data-testid="input"]').count(), 1);
      assert.equal(await col.locator('[data-testid="send"]').count(), 1);
    }
    assert.equal(await page.locator('[data-testid="run-cron"]').count(), 1);
    assert.match(await page.locator("#school").textContent(), /DEM2XK/);
    assert.deepEqual(foreign, [], "no request leaves localhost");
    assert.deepEqual(errors, [], "no script errors");
    await context.close();
  });

  test("runs the cron jobs from the page", async () => {
    const { context, page, errors } = await openPlayground(suite.browser, suite.worker.base);
    await page.locator('[data-testid="run-cron"]').click();
    await page.waitForFunction(() =>
      /^Cron (ran|failed)/.test(document.getElementById("kv-last").textContent),
    );
    assert.match(await page.locator("#kv-last").textContent(), /^Cron ran/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  describe("as the student", () => {
    let context;
    let page;
    let errors;

    before(async () => {
      ({ context, page, errors } = await openPlayground(suite.browser, suite.worker.base));
    });
    after(async () => context?.close());

    test("the school's link (QR code) gets the welcome in Albanian", async () => {
      const before = await botCount(page, "student");
      await page.locator('[data-testid="open-school-link"]').click();
      await waitForBotMessage(page, "student", before);

      const sent = column(page, "student").locator(".msg.user").first();
      assert.match(await sent.textContent(), /\/start s-DEM2XK/);
      assert.equal(
        await sent.getAttribute("data-message-id"),
        "1",
        "the user's message takes the chat's first id",
      );

      const replies = (await allBotTexts(page, "student")).join("\n");
      assert.ok(replies.includes("Shkolla Demo"), `the reply names the school:\n${replies}`);
      const welcome = await ftlFragment("sq", "welcome");
      assert.ok(replies.includes(welcome), `the reply contains sq "welcome" (${welcome}):\n${replies}`);
      assert.equal(await column(page, "student").locator(".sys.error").count(), 0, "no error line");
      assert.deepEqual(errors, []);
    });

    test("the chat survives a reload", async () => {
      const count = await column(page, "student").locator(".msg").count();
      await page.reload();
      await page.waitForSelector("body[data-ready='true']");
      assert.equal(await column(page, "student").locator(".msg").count(), count);
    });

    test("sends updates shaped like Telegram's: commands, photos, button taps", async () => {
      const updates = [];
      const record = (request) => {
        if (request.url().endsWith("/playground/api/update")) updates.push(request.postDataJSON());
      };
      page.on("request", record);
      const student = column(page, "student");

      await student.locator('[data-testid="input"]').fill("/help");
      await student.locator('[data-testid="input"]').press("Enter");
      await waitIdle(page);

      // Any picture will do: a screenshot of the page itself.
      const picture = await page.screenshot({ clip: { x: 0, y: 0, width: 320, height: 200 } });
      await student.locator('[data-testid="input"]').fill("caption");
      await student.locator('[data-testid="photo-input"]').setInputFiles({
        name: "p.png",
        mimeType: "image/png",
        buffer: picture,
      });
      await student.locator(".msg.user img.photo").last().waitFor();
      await waitIdle(page);

      const button = student.locator("button.inline-btn").first();
      if ((await button.count()) > 0) {
        await button.click();
        await waitIdle(page);
      }
      page.off("request", record);

      const [help, photo, tap] = updates;
      assert.deepEqual(help.update.message.entities, [{ type: "bot_command", offset: 0, length: 5 }]);
      assert.equal(help.update.message.from.language_code, "sq");
      const helpId = help.update.message.message_id;
      assert.equal(helpId, help.nextIds["1000001"] - 1, "the user's message took the chat's next id");

      assert.match(photo.update.message.photo[0].file_id, /^pg-photo-\d+$/);
      assert.equal(photo.update.message.caption, "caption");
      assert.ok(photo.update.message.message_id > helpId, "ids keep growing across user and bot messages");
      assert.ok(photo.update.update_id > help.update.update_id);

      if (tap) {
        const query = tap.update.callback_query;
        assert.equal(query.from.id, 1000001);
        assert.equal(typeof query.data, "string");
        assert.equal(query.message.chat.id, 1000001);
        assert.ok(query.message.message_id > 0);
      }
      assert.deepEqual(errors, []);
    });

    test("screenshot for humans: test-results/playground.png", async () => {
      // One step further into the report makes the picture show inline buttons at work.
      const buttons = column(page, "student").locator("button.inline-btn");
      if ((await buttons.count()) > 0) {
        await buttons.first().click();
        await waitIdle(page);
      }
      await column(page, "adviser").locator('[data-testid="input"]').fill("/start");
      await column(page, "adviser").locator('[data-testid="send"]').click();
      await waitIdle(page);
      const dir = join(ROOT, "test-results");
      await mkdir(dir, { recursive: true });
      await page.screenshot({ path: join(dir, "playground.png") });
      await page.setViewportSize({ width: 420, height: 860 });
      await page.screenshot({ path: join(dir, "playground-narrow.png") });
      assert.deepEqual(errors, []);
    });

    test("quick exit: every message of the chat shows as deleted, and an edited one as edited", async () => {
      await page.setViewportSize({ width: 1440, height: 900 });
      const student = column(page, "student");
      assert.ok((await student.locator(".msg.edited, .msg .meta", { hasText: "edited" }).count()) > 0);
      await student.locator("button.inline-btn", { hasText: "Dalje e shpejtë" }).last().click();
      await waitIdle(page);
      assert.equal(await student.locator(".msg:not(.deleted)").count(), 0, "nothing readable is left");
      assert.ok((await student.locator(".msg.deleted").count()) > 3);
      assert.deepEqual(errors, []);
    });
  });
});
