/**
 * The playground in a real browser: what newcomers and NGOs see first. Runs against a fresh
 * `wrangler dev` with its own KV, so every run starts from an empty demo school.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { BrowserContext, Page } from "playwright-core";
import { axe, serious } from "./a11y.mts";
import { botCount, botTexts, column, send, tap, waitForBotMessage, waitIdle } from "./chat.mts";
import { type Opened, openPlayground, PHONE, type Role, shoot, usePlayground } from "./helpers.mts";
import { firstLine, t } from "./locale.mts";
import { openSchoolLink } from "./report.mts";

const ROLES: Role[] = ["student", "adviser", "principal", "lead", "admin"];

/** Controls without a name a screen reader could say. */
const unnamedControls = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("button, textarea, select, input:not([type=file])")]
      .filter((el) => {
        const label =
          el.getAttribute("aria-label") ??
          (el as HTMLInputElement).labels?.[0]?.textContent ??
          el.textContent;
        return !label?.trim();
      })
      .map((el) => el.outerHTML.slice(0, 80)),
  );

describe("playground page", () => {
  const suite = usePlayground();

  test("loads from localhost only, offers every persona a chat, and names every control", async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    const foreign: string[] = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.protocol !== "data:" && !["127.0.0.1", "localhost"].includes(url.hostname))
        foreign.push(request.url());
    });
    const errors: Error[] = [];
    page.on("pageerror", (error) => errors.push(error));
    await page.goto(`${suite.worker.base}/playground`);
    await page.waitForSelector("body[data-ready='true']");
    for (const role of ROLES) {
      const col = column(page, role);
      assert.equal(await col.count(), 1, `one ${role} column`);
      for (const id of ["input", "send", "attach"])
        assert.equal(await col.locator(`[data-testid="${id}"]`).count(), 1, `${role}: ${id}`);
    }
    assert.match(
      (await page.locator(".school").textContent()) ?? "",
      /DEM2XK.*t\.me\/ura_playground_bot\?start=s-DEM2XK/s,
    );
    assert.deepEqual(await unnamedControls(page), []);
    assert.deepEqual(foreign, [], "no request leaves localhost");
    assert.deepEqual(errors, [], "no script errors");
    await shoot(page, "playground-empty-1280");
    await context.close();
  });

  test("runs the cron from the page and says what the run did", async () => {
    const { context, page, errors } = await openPlayground(suite);
    await page.locator('[data-testid="run-cron"]').click();
    await waitIdle(page);
    assert.match(
      (await page.locator("#status").textContent()) ?? "",
      /^Cron ran at \d\d:\d\d: looked at \d+ cases?, \d+ due; /,
    );
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("an empty chat's button sends its first command, as if typed", async () => {
    const { context, page, errors } = await openPlayground(suite);
    const adviser = column(page, "adviser");
    const before = await botCount(page, "adviser");
    await adviser.locator("button[data-send]").click();
    await waitForBotMessage(page, "adviser", before);
    assert.match((await adviser.locator(".msg.user").first().textContent()) ?? "", /\/queue/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  describe("as the student", () => {
    let opened: Opened;
    let page: Page;
    before(async () => {
      opened = await openPlayground(suite);
      page = opened.page;
    });
    after(() => opened.context.close());

    test("the school's link (QR code) gets the welcome in Albanian", async () => {
      await openSchoolLink(page);
      const sent = column(page, "student").locator(".msg.user").first();
      assert.match((await sent.textContent()) ?? "", /\/start s-DEM2XK/);
      // Ids come from the bot's one counter for all its chats: the adviser's /queue above took some.
      const firstBot = column(page, "student").locator(".msg.bot").first();
      assert.ok(
        Number(await sent.getAttribute("data-message-id")) <
          Number(await firstBot.getAttribute("data-message-id")),
        "the person's message comes first, and the bot's answer takes a later id",
      );
      const replies = (await botTexts(page, "student")).join("\n");
      assert.ok(replies.includes("Shkolla Demo"), `the reply names the school:\n${replies}`);
      assert.ok(replies.includes(firstLine("sq", "welcome")), `the welcome in Albanian:\n${replies}`);
      assert.equal(
        await column(page, "student").locator(".sys.error").count(),
        0,
        "Telegram refused nothing",
      );
    });

    test("a photo with its caption is shown, from this Worker", async () => {
      const student = column(page, "student");
      const picture = await page.screenshot({ clip: { x: 0, y: 0, width: 320, height: 200 } });
      await student.locator('[data-testid="input"]').fill("caption");
      await student
        .locator('[data-testid="photo-input"]')
        .setInputFiles({ name: "p.png", mimeType: "image/png", buffer: picture });
      // Telegram's copy, not the page's preview: served by the Worker under the photo's file id.
      const photo = student.locator('.msg.user img.photo[src^="/playground/file/pg-photo-"]').last();
      await photo.waitFor();
      await waitIdle(page);
      await page.waitForFunction(
        (img) => img instanceof HTMLImageElement && img.complete && img.naturalWidth > 0,
        await photo.elementHandle(),
      );
      assert.match((await student.locator(".msg.user").last().textContent()) ?? "", /caption/);
    });

    test("the chats survive a reload", async () => {
      const count = await column(page, "student").locator(".msg").count();
      await page.reload();
      await page.waitForSelector("body[data-ready='true']");
      assert.equal(await column(page, "student").locator(".msg").count(), count);
    });

    test("an answered question shows as edited, as Telegram shows it", async () => {
      await send(page, "student", "/start s-DEM2XK");
      await tap(page, "student", t("sq", "q-danger-no"));
      assert.ok((await column(page, "student").locator(".msg .meta", { hasText: "edited" }).count()) > 0);
      await shoot(page, "playground-student-1280");
    });

    test("Telegram's refusals show, discreetly: a double tap edits a message to what it already says", async () => {
      const student = column(page, "student");
      await student
        .locator("button.inline-btn", { hasText: t("sq", "q-who-me") })
        .last()
        .dblclick();
      await waitIdle(page);
      const refusal = student.locator(".sys.error").last();
      assert.match(
        (await refusal.textContent()) ?? "",
        /^Telegram refused editMessageText: message is not modified$/,
      );
      assert.match((await refusal.getAttribute("title")) ?? "", /^Bad Request: message is not modified/);
    });

    test("axe finds nothing serious: a conversation with keyboards, notes and a photo", async () => {
      assert.deepEqual(serious(await axe(page)), []);
    });

    test("quick exit leaves nothing to read in the student's chat", async () => {
      const student = column(page, "student");
      await tap(page, "student", t("sq", "nav-quick-exit"));
      assert.equal(await student.locator(".msg").count(), 0, "no message is left");
      assert.match((await student.locator(".sys.info").last().textContent()) ?? "", /deleted \d+ messages/);
      await page.reload();
      await page.waitForSelector("body[data-ready='true']");
      assert.equal(await student.locator(".msg").count(), 0, "nor after a reload");
      assert.deepEqual(opened.errors, []);
    });
  });
});

describe("playground page on a phone (390 px)", () => {
  const suite = usePlayground();
  let context: BrowserContext;
  let page: Page;
  before(async () => {
    ({ context, page } = await openPlayground(suite, PHONE));
    await openSchoolLink(page);
    await send(page, "adviser", "/queue");
    for (let i = 0; i < 6; i++) await send(page, "admin", "/help");
  });
  after(() => context.close());

  test("the tab bar fits: every tab whole, nothing wider than the screen", async () => {
    const overflow = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      tabs: [...document.querySelectorAll<HTMLElement>(".tab")].map((tab) => {
        const r = tab.getBoundingClientRect();
        const cut = [...tab.querySelectorAll<HTMLElement>("span")].some(
          (s) => s.scrollWidth > s.clientWidth + 1,
        );
        return { left: r.left, right: r.right, cut };
      }),
    }));
    assert.ok(overflow.page <= PHONE.width, `the page is ${overflow.page} px wide`);
    assert.equal(overflow.tabs.length, ROLES.length);
    for (const tab of overflow.tabs) {
      assert.ok(tab.left >= 0 && tab.right <= PHONE.width, `a tab at ${tab.left}–${tab.right}`);
      assert.equal(tab.cut, false, "a tab's words are cut off");
    }
  });

  test("axe finds nothing serious on a phone either", async () => {
    assert.deepEqual(serious(await axe(page)), []);
  });

  test("every chat opens at its newest message, fully visible — also after a reload", async () => {
    for (const reload of [false, true]) {
      if (reload) {
        await page.reload();
        await page.waitForSelector("body[data-ready='true']");
      }
      for (const role of ROLES) {
        await page.locator(`.tab.role-${role}`).click();
        const seen = await column(page, role).evaluate((col) => {
          const chat = col.querySelector<HTMLElement>(".chat");
          const last = chat?.querySelector<HTMLElement>(".items > :last-child");
          if (!chat || !last) return null;
          const [c, l] = [chat.getBoundingClientRect(), last.getBoundingClientRect()];
          return {
            atEnd: chat.scrollHeight - chat.scrollTop - chat.clientHeight <= 2,
            top: l.top >= c.top - 1,
            bottom: l.bottom <= c.bottom + 1,
          };
        });
        assert.deepEqual(
          seen,
          { atEnd: true, top: true, bottom: true },
          `${role}${reload ? " after a reload" : ""}`,
        );
        if (role === "admin") await shoot(page, `playground-admin-390${reload ? "-reloaded" : ""}`);
      }
    }
  });
});
