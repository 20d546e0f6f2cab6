/**
 * The product as an NGO meets it: in the playground, a student reports in Albanian, the adviser
 * persona is notified, takes the case, asks a question, gets the answer and resolves it; the
 * student is told each step — and nothing the adviser sees carries the student's identity.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  allBotTexts,
  botCount,
  click,
  column,
  openPlayground,
  send,
  waitForBotMessage,
  usePlayground,
} from "./helpers.mjs";

describe("a report through the playground", () => {
  const suite = usePlayground();

  test("student reports in Albanian; adviser takes it, asks, hears back and resolves it by mediation", async () => {
    const { page, errors } = await openPlayground(suite.browser, suite.worker.base);
    const before = await botCount(page, "student");
    await column(page, "student").locator('[data-testid="open-school-link"]').click();
    await waitForBotMessage(page, "student", before);
    // Albanian throughout: the student persona's Telegram language is sq.
    await click(page, "student", "Jo"); // danger: no
    await click(page, "student", "Për mua"); // who: me
    await click(page, "student", "Fyerje"); // what: insults, threats or mean names
    await click(page, "student", "klas"); // where: in the classroom
    await click(page, "student", "Sot"); // when: today
    await click(page, "student", "Një herë"); // how often: once
    await click(page, "student", "Po"); // mediation: yes
    await click(page, "student", "✅"); // summary looks right
    const adviserBefore = await botCount(page, "adviser");
    await send(page, "student", "Dy shokë më thërrasin me emra në klasë.");
    const studentTexts = (await allBotTexts(page, "student")).join("\n");
    assert.match(studentTexts, /✅/);
    const code = /([2-9A-HJKMNP-TV-Z]{5} [2-9A-HJKMNP-TV-Z]{5})/.exec(studentTexts)?.[1];
    assert.ok(code, "the student got a case code");

    await waitForBotMessage(page, "adviser", adviserBefore);
    await click(page, "adviser", "Open the case");
    await click(page, "adviser", "I take this case");
    const card = (await allBotTexts(page, "adviser")).join("\n");
    assert.match(card, /Dy shokë më thërrasin/);
    await click(page, "adviser", "Write to the student");
    await send(page, "adviser", "Faleminderit! A mund të na tregosh kur ndodh?");
    const relayed = (await allBotTexts(page, "student")).at(-1);
    assert.match(relayed, /A mund të na tregosh kur ndodh/);
    assert.match(relayed, new RegExp(code));

    await click(page, "student", "Përgjigju");
    await send(page, "student", "Zakonisht pas pushimit të madh.");
    assert.match((await allBotTexts(page, "adviser")).at(-1), /pas pushimit të madh/);

    // Mediation, as a workflow: suitability, both sides' consent, the agreement — the student is told.
    await click(page, "adviser", "Check suitability for mediation");
    for (let i = 0; i < 4; i++) await click(page, "adviser", "Yes");
    assert.match((await allBotTexts(page, "student")).at(-1), /A pajtohesh\?/);
    await click(page, "student", "Po, pajtohem");
    await click(page, "adviser", "Open the case");
    await click(page, "adviser", "Other side agreed");
    await click(page, "adviser", "Open the case");
    await click(page, "adviser", "Agreement reached");
    await send(page, "adviser", "Të dy kërkojnë falje; ulen larg njëri-tjetrit për një muaj.");
    const told = (await allBotTexts(page, "student")).at(-1);
    assert.match(told, new RegExp(code));
    assert.match(told, /përfundoi me marrëveshje/);

    const adviserSaw = (await column(page, "adviser").textContent()) ?? "";
    for (const identity of ["Arta", "Krasniqi", "arta_k", "1000001"]) {
      assert.ok(!adviserSaw.includes(identity), `the adviser's chat shows ${identity}`);
    }
    await page.screenshot({ path: "test-results/case.png" });
    assert.deepEqual(errors, []);
  });
});
