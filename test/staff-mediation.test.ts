/**
 * Mediation as a workflow (DESIGN): checklist → both sides consent → session (reminded the day
 * before) → agreement or not → check-in. Every step goes through the lifecycle with history, and an
 * old button of an earlier step changes nothing. The clock is fixed: Wednesday 3 February 2027,
 * 10:00 in Prizren (CET, UTC+1), and moved by the tests.
 */
import { env } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import { sessionWhen } from "../src/bot/views/case-view.ts";
import { translator } from "../src/i18n/translate.ts";
import type { Locale } from "../src/i18n/locales.ts";
import { answerFlow, PEER_CONFLICT } from "./support/report.ts";
import { SCHOOLS } from "./support/schools.ts";
import {
  actUpdate,
  answerTo,
  enrolSchoolStaff,
  intoMediation,
  newestCase,
  openCard,
  runChecklist,
  scheduleSession,
  signedFor,
  takeCase,
} from "./support/staff.ts";
import { type FakeTelegram, Person, postUpdate } from "./support/telegram.ts";
import { code, t, useWorld } from "./support/world.ts";

let tg: FakeTelegram;
let nextId = 80_000;
useWorld((fresh) => {
  tg = fresh;
  // Date is faked but keeps moving, so waiting for the queue still works.
  vi.useFakeTimers({ toFake: ["Date"], shouldAdvanceTime: true });
  vi.setSystemTime(new Date("2027-02-03T09:00:00Z"));
});

const at = (iso: string) => vi.setSystemTime(new Date(iso));
const TZ = SCHOOLS.XK.timeZone;
const when = (locale: Locale, iso: string) => sessionWhen(translator(locale), Date.parse(iso), TZ);

async function cron() {
  const { runScheduled } = await import("../src/scheduled.ts");
  const run = await runScheduled({ cron: "test" }, env, Date.now());
  await tg.settle();
  return run.acted;
}

async function report(lang: string, school = SCHOOLS.XK.code) {
  const s = new Person(tg, nextId++, { first_name: "Student", language_code: lang });
  await s.send(`/start s-${school}`);
  await answerFlow(s, PEER_CONFLICT);
  await tg.settle();
  return s;
}

const card = (adviser: Person, caseId: string) => openCard(adviser, caseId);
const checklist = runChecklist;
const schedule = scheduleSession;

/** A student presses a validly signed answer button of theirs (as an old message could still carry). */
async function pressAnswer(student: Person, kind: "consent" | "checkIn", id: string, yes: "0" | "1") {
  const data = await signedFor(student.user.id, kind, { school: SCHOOLS.XK.code, case: id, yes }, "sq");
  await postUpdate(student.callbackUpdate(data, 1));
}

/** A case in mediation with both consents given. */
async function inMediation(base: number) {
  await enrolSchoolStaff(tg, SCHOOLS.XK.code, base, 1);
  const student = await report("sq");
  return { student, ...(await intoMediation(tg, SCHOOLS.XK.code, base + 1, student, "sq")) };
}

