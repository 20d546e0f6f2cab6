/**
 * Issue 7 in the playground: reports that are not for peer mediation reach the people who protect
 * children — violence at home goes to the child-protection lead (and the principal), never to the
 * club; sexual images online with danger now are urgent for the lead and the principal; a child
 * thinking of self-harm sees the help card at once and is not asked where, when or how often.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Page } from "playwright-core";
import { botCount, botTexts, botTextsAfter, newestId, told } from "./chat.mts";
import { openPlayground, shoot, shootPhone, usePlayground } from "./helpers.mts";
import { firstLine, t } from "./locale.mts";
import { answer, openSchoolLink, submit } from "./report.mts";

/** Long enough for a notice the queue would deliver to have arrived (the page polls every second). */
const QUEUE_SETTLES_MS = 3_000;

/** Sends the report and waits until the lead and the principal have their notices. */
async function sendAndNotify(page: Page, words: string, notice: string): Promise<void> {
  const principalBefore = await botCount(page, "principal");
  await told(page, "lead", () => submit(page, "sq", words), t("en", notice));
  await page.waitForFunction(
    ({ before, needle }) =>
      [...document.querySelectorAll('section[data-persona="principal"] .msg.bot .text')]
        .slice(before)
        .some((m) => m.textContent?.startsWith(needle)),
    { before: principalBefore, needle: t("sq", notice) },
  );
}

describe("safeguarding through the playground", () => {
  const suite = usePlayground();

  test("violence at home reaches the child-protection lead and the principal — never the club", async () => {
    const { page, errors } = await openPlayground(suite);
    const adviserBefore = await botCount(page, "adviser");
    const start = await newestId(page, "student");
    await openSchoolLink(page);
    await answer(page, "sq", {
      danger: "no",
      who: "me",
      what: "physical",
      harm: "no",
      by: "adult",
      where: "home",
      when: "week",
      often: "repeated",
    });
    const asked = (await botTextsAfter(page, "student", start)).join("\n");
    assert.ok(asked.includes(t("sq", "summary-title")), "the summary follows how often");
    assert.ok(!asked.includes(firstLine("sq", "q-mediation")), "the child is not offered mediation");
    await sendAndNotify(page, "Babai më godet kur pi.", "notice-new");
    assert.ok(
      (await botTexts(page, "student")).join("\n").includes(t("sq", "card-referral-title")),
      "the child sees outside help",
    );
    await page.waitForTimeout(QUEUE_SETTLES_MS);
    assert.equal(await botCount(page, "adviser"), adviserBefore, "the mediation club hears nothing of it");
    await shoot(page, "safeguarding-home-1280");
    await shootPhone(suite, "safeguarding-home-lead-390", "lead");
    assert.deepEqual(errors, []);
  });

  test("sexual images online with danger now: urgent for the lead and the principal", async () => {
    const { page, errors } = await openPlayground(suite);
    const adviserBefore = await botCount(page, "adviser");
    await openSchoolLink(page);
    // The answered question becomes the card, in place: the numbers that answer now, at once.
    await answer(page, "sq", { danger: "yes" });
    const emergency =
      (await botTexts(page, "student")).find((m) => m.includes(firstLine("sq", "card-emergency-title"))) ??
      "";
    assert.ok(emergency.includes("112"), `the emergency card:\n${emergency}`);
    await answer(page, "sq", {
      who: "me",
      what: "online",
      online: "sexual",
      by: "student",
      where: "online",
      when: "today",
      often: "once",
    });
    await sendAndNotify(page, "Dikush po ndan foto të mia.", "notice-new-urgent");
    await page.waitForTimeout(QUEUE_SETTLES_MS);
    assert.equal(await botCount(page, "adviser"), adviserBefore, "the mediation club hears nothing of it");
    await shoot(page, "safeguarding-online-1280");
    await shootPhone(suite, "safeguarding-online-principal-390", "principal");
    assert.deepEqual(errors, []);
  });

  test("self-harm: the help card at once, no where/when/how often, and the lead is told at once", async () => {
    const { page, errors } = await openPlayground(suite);
    const start = await newestId(page, "student");
    await openSchoolLink(page);
    await answer(page, "sq", { danger: "no", who: "me" });
    await answer(page, "sq", { what: "selfharm" });
    const seen = await botTextsAfter(page, "student", start);
    const shown = seen.find((m) => m.includes(firstLine("sq", "card-helpline-title"))) ?? "";
    assert.ok(
      shown.includes(t("sq", "card-helpline-danger", { who: "me", number: "112" })),
      `the help card:\n${shown}`,
    );
    assert.ok(
      !shown.includes(t("sq", "card-helpline-talk")),
      "no listening line where none is confirmed (Kosovo)",
    );
    const now = seen.at(-1) ?? "";
    assert.ok(now.includes(t("sq", "summary-title")), `straight to the summary:\n${now}`);
    for (const step of ["q-where", "q-when", "q-often"])
      assert.ok(!seen.join("\n").includes(t("sq", step)), `${step} is not asked`);
    await shootPhone(suite, "safeguarding-selfharm-student-390", "student");
    await sendAndNotify(page, "Nuk dua të jetoj më.", "notice-new-urgent");
    await shoot(page, "safeguarding-selfharm-1280");
    assert.deepEqual(errors, []);
  });
});
