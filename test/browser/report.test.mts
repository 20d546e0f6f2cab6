/**
 * The product as an NGO meets it: in the playground, a student reports in Albanian, the adviser
 * persona is notified, takes the case, asks a question, gets the answer and resolves it by
 * mediation; the student is told each step — and nothing the adviser sees carries the student's
 * identity.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { botTexts, chatText, send, tap, told, waitIdle } from "./chat.mts";
import { openPlayground, shoot, shootPhone, usePlayground } from "./helpers.mts";
import { t } from "./locale.mts";
import { answer, openSchoolLink, submit } from "./report.mts";

/** Tomorrow at 10:30 at the school (Kosovo), as the adviser types a session ("2026-12-03 10:30 Library"). */
function tomorrow(): string {
  const day = new Date(Date.now() + 24 * 3600_000).toLocaleDateString("sv-SE", {
    timeZone: "Europe/Belgrade",
  });
  return `${day} 10:30 Biblioteka`;
}

describe("a report through the playground", () => {
  const suite = usePlayground();

  test("student reports in Albanian; adviser takes it, asks, hears back and resolves it by mediation", async () => {
    const { page, errors } = await openPlayground(suite);
    await openSchoolLink(page);
    await answer(page, "sq", {
      danger: "no",
      who: "me",
      what: "insults",
      harm: "no",
      by: "student",
      where: "class",
      when: "today",
      often: "once",
      mediation: "yes",
    });
    // The notice comes through the queue, a moment later: the page polls for it.
    const notice = await told(page, "adviser", () =>
      submit(page, "sq", "Dy shokë më thërrasin me emra në klasë."),
    );
    assert.ok(notice.at(-1)?.startsWith(t("en", "notice-new")), notice.join("\n"));
    const sent = (await botTexts(page, "student")).join("\n");
    const code = /([2-9A-HJKMNP-TV-Z]{5} [2-9A-HJKMNP-TV-Z]{5})/.exec(sent)?.[1];
    assert.ok(code, `the student got a case code:\n${sent}`);
    await shoot(page, "report-notice-1280");
    await tap(page, "adviser", t("en", "notice-open"));
    await tap(page, "adviser", t("en", "act-take"));
    assert.match((await botTexts(page, "adviser")).join("\n"), /Dy shokë më thërrasin/);
    await tap(page, "adviser", t("en", "act-write"));
    const relayed = (
      await told(
        page,
        "student",
        () => send(page, "adviser", "Faleminderit! A mund të na tregosh kur ndodh?"),
        "A mund të na tregosh",
      )
    ).join("\n");
    assert.match(relayed, /A mund të na tregosh kur ndodh/);
    assert.ok(relayed.includes(code), "the student's message names the case");

    await tap(page, "student", t("sq", "relay-reply"));
    const answered = await told(
      page,
      "adviser",
      () => send(page, "student", "Zakonisht pas pushimit të madh."),
      "pas pushimit",
    );
    assert.match(answered.join("\n"), /pas pushimit të madh/);
    await shoot(page, "report-conversation-1280");
    await shootPhone(suite, "report-student-390", "student");

    // Mediation, as a workflow: suitability, both sides' consent, the session, the agreement.
    await tap(page, "adviser", t("en", "notice-open"));
    await tap(page, "adviser", t("en", "act-mediation"));
    for (let i = 0; i < 3; i++) await tap(page, "adviser", t("en", "check-yes"));
    const asked = await told(
      page,
      "student",
      () => tap(page, "adviser", t("en", "check-yes")),
      t("sq", "student-consent-ask"),
    );
    assert.ok(asked.join("\n").includes(t("sq", "student-consent-ask")), asked.join("\n"));
    await tap(page, "student", t("sq", "consent-yes"));
    await tap(page, "adviser", t("en", "notice-open"));
    await tap(page, "adviser", t("en", "act-other-yes"));
    await tap(page, "adviser", t("en", "notice-open"));
    await tap(page, "adviser", t("en", "act-schedule"));
    await send(page, "adviser", tomorrow());
    // The session is tomorrow: two days later on the playground's clock, it has taken place.
    for (let i = 0; i < 2; i++) {
      await page.locator('[data-testid="skip-day"]').click();
      await waitIdle(page);
    }
    assert.match((await page.locator("#clock").textContent()) ?? "", /2 days ahead/);
    await tap(page, "adviser", t("en", "notice-open"));
    await tap(page, "adviser", t("en", "act-agreement"));
    const ended = t("sq", "student-agreement", { days: 14 }).split(" 🎉")[0] ?? "?";
    const agreed = await told(
      page,
      "student",
      () => send(page, "adviser", "Të dy kërkojnë falje; ulen larg njëri-tjetrit për një muaj."),
      ended,
    );
    assert.ok(
      agreed.some((m) => m.includes(code) && m.includes(ended)),
      `the student is told about their case:\n${agreed.join("\n")}`,
    );

    const adviserSaw = await chatText(page, "adviser");
    for (const identity of ["Arta", "Krasniqi", "arta_k", "1000001"]) {
      assert.ok(!adviserSaw.includes(identity), `the adviser's chat shows ${identity}`);
    }
    await shoot(page, "report-resolved-1280");
    await shootPhone(suite, "report-adviser-390", "adviser");
    assert.deepEqual(errors, []);
  });
});