// Each step waits for the notice queue: a workflow takes seconds, more when every suite runs at once.
describe("the whole workflow", { timeout: 30_000 }, () => {
  it("checklist, consents, session with reminder, agreement, check-in that reopens", async () => {
    await enrolSchoolStaff(tg, SCHOOLS.XK.code, 42_000, 1);
    const student = await report("mk");
    const adviser = await takeCase(tg, 42_001);
    const { id } = await newestCase(SCHOOLS.XK.code);
    await checklist(adviser, [true, true, true, true]);
    expect(tg.textsTo(42_001).at(-1)).toBe(t("en", "check-suitable"));
    expect(tg.textsTo(student.user.id).at(-1)).toContain(t("mk", "student-consent-ask"));
    // Nothing to schedule while the consents are missing.
    expect(await card(adviser, id)).toContain(t("en", "med-student-consent"));
    expect(adviser.buttonTexts()).not.toContain(t("en", "act-schedule"));
    await student.press(t("mk", "consent-yes"));
    expect(tg.textsTo(student.user.id).at(-1)).toBe(t("mk", "consent-thanks-yes"));
    await tg.settle();
    expect(tg.textsTo(42_001).at(-1)).toBe(t("en", "consent-notice-yes", { code: code(id) }));
    await adviser.press(t("en", "notice-open"));
    await adviser.press(t("en", "act-other-yes"));
    expect(adviser.buttonTexts()).toContain(t("en", "act-schedule"));
    await schedule(adviser, id, "2027-02-04 10:30 Biblioteka");
    expect(tg.textsTo(42_001).at(-1)).toBe(
      t("en", "schedule-done", { when: when("en", "2027-02-04T09:30:00Z"), place: "Biblioteka" }),
    );
    expect(tg.textsTo(student.user.id).at(-1)).toContain(
      t("mk", "student-session", { when: when("mk", "2027-02-04T09:30:00Z"), place: "Biblioteka" }),
    );
    // The card shows the session's day, time and place.
    expect(await card(adviser, id)).toContain(
      t("en", "card-session", { when: when("en", "2027-02-04T09:30:00Z"), place: "Biblioteka" }),
    );
    // More than a day before: no reminder. Then the day before, once, to both.
    expect((await cron()).session).toBe(0);
    at("2027-02-03T12:00:00Z");
    expect((await cron()).session).toBe(1);
    const day = t("mk", "session-day-tomorrow");
    expect(tg.textsTo(student.user.id).at(-1)).toBe(
      t("mk", "cron-session-student", { day, time: "10:30", place: "Biblioteka" }),
    );
    expect(tg.textsTo(42_001).at(-1)).toBe(
      t("en", "cron-session-adviser", {
        code: code(id),
        day: t("en", "session-day-tomorrow"),
        time: "10:30",
      }),
    );
    expect((await cron()).session).toBe(0);
    // The talk took place: the agreement can be recorded.
    at("2027-02-04T11:00:00Z");
    await card(adviser, id);
    await adviser.press(t("en", "act-agreement"));
    await adviser.send("Both apologise; they sit apart in class for a month.");
    expect(tg.textsTo(42_001).at(-1)).toBe(t("en", "resolved-done"));
    const resolved = await newestCase(SCHOOLS.XK.code);
    expect(resolved).toMatchObject({ status: "resolved", outcome: "agreement" });
    expect(JSON.stringify(resolved)).not.toContain("apologise");
    expect(resolved.history.map((h) => h.e)).toEqual([
      "new",
      "taken",
      "mediation",
      "consent-yes",
      "other-yes",
      "scheduled",
      "agreement",
    ]);
    await tg.settle();
    expect(tg.textsTo(student.user.id).at(-1)).toContain(t("mk", "student-agreement", { days: 10 }));
    at("2027-02-13T11:00:00Z");
    expect((await cron())["check-in"]).toBe(0);
    at("2027-02-15T11:00:00Z");
    expect((await cron())["check-in"]).toBe(1);
    expect(tg.textsTo(student.user.id).at(-1)).toBe(t("mk", "checkin-question", { code: code(id) }));
    await student.press(t("mk", "checkin-no"));
    expect(await newestCase(SCHOOLS.XK.code)).toMatchObject({ status: "taken", assignee: { id: 42_001 } });
    await tg.settle();
    expect(tg.textsTo(42_001).at(-1)).toBe(t("en", "checkin-notice-worse", { code: code(id) }));
    expect((await cron())["check-in"]).toBe(0);
  });

  it("no agreement: the student is told, and the history keeps each step with its day only", async () => {
    const { student, adviser, id } = await inMediation(96_000);
    await schedule(adviser, id, "3.2.2027 14:00 Klasa 5");
    at("2027-02-03T14:00:00Z");
    await card(adviser, id);
    await adviser.press(t("en", "act-no-agreement"));
    await tg.settle();
    expect(tg.textsTo(student.user.id).at(-1)).toContain(t("sq", "student-no-agreement"));
    const c = await newestCase(SCHOOLS.XK.code);
    expect(c.history.map((h) => h.e)).toEqual([
      "new",
      "taken",
      "mediation",
      "consent-yes",
      "other-yes",
      "scheduled",
      "no-agreement",
    ]);
    for (const h of c.history) expect(h.d).toBe("2027-02-03");
    expect(c.outcome).toBe("no-agreement");
    // The principal decides whether the student needs more.
    expect(tg.textsTo(96_000).at(-1)).toBe(
      t("sq", "closed-notice", { code: code(id), outcome: t("sq", "event-no-agreement") }),
    );
  });

  it("'it is better now' keeps the case resolved and tells the adviser", async () => {
    const { student, adviser, id } = await inMediation(97_000);
    await schedule(adviser, id, "2027-02-03 15:00 Biblioteka");
    at("2027-02-03T15:00:00Z");
    await card(adviser, id);
    await adviser.press(t("en", "act-agreement"));
    await adviser.send("Key points.");
    at("2027-02-14T15:00:00Z");
    expect((await cron())["check-in"]).toBe(1);
    await student.press(t("sq", "checkin-yes"));
    expect(tg.textsTo(student.user.id).at(-1)).toBe(t("sq", "checkin-thanks-better"));
    const c = await newestCase(SCHOOLS.XK.code);
    expect(c).toMatchObject({ status: "resolved", outcome: "agreement" });
    expect(c.mediation?.checkIn).toBe("better");
    await tg.settle();
    expect(tg.textsTo(97_001).at(-1)).toBe(t("en", "checkin-notice-better", { code: code(id) }));
    // The question is closed (its buttons went with the answer): an old copy of "No" changes nothing.
    await pressAnswer(student, "checkIn", id, "0");
    expect(tg.textsTo(student.user.id).at(-1)).toBe(t("sq", "answer-too-late"));
    expect((await newestCase(SCHOOLS.XK.code)).status).toBe("resolved");
  });

  it("an unsuitable case is referred on with the directory, and the student is told where to get help", async () => {
    await enrolSchoolStaff(tg, SCHOOLS.AL.code, 43_000, 1);
    const student = await report("sq", SCHOOLS.AL.code);
    const adviser = await takeCase(tg, 43_001);
    await checklist(adviser, [true, false, true, true]);
    expect(tg.textsTo(43_001).at(-1)).toContain(t("en", "check-unsuitable"));
    expect(tg.textsTo(43_001).at(-1)).toContain("116 111");
    await adviser.press(t("en", "act-refer-external"));
    expect(await newestCase(SCHOOLS.AL.code)).toMatchObject({
      status: "referred",
      outcome: "referred-external",
    });
    await tg.settle();
    const told = tg.textsTo(student.user.id).at(-1) ?? "";
    expect(told).toContain(t("sq", "student-referred-external"));
    expect(told).toContain("116 111");
  });
});

describe("every step in order, through the lifecycle", { timeout: 30_000 }, () => {
  it("no session or agreement unless both sides agree; a refusal leaves only closing or referring", async () => {
    await enrolSchoolStaff(tg, SCHOOLS.XK.code, 75_000, 1);
    const student = await report("sq");
    const adviser = await takeCase(tg, 75_001);
    const { id } = await newestCase(SCHOOLS.XK.code);
    await checklist(adviser, [true, true, true, true]);
    await card(adviser, id);
    expect(adviser.buttonTexts()).not.toContain(t("en", "act-schedule"));
    expect(adviser.buttonTexts()).toContain(t("en", "act-other-yes"));
    await student.press(t("sq", "consent-no"));
    await card(adviser, id);
    expect(adviser.buttonTexts()).not.toContain(t("en", "act-schedule"));
    expect(adviser.buttonTexts()).not.toContain(t("en", "act-agreement"));
    expect(adviser.buttonTexts()).toContain(t("en", "act-not-suitable"));
    // A validly signed "schedule" button (as an old message could carry) gets nowhere either.
    await postUpdate(await actUpdate(adviser, id, "s"));
    await adviser.send("2027-02-05 10:00 Biblioteka");
    expect(tg.textsTo(75_001).at(-1)).toBe(t("en", "consent-missing"));
    expect((await newestCase(SCHOOLS.XK.code)).mediation?.sessionAt).toBeUndefined();
    await adviser.press(t("en", "act-not-suitable"));
    expect((await newestCase(SCHOOLS.XK.code)).status).toBe("resolved");
    await tg.settle();
    expect(tg.textsTo(student.user.id).at(-1)).toContain(t("sq", "student-not-suitable"));
  });

  it("a bystander's report: the reporter is not asked to agree; the adviser records the answer of the student it is about", async () => {
    await enrolSchoolStaff(tg, SCHOOLS.XK.code, 79_000, 1);
    const s = new Person(tg, nextId++, { first_name: "Witness", language_code: "sq" });
    await s.send(`/start s-${SCHOOLS.XK.code}`);
    await answerFlow(s, { ...PEER_CONFLICT, who: "other" });
    await tg.settle();
    const adviser = await takeCase(tg, 79_001);
    const { id, route } = await newestCase(SCHOOLS.XK.code);
    expect(route).toBe("mediation");
    const before = tg.textsTo(s.user.id).length;
    await checklist(adviser, [true, true, true, true]);
    expect(tg.textsTo(79_001).at(-1)).toBe(t("en", "check-suitable-other"));
    await tg.settle();
    expect(tg.textsTo(s.user.id).slice(before).join("\n")).not.toContain(t("sq", "student-consent-ask"));
    // The reporter's own (validly signed) consent button would count for nothing.
    await pressAnswer(s, "consent", id, "1");
    expect((await newestCase(SCHOOLS.XK.code)).mediation?.studentConsent).toBe("asked");
    await card(adviser, id);
    await adviser.press(t("en", "act-concerned-yes"));
    await card(adviser, id);
    await adviser.press(t("en", "act-other-yes"));
    const agreed = await newestCase(SCHOOLS.XK.code);
    expect(agreed.mediation).toMatchObject({ studentConsent: "yes", otherConsent: "yes" });
    await card(adviser, id);
    expect(adviser.buttonTexts()).toContain(t("en", "act-schedule"));
    expect(adviser.buttonTexts()).not.toContain(t("en", "act-concerned-yes"));
  });

  it("an agreement cannot be recorded before the session took place", async () => {
    const { adviser, id } = await inMediation(76_000);
    await schedule(adviser, id, "2027-02-05 10:00 Biblioteka");
    expect(await card(adviser, id)).toContain("Biblioteka");
    expect(adviser.buttonTexts()).not.toContain(t("en", "act-agreement"));
    expect(adviser.buttonTexts()).not.toContain(t("en", "act-no-agreement"));
    const before = await newestCase(SCHOOLS.XK.code);
    await postUpdate(await actUpdate(adviser, id, "a"));
    await adviser.send("We agreed before we met.");
    expect(tg.textsTo(76_001).at(-1)).toBe(t("en", "session-missing"));
    const early = await actUpdate(adviser, id, "x");
    await postUpdate(early);
    expect(answerTo(tg, early)?.text).toBe(t("en", "session-missing"));
    const after = await newestCase(SCHOOLS.XK.code);
    expect(after).toMatchObject({ status: "mediation", history: before.history });
    expect(after.sealed.agreement).toBeUndefined();
  });

  it("an old button on a resolved case changes nothing, and says it is not possible", async () => {
    await enrolSchoolStaff(tg, SCHOOLS.XK.code, 77_000, 1);
    const student = await report("sq");
    const adviser = await takeCase(tg, 77_001);
    const { id } = await newestCase(SCHOOLS.XK.code);
    await checklist(adviser, [true, true, true, true]);
    await student.press(t("sq", "consent-no"));
    await card(adviser, id);
    await adviser.press(t("en", "act-not-suitable"));
    const resolved = await newestCase(SCHOOLS.XK.code);
    expect(resolved).toMatchObject({ status: "resolved", outcome: "not-suitable" });
    for (const action of ["z", "y", "x", "u", "rs", "h77000", "k1111"]) {
      const old = await actUpdate(adviser, id, action);
      await postUpdate(old);
      expect(answerTo(tg, old)?.text, action).toBe(
        t("en", "case-wrong-status", { status: t("en", "staff-status-resolved") }),
      );
    }
    // The student's consent question is closed too: an old copy of its button changes nothing.
    await pressAnswer(student, "consent", id, "1");
    expect(tg.textsTo(student.user.id).at(-1)).toBe(t("sq", "answer-too-late"));
    expect(await newestCase(SCHOOLS.XK.code)).toEqual(resolved);
  });

  it("'not suitable' closes only when mediation was not wanted; not peers or violence is referred on", async () => {
    await enrolSchoolStaff(tg, SCHOOLS.XK.code, 78_000, 1);
    // Peers, no violence, but the student does not want a mediated talk: the club may close it.
    await report("sq");
    const adviser = await takeCase(tg, 78_001);
    const unwanted = await newestCase(SCHOOLS.XK.code);
    await checklist(adviser, [true, true, true, false]);
    expect(adviser.buttonTexts()).toContain(t("en", "act-not-suitable"));
    await adviser.press(t("en", "act-not-suitable"));
    expect(await newestCase(SCHOOLS.XK.code)).toMatchObject({
      id: unwanted.id,
      status: "resolved",
      outcome: "not-suitable",
    });
    // The other side is an adult or far stronger, or serious injury was found: school staff must see
    // it — only referral, even with a validly signed "close" button.
    for (const items of [
      [false, true, true, true],
      [true, false, true, true],
    ]) {
      await report("sq");
      await takeCase(tg, 78_001);
      const unsafe = await newestCase(SCHOOLS.XK.code);
      await checklist(adviser, items);
      expect(adviser.buttonTexts()).not.toContain(t("en", "act-not-suitable"));
      const close = await actUpdate(adviser, unsafe.id, "u");
      await postUpdate(close);
      expect(answerTo(tg, close)?.text).toBe(t("en", "refer-only"));
      const after = await newestCase(SCHOOLS.XK.code);
      expect(after).toMatchObject({ id: unsafe.id, status: "taken" });
      expect(after.outcome).toBeUndefined();
      expect(after.history.map((h) => h.e)).toEqual(["new", "taken", "unsuitable"]);
    }
  });
});
